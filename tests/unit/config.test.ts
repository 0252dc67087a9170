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
  it.each([
    '/events/3/edit/tickets?x=1#top',
    '/create',
    '/events',
    '/e/ab12cd34?tickets=1:2',
    '/orders/9f0c2a4e-6f1d-4b8e-a3c5-0d7e8f9a1b2c/pending#pay',
    '/e/ab12cd34?return=https://example.org/x',
  ])('returns %s, a path inside the app, unchanged', (next) => {
    expect(safeNextPath(next)).toBe(next);
  });

  it('keeps a percent-encoded character of a real path as it was sent', () => {
    expect(safeNextPath('/e/ab12cd34?q=caf%C3%A9')).toBe('/e/ab12cd34?q=caf%C3%A9');
  });

  // What an independent probe tried, and the variants a browser or router would read as another site.
  it.each([
    'https://evil.example',
    'http://evil.example/create',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
    '//evil.example/path',
    '///evil.example',
    '////evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/%09/evil.example',
    '/%0a/evil.example',
    '/%0d%0a/evil.example',
    '/%0D%0A/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/%00/evil.example',
    '/x%00',
    '/%7f/evil.example',
    '/%c2%85/evil.example',
    '/%2f%2fevil.example',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    '/%252f%252fevil.example',
    '/%25252f%25252fevil.example',
    '/%5cevil.example',
    '/%5C%5Cevil.example',
    '/.//evil.example',
    '/./%2fevil.example',
    '/%2e/%2fevil.example',
    ' /create',
    '\t/create',
    'events',
    '/%E0%A4%A',
    '',
    null,
    undefined,
  ])('falls back to My events for %j, so a crafted link cannot leave the app', (next) => {
    expect(safeNextPath(next)).toBe(paths.myEvents.href());
  });

  it.each(['/login', '/login?next=%2Fevents', '/LOGIN', '/%6cogin', '/login/'])(
    'does not send the person back to the login page itself (%s)',
    (next) => {
      expect(safeNextPath(next)).toBe(paths.myEvents.href());
    },
  );

  it('falls back to the page the caller names', () => {
    expect(safeNextPath('//evil.example', '/')).toBe('/');
  });
});
