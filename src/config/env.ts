// The app's configuration, read from Vite's env once and validated, so a bad value fails loudly at start.
// Hand-checked rather than with a schema library: four strings do not justify the bytes on every page.

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

type RawEnv = Record<string, string | boolean | undefined>;

function currentOrigin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

function text(source: RawEnv, name: string): string {
  const value = source[name];
  return typeof value === 'string' ? value.trim() : '';
}

export function parseEnv(source: RawEnv): AppEnv {
  const problems: string[] = [];

  const apiHost = text(source, 'VITE_API_HOST').replace(/\/+$/, '');
  if (apiHost !== '' && !/^https?:\/\/[^/?#]+$/.test(apiHost)) {
    problems.push(
      'VITE_API_HOST must be an origin such as https://api.eventyay.com (no path), or empty',
    );
  }

  const mocking = text(source, 'VITE_API_MOCKING');
  if (!['', 'true', 'false'].includes(mocking))
    problems.push('VITE_API_MOCKING must be true or false');
  const apiMocking = mocking === 'true';

  const stripe = text(source, 'VITE_STRIPE_MODE');
  if (!['', 'fake', 'live'].includes(stripe))
    problems.push('VITE_STRIPE_MODE must be fake or live');
  const stripeMode: StripeMode =
    stripe === 'fake' || stripe === 'live' ? stripe : apiMocking ? 'fake' : 'live';

  const connect =
    text(source, 'VITE_STRIPE_CONNECT_AUTHORIZE_URL') ||
    (apiMocking ? MOCK_STRIPE_CONNECT_AUTHORIZE_PATH : STRIPE_CONNECT_AUTHORIZE_URL);
  let stripeConnectAuthorizeUrl = '';
  try {
    // A relative URL (the in-app mock consent page) is resolved against the app's origin.
    stripeConnectAuthorizeUrl = new URL(connect, currentOrigin()).toString();
  } catch {
    problems.push('VITE_STRIPE_CONNECT_AUTHORIZE_URL must be a URL');
  }

  if (problems.length > 0) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  return { apiHost: apiHost || currentOrigin(), apiMocking, stripeMode, stripeConnectAuthorizeUrl };
}

export const env: AppEnv = parseEnv(import.meta.env);
