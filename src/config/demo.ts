// Mock-mode extras that main.tsx hands to the app: demo accounts and a way to reset the demo data.
// App code reads them from here so that it never imports the mocks (absent from real builds).

export interface DemoAccount {
  role: 'admin' | 'organizer' | 'buyer';
  label: string;
  email: string;
  password: string;
}

/** The card flow the mock Open Event Server speaks (docs/payments.md). */
export type DemoServerEra = 'token' | 'payment-intent';

export interface DemoMode {
  accounts: readonly DemoAccount[];
  /** Which card flow the mock server speaks now, and a way to switch it (kept with the demo data). */
  serverEra: () => Promise<DemoServerEra>;
  setServerEra: (era: DemoServerEra) => Promise<void>;
  /** Restores the demo seed (and saves it, so that a reload keeps it). */
  resetData: () => Promise<void>;
}

let demoMode: DemoMode | null = null;

export function enableDemoMode(mode: DemoMode): void {
  demoMode = mode;
}

/** Back to no demo mode, as in a real build (tests turn it on for one test at a time). */
export function resetDemoMode(): void {
  demoMode = null;
}

/** The demo accounts and reset control, or null when the app talks to a real server. */
export function getDemoMode(): DemoMode | null {
  return demoMode;
}
