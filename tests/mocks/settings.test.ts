// GET /v1/settings by caller, and the admin-only PATCH (docs/server-contract.md, "Settings").
import { z } from 'zod';
import { call, doc, error, errors, fixtureAttributeKeys } from './support';

const SECRET = /secret|sk_(live|test)_/i;

/** Every key and every string value anywhere in the body. */
function keysAndValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(keysAndValues);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysAndValues(inner)]);
  }
  return [];
}

const paymentSettings = z.object({
  'stripe-client-id': z.string().regex(/^ca_[A-Za-z0-9]{32}$/),
  'stripe-test-client-id': z.string().regex(/^ca_[A-Za-z0-9]{32}$/),
  'stripe-publishable-key': z.string().startsWith('pk_live_'),
  'stripe-test-publishable-key': z.string().startsWith('pk_test_'),
  'stripe-mode': z.literal('test'),
  'is-stripe-activated': z.literal(true),
  'order-expiry-time': z.literal(15),
  'app-name': z.literal('Open Event (demo)'),
});

describe('GET /v1/settings', () => {
  it('gives anonymous callers the public schema with the Stripe ids, publishable keys and an integer expiry', async () => {
    const reply = await call('GET', '/v1/settings?public=true');
    expect(reply.status).toBe(200);
    const document = doc(reply);
    expect(document.data).toMatchObject({ type: 'setting', id: '1' });
    expect(() => paymentSettings.parse(document.data.attributes)).not.toThrow();
    expect(document.data.attributes).not.toHaveProperty('android-app-url');
  });

  it('never puts a secret in the public or the non-admin settings', async () => {
    for (const caller of ['anonymous', 'buyer', 'organizer'] as const) {
      const reply = await call('GET', '/v1/settings', { as: caller });
      expect(reply.status).toBe(200);
      const leaks = keysAndValues(reply.body).filter((text) => SECRET.test(text));
      expect(leaks).toEqual([]);
      expect(JSON.stringify(reply.body)).not.toMatch(/smtp-password|aws-key|sendgrid/);
    }
  });

  it('adds the app links for a logged-in non-admin', async () => {
    const document = doc(await call('GET', '/v1/settings', { as: 'buyer' }));
    expect(document.data.attributes).toHaveProperty('android-app-url');
    expect(document.data.attributes).toHaveProperty('web-app-url');
    expect(() => paymentSettings.parse(document.data.attributes)).not.toThrow();
  });

  it('gives an admin every setting of the vendored admin example, secrets included', async () => {
    const document = doc(await call('GET', '/v1/settings', { as: 'admin' }));
    expect(Object.keys(document.data.attributes)).toEqual(
      expect.arrayContaining(fixtureAttributeKeys('settings-admin-get-response.json')),
    );
    expect(document.data.attributes['stripe-test-secret-key']).toMatch(/^sk_test_/);
    expect(document.data.attributes['order-expiry-time']).toBe(15);
  });

  it('answers /v1/settings/1 with the same row', async () => {
    const document = doc(await call('GET', '/v1/settings/1'));
    expect(document.data.id).toBe('1');
    expect(document.data.links.self).toBe('/v1/settings/1');
  });

  it('still checks an Authorization header that is sent, so a malformed token gets 422', async () => {
    const reply = await call('GET', '/v1/settings', {
      headers: { Authorization: 'JWT not.a.token' },
    });
    expect(reply.status).toBe(422);
  });
});

describe('PATCH /v1/settings/1', () => {
  const patch = (attributes: Record<string, unknown>) => ({
    data: { type: 'setting', id: '1', attributes },
  });

  it('refuses a non-admin with 403 Admin access is required', async () => {
    const reply = await call('PATCH', '/v1/settings/1', {
      as: 'organizer',
      body: patch({ 'app-name': 'Mine now' }),
    });
    expect(reply.status).toBe(403);
    expect(error(reply)).toMatchObject({ status: 403, detail: 'Admin access is required' });
  });

  it('requires a JWT', async () => {
    const reply = await call('PATCH', '/v1/settings/1', { body: patch({ 'app-name': 'x' }) });
    expect(reply.status).toBe(401);
  });

  it('lets an admin change settings, secrets included, and keeps the secrets out of public view', async () => {
    const reply = await call('PATCH', '/v1/settings/1', {
      as: 'admin',
      body: patch({
        app_name: 'Renamed',
        'stripe-test-secret-key': 'sk_test_rotatedMockKey',
        'order-expiry-time': '30',
      }),
    });
    expect(reply.status).toBe(200);
    expect(doc(reply).data.attributes).toMatchObject({
      'app-name': 'Renamed',
      'order-expiry-time': 30,
      'stripe-test-secret-key': 'sk_test_rotatedMockKey',
    });
    const publicView = doc(await call('GET', '/v1/settings'));
    expect(publicView.data.attributes['app-name']).toBe('Renamed');
    expect(JSON.stringify(publicView)).not.toContain('rotatedMockKey');
  });

  it('validates order-expiry-time as 1 to 60 minutes', async () => {
    const reply = await call('PATCH', '/v1/settings/1', {
      as: 'admin',
      body: patch({ 'order-expiry-time': 90 }),
    });
    expect(reply.status).toBe(422);
    expect(errors(reply)).toEqual([
      {
        status: '422',
        source: { pointer: '/data/attributes/order-expiry-time' },
        title: 'Validation error',
        detail: 'Invalid value.',
      },
    ]);
  });
});
