// The app's configuration, read from Vite's env once and validated, so a bad value fails loudly at start.
import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', ''])
  .optional()
  .transform((value) => value === 'true');

const schema = z.object({
  VITE_API_HOST: z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim().replace(/\/+$/, ''))
    .refine((value) => value === '' || /^https?:\/\/[^/]+$/.test(value), {
      message: 'must be an origin such as https://api.eventyay.com (no path), or empty',
    }),
  VITE_API_MOCKING: boolean,
  VITE_STRIPE_MODE: z.enum(['fake', 'live']).optional(),
  VITE_STRIPE_CONNECT_AUTHORIZE_URL: z.string().optional(),
});

export type StripeMode = 'fake' | 'live';

export interface AppEnv {
  /** Origin of the Open Event API, without a trailing slash. */
  apiHost: string;
  apiMocking: boolean;
  stripeMode: StripeMode;
  stripeConnectAuthorizeUrl: string;
}

export const STRIPE_CONNECT_AUTHORIZE_URL = 'https://connect.stripe.com/oauth/authorize';
export const MOCK_STRIPE_CONNECT_AUTHORIZE_PATH = '/mock/stripe/oauth/authorize';

function currentOrigin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

export function parseEnv(source: Record<string, string | boolean | undefined>): AppEnv {
  const strings = Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const result = schema.safeParse(strings);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const raw = result.data;
  const apiMocking = raw.VITE_API_MOCKING;
  const connectUrl =
    raw.VITE_STRIPE_CONNECT_AUTHORIZE_URL?.trim() ||
    (apiMocking ? MOCK_STRIPE_CONNECT_AUTHORIZE_PATH : STRIPE_CONNECT_AUTHORIZE_URL);
  return {
    apiHost: raw.VITE_API_HOST || currentOrigin(),
    apiMocking,
    stripeMode: raw.VITE_STRIPE_MODE ?? (apiMocking ? 'fake' : 'live'),
    // A relative URL (the in-app mock consent page) is resolved against the app's origin.
    stripeConnectAuthorizeUrl: new URL(connectUrl, currentOrigin()).toString(),
  };
}

export const env: AppEnv = parseEnv(import.meta.env);
