// Which card flow the Open Event Server speaks (docs/payments.md): the setting when a deployment
// knows, else what this browser learnt from the server's own answer, kept per API host.
import { env, type ChargeFlowSetting } from '@/config/env';

export type ChargeFlow = Exclude<ChargeFlowSetting, 'auto'>;

const key = (apiHost: string) => `open-event-web:charge-flow:${apiHost}`;

function read(): ChargeFlow | null {
  try {
    const value = window.localStorage.getItem(key(env.apiHost));
    return value === 'token' || value === 'payment-intent' ? value : null;
  } catch {
    return null;
  }
}

/** The flow to use, or null when the server has to be asked first (VITE_STRIPE_CHARGE_FLOW=auto). */
export function knownChargeFlow(): ChargeFlow | null {
  return env.stripeChargeFlow === 'auto' ? read() : env.stripeChargeFlow;
}

export function rememberChargeFlow(flow: ChargeFlow): void {
  try {
    window.localStorage.setItem(key(env.apiHost), flow);
  } catch {
    // Not kept: the next payment asks the server again, which changes nothing on a token-era server.
  }
}

/** The token-era server's answer to a charge sent without a token: 422 "stripe token is missing". */
export function isTokenMissing(error: { status: number; detail?: string } | null): boolean {
  return error?.status === 422 && /stripe token is missing/i.test(error.detail ?? '');
}

/** Forgets what was learnt (the demo switches its mock server's era): the next payment asks again. */
export function forgetChargeFlow(): void {
  try {
    window.localStorage.removeItem(key(env.apiHost));
  } catch {
    // Nothing kept.
  }
}
