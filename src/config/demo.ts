// Mock-mode extras that main.tsx hands to the app: demo accounts and a way to reset the demo data.
// App code reads them from here so that it never imports the mocks (absent from real builds).

export interface DemoAccount {
  role: 'admin' | 'organizer' | 'buyer';
  label: string;
  email: string;
  password: string;
}

export interface DemoMode {
  accounts: readonly DemoAccount[];
  /** Restores the demo seed (and saves it, so that a reload keeps it). */
  resetData: () => Promise<void>;
}

let demoMode: DemoMode | null = null;

export function enableDemoMode(mode: DemoMode): void {
  demoMode = mode;
}

/** The demo accounts and reset control, or null when the app talks to a real server. */
export function getDemoMode(): DemoMode | null {
  return demoMode;
}
