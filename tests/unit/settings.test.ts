import { http, HttpResponse } from 'msw';
import { getPublicSettings } from '@/lib/settings';
import { configureApiClient } from '@/lib/api-client';
import { apiUrl } from '@mocks/api-url';
import { createAccessToken } from '@mocks/jwt';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

describe('getPublicSettings', () => {
  afterEach(() => configureApiClient({ getToken: () => null }));

  it('reads the seeded test-mode Stripe client id and the order expiry', async () => {
    const settings = await getPublicSettings();
    expect(settings.stripeMode).toBe('test');
    expect(settings.stripeConnectClientId).toMatch(/^ca_mockTestClientId/);
    expect(settings.isStripeActivated).toBe(true);
    expect(settings.orderExpiryMinutes).toBe(15);
  });

  it('never sends the admin token, because the admin view of the settings holds every secret', async () => {
    configureApiClient({ getToken: () => createAccessToken(SEED.adminId) });
    server.use(
      http.get(apiUrl('/v1/settings'), ({ request }) =>
        request.headers.has('Authorization')
          ? HttpResponse.json({ error: 'the admin schema would have been sent' }, { status: 500 })
          : undefined,
      ),
    );
    const settings = await getPublicSettings();
    expect(settings.stripeConnectClientId).toMatch(/^ca_mockTestClientId/);
  });

  it('falls back to 15 minutes when the server sends an expiry out of range or as text', async () => {
    server.use(
      http.get(apiUrl('/v1/settings'), () =>
        HttpResponse.json({
          data: { type: 'setting', id: '1', attributes: { 'order-expiry-time': '90' } },
        }),
      ),
    );
    expect((await getPublicSettings()).orderExpiryMinutes).toBe(15);
  });
});
