import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { server } from '@mocks/node';
import { renderApp } from '../utils/render-app';

describe('the admin payment settings', () => {
  it('shows the Stripe ids and publishable keys but never a secret key', async () => {
    renderApp('/admin/settings/payment-gateway', { as: 'admin' });
    const testKeys = await screen.findByRole('group', { name: 'Test keys' });
    expect(
      within(testKeys).getByLabelText<HTMLInputElement>('Test Connect client id').value,
    ).toMatch(/^ca_mockTestClientId/);
    expect(within(testKeys).getByLabelText('Test secret key')).toHaveValue('');
    expect(within(testKeys).getByText(/A key is saved. It is never shown/)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toMatch(/sk_(test|live)_/);
    expect(screen.getByLabelText('Test (no real money moves)')).toBeChecked();
  });

  it('saves new keys, forgets the typed secret, and tells the admin', async () => {
    const { user } = renderApp('/admin/settings/payment-gateway', { as: 'admin' });
    const clientId = await screen.findByLabelText('Live Connect client id');
    await user.clear(clientId);
    await user.type(clientId, 'ca_NewLiveClientId123');
    await user.type(screen.getByLabelText('Live secret key'), 'sk_live_NewSecret123');
    await user.click(screen.getByRole('button', { name: 'Save payment settings' }));

    expect(await screen.findByText('Payment settings saved.')).toBeInTheDocument();
    expect(screen.getByLabelText('Live secret key')).toHaveValue('');
    expect(screen.getByLabelText('Live Connect client id')).toHaveValue('ca_NewLiveClientId123');
  });

  it('checks the shape of each key before sending, next to the field', async () => {
    const { user } = renderApp('/admin/settings/payment-gateway', { as: 'admin' });
    await user.type(await screen.findByLabelText('Test secret key'), 'pk_test_wrongKind');
    await user.click(screen.getByRole('button', { name: 'Save payment settings' }));

    expect(
      await screen.findByText('A test secret key starts with sk_test_ or rk_test_.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Test secret key')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Test secret key')).toHaveFocus();
  });

  it('says the settings were not saved when the server refuses', async () => {
    server.use(
      http.patch(apiUrl('/v1/settings/:id'), () =>
        HttpResponse.json(
          {
            errors: [
              {
                status: 403,
                title: 'Access Forbidden',
                detail: 'Admin access is required',
                source: '',
              },
            ],
            jsonapi: { version: '1.0' },
          },
          { status: 403, headers: { 'Content-Type': 'application/vnd.api+json' } },
        ),
      ),
    );
    const { user } = renderApp('/admin/settings/payment-gateway', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Save payment settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The settings were not saved: Admin access is required',
    );
  });
});

describe('the mock Stripe consent page', () => {
  const consentUrl = (params: Record<string, string>) =>
    `/mock/stripe/oauth/authorize?${new URLSearchParams(params).toString()}`;
  const valid = {
    response_type: 'code',
    client_id: 'ca_mockTestClientId',
    scope: 'read_write',
    redirect_uri: `${window.location.origin}/torii/redirect.html`,
    state: 'abc123',
    'stripe_user[email]': 'organizer@open-event.test',
  };

  async function validClientId(): Promise<string> {
    const response = await fetch(apiUrl('/v1/settings'));
    const body = (await response.json()) as { data: { attributes: Record<string, string> } };
    return body.data.attributes['stripe-test-client-id'] ?? '';
  }

  it('redirects to the redirect page with a code and the state when the organizer connects', async () => {
    const assign = vi.fn();
    const { user } = renderApp(consentUrl({ ...valid, client_id: await validClientId() }));
    expect(
      await screen.findByRole('heading', { name: 'Connect your Stripe account' }),
    ).toBeInTheDocument();
    expect(screen.getByText('organizer@open-event.test')).toBeInTheDocument();

    vi.stubGlobal('location', { origin: window.location.origin, assign });
    try {
      await user.click(screen.getByRole('button', { name: 'Connect my Stripe account' }));
    } finally {
      vi.unstubAllGlobals();
    }
    const target = new URL(String(assign.mock.calls[0]?.[0]));
    expect(target.pathname).toBe('/torii/redirect.html');
    expect(target.searchParams.get('code')).toMatch(/^ac_[A-Za-z0-9]{32}$/);
    expect(target.searchParams.get('state')).toBe('abc123');
  });

  it('redirects with access_denied when the organizer denies', async () => {
    const assign = vi.fn();
    const { user } = renderApp(consentUrl({ ...valid, client_id: await validClientId() }));
    await screen.findByRole('heading', { name: 'Connect your Stripe account' });
    vi.stubGlobal('location', { origin: window.location.origin, assign });
    try {
      await user.click(screen.getByRole('button', { name: 'Deny' }));
    } finally {
      vi.unstubAllGlobals();
    }
    const target = new URL(String(assign.mock.calls[0]?.[0]));
    expect(target.searchParams.get('error')).toBe('access_denied');
    expect(target.searchParams.get('state')).toBe('abc123');
  });

  it('refuses an unknown client id the way Stripe does', async () => {
    renderApp(consentUrl(valid));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No application matches the client_id ca_mockTestClientId.',
    );
  });

  it('refuses a redirect_uri on another site', async () => {
    renderApp(
      consentUrl({
        ...valid,
        client_id: await validClientId(),
        redirect_uri: 'https://evil.example/cb',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid redirect_uri');
  });
});
