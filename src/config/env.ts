// The app's configuration, read from Vite's env once and validated, so a bad value fails loudly at start.
// Hand-checked rather than with a schema library: four strings do not justify the bytes on every page.

export type StripeMode = 'fake' | 'live';

/**
 * Which of the Open Event Server's card flows to speak (docs/payments.md): `token` is the server's
 * 2018-2021 code (a Stripe token in the charge request), `payment-intent` today's (the charge answers
 * with a PaymentIntent that the browser confirms, then verify completes the order), `auto` asks the
 * server once and remembers its answer for the API host.
 */
export type ChargeFlowSetting = 'auto' | 'token' | 'payment-intent';

export const CHARGE_FLOW_SETTINGS: readonly ChargeFlowSetting[] = [
  'auto',
  'token',
  'payment-intent',
];

export interface AppEnv {
  /** Origin of the Open Event API, without a trailing slash. */
  apiHost: string;
  apiMocking: boolean;
  stripeMode: StripeMode;
  stripeConnectAuthorizeUrl: string;
  stripeChargeFlow: ChargeFlowSetting;
  /**
   * Base URL of the fake Stripe's HTTP API (fake Stripe mode only), without a trailing slash: the
   * mock answers `${base}/v1/payment_intents/...` and serves the 3-D Secure test page at `${base}/3ds/:id`.
   */
  fakeStripeApi: string;
  /**
   * Card payment in a zero-decimal currency (JPY, KRW...) on a token-era server. Off by default: that
   * server charges `int(amount * 100)` in every currency, a hundred times the order, and the client
   * never sees the amount it charges. Turn on only for a server known to be fixed.
   */
  zeroDecimalTokenCharges: boolean;
}

/** Where the fake Stripe's API lives when VITE_FAKE_STRIPE_API is not set: beside the Open Event API. */
export const FAKE_STRIPE_API_PATH = '/fake-stripe';

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

  const flow = text(source, 'VITE_STRIPE_CHARGE_FLOW');
  if (flow !== '' && !(CHARGE_FLOW_SETTINGS as readonly string[]).includes(flow)) {
    problems.push('VITE_STRIPE_CHARGE_FLOW must be auto, token or payment-intent');
  }
  const stripeChargeFlow = (flow || 'auto') as ChargeFlowSetting;

  const resolvedApiHost = apiHost || currentOrigin();
  let fakeStripeApi = '';
  try {
    const configured = text(source, 'VITE_FAKE_STRIPE_API');
    fakeStripeApi = new URL(
      configured || `${resolvedApiHost}${FAKE_STRIPE_API_PATH}`,
      currentOrigin(),
    )
      .toString()
      .replace(/\/+$/, '');
  } catch {
    problems.push('VITE_FAKE_STRIPE_API must be a URL');
  }

  const zeroDecimal = text(source, 'VITE_STRIPE_ZERO_DECIMAL_TOKEN_CHARGES');
  if (!['', 'true', 'false'].includes(zeroDecimal)) {
    problems.push('VITE_STRIPE_ZERO_DECIMAL_TOKEN_CHARGES must be true or false');
  }

  if (problems.length > 0) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  return {
    apiHost: resolvedApiHost,
    apiMocking,
    stripeMode,
    stripeConnectAuthorizeUrl,
    stripeChargeFlow,
    fakeStripeApi,
    zeroDecimalTokenCharges: zeroDecimal === 'true',
  };
}

export const env: AppEnv = parseEnv(import.meta.env);
