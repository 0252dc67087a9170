// A stand-in for Stripe Connect's OAuth token endpoint (connect.stripe.com/oauth/token), which the
// server calls when a stripe-authorization is created. Codes start with `ac_` and work once.
import { db } from './db';
import { randomAlphanumeric } from './lib/random';

export const AUTHORIZATION_CODE_PREFIX = 'ac_';

/** What the mock consent page hands back, shaped like a real code (`ac_` + 32 characters). */
export function createMockAuthorizationCode(): string {
  return `${AUTHORIZATION_CODE_PREFIX}${randomAlphanumeric(32)}`;
}

export interface ConnectedAccount {
  accessToken: string;
  refreshToken: string;
  publishableKey: string;
  stripeUserId: string;
}

export type CodeExchange = { ok: true; account: ConnectedAccount } | { ok: false; error: string };

/**
 * Exchanges `code` for the connected account's keys, or fails with Stripe's `error_description`.
 * `livemode` follows the platform's stripe-mode, as the keys Stripe returns do.
 */
export function exchangeAuthorizationCode(code: string, livemode: boolean): CodeExchange {
  if (!code.startsWith(AUTHORIZATION_CODE_PREFIX)) {
    return { ok: false, error: 'Authorization code provided does not belong to you' };
  }
  if (db.usedOAuthCodes.includes(code)) {
    return {
      ok: false,
      error:
        'This authorization code has already been used. All tokens issued with this code have been revoked.',
    };
  }
  db.usedOAuthCodes.push(code);
  const mode = livemode ? 'live' : 'test';
  return {
    ok: true,
    account: {
      accessToken: `sk_${mode}_51Mock${randomAlphanumeric(40)}`,
      refreshToken: `rt_Mock${randomAlphanumeric(40)}`,
      publishableKey: `pk_${mode}_51Mock${randomAlphanumeric(40)}`,
      stripeUserId: `acct_1Mock${randomAlphanumeric(12)}`,
    },
  };
}
