import { parseEnv, STRIPE_CONNECT_AUTHORIZE_URL } from '@/config/env';
import { paths, safeNextPath } from '@/config/paths';

describe('parseEnv', () => {
  it('uses the real Stripe and connect.stripe.com when mocking is off', () => {
    const env = parseEnv({ VITE_API_HOST: 'https://api.eventyay.com/', VITE_API_MOCKING: 'false' });
    expect(env).toEqual({
      apiHost: 'https://api.eventyay.com',
      apiMocking: false,
      stripeMode: 'live',
      stripeConnectAuthorizeUrl: STRIPE_CONNECT_AUTHORIZE_URL,
      stripeChargeFlow: 'auto',
      fakeStripeApi: 'https://api.eventyay.com/fake-stripe',
      zeroDecimalTokenCharges: false,
    });
  });

  it('takes the charge flow, the fake Stripe API and the zero-decimal switch from their settings', () => {
    const env = parseEnv({
      VITE_API_MOCKING: 'true',
      VITE_STRIPE_CHARGE_FLOW: 'payment-intent',
      VITE_FAKE_STRIPE_API: '/stripe-stand-in/',
      VITE_STRIPE_ZERO_DECIMAL_TOKEN_CHARGES: 'true',
    });
    expect(env.stripeChargeFlow).toBe('payment-intent');
    expect(env.fakeStripeApi).toBe(`${window.location.origin}/stripe-stand-in`);
    expect(env.zeroDecimalTokenCharges).toBe(true);
  });

  it('rejects an unknown charge flow and a zero-decimal switch that is not true or false', () => {
    expect(() =>
      parseEnv({
        VITE_STRIPE_CHARGE_FLOW: 'checkout',
        VITE_STRIPE_ZERO_DECIMAL_TOKEN_CHARGES: 'yes',
      }),
    ).toThrow(/VITE_STRIPE_CHARGE_FLOW[\s\S]*VITE_STRIPE_ZERO_DECIMAL_TOKEN_CHARGES/);
  });

  it('defaults to the fake Stripe, the mock consent page and this origin when mocking is on', () => {
    const env = parseEnv({ VITE_API_HOST: '', VITE_API_MOCKING: 'true' });
    expect(env.apiHost).toBe(window.location.origin);
    expect(env.stripeMode).toBe('fake');
    expect(env.stripeConnectAuthorizeUrl).toBe(
      `${window.location.origin}/mock/stripe/oauth/authorize`,
    );
  });

  it('keeps the switches independent: a real API with the fake Stripe', () => {
    const env = parseEnv({
      VITE_API_HOST: 'https://api.example.org',
      VITE_API_MOCKING: 'false',
      VITE_STRIPE_MODE: 'fake',
    });
    expect(env.apiMocking).toBe(false);
    expect(env.stripeMode).toBe('fake');
    expect(env.stripeConnectAuthorizeUrl).toBe(STRIPE_CONNECT_AUTHORIZE_URL);
  });

  it('rejects an API host with a path and an unknown Stripe mode, naming both', () => {
    expect(() =>
      parseEnv({ VITE_API_HOST: 'https://api.example.org/v1', VITE_STRIPE_MODE: 'test' }),
    ).toThrow(/VITE_API_HOST[\s\S]*VITE_STRIPE_MODE/);
  });
});

describe('safeNextPath', () => {
  it('returns a path inside the app unchanged', () => {
    expect(safeNextPath('/events/3/edit/tickets?x=1#top')).toBe('/events/3/edit/tickets?x=1#top');
  });

  it.each(['https://evil.example', '//evil.example/path', '/\\evil.example', 'events', '', null])(
    'falls back to My events for %s, so a crafted link cannot leave the app',
    (next) => {
      expect(safeNextPath(next)).toBe(paths.myEvents.href());
    },
  );

  it('does not send the person back to the login page itself', () => {
    expect(safeNextPath('/login?next=%2Fevents')).toBe(paths.myEvents.href());
  });
});
