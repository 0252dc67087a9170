// Mock mode only: a stand-in for connect.stripe.com's consent page, so the OAuth popup works offline.
// It checks the request like Stripe would and redirects to redirect_uri with a code or an error.
import { usePublicSettings } from '@/lib/settings';
import { Loading } from '@/components/ui/loading';
import '../stripe-connect.css';

function randomCode(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return `ac_${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

function problemWith(params: URLSearchParams, expectedClientId: string | null): string | null {
  if (params.get('response_type') !== 'code') return 'response_type must be "code".';
  const clientId = params.get('client_id');
  if (!clientId) return 'No client_id was provided.';
  if (clientId !== expectedClientId) return `No application matches the client_id ${clientId}.`;
  const redirect = params.get('redirect_uri');
  if (!redirect) return 'No redirect_uri was provided.';
  try {
    if (new URL(redirect).origin !== window.location.origin)
      return 'Invalid redirect_uri: it is not registered for this application.';
  } catch {
    return 'Invalid redirect_uri.';
  }
  return null;
}

export function MockStripeConsent({ search }: { search: string }) {
  const settings = usePublicSettings();
  const params = new URLSearchParams(search);
  if (settings.isPending) return <Loading label="Loading…" />;
  const problem = problemWith(params, settings.data?.stripeConnectClientId ?? null);
  if (problem) {
    return (
      <main className="mock-consent">
        <h1>Stripe could not start the connection</h1>
        <p role="alert">{problem}</p>
      </main>
    );
  }

  const answer = (values: Record<string, string>) => {
    const target = new URL(params.get('redirect_uri') ?? '');
    for (const [name, value] of Object.entries(values)) target.searchParams.set(name, value);
    const state = params.get('state');
    if (state !== null) target.searchParams.set('state', state);
    window.location.assign(target.toString());
  };
  const email = params.get('stripe_user[email]');
  return (
    <main className="mock-consent" aria-labelledby="mock-consent-title">
      <p className="badge">Simulated Stripe (demo mode)</p>
      <h1 id="mock-consent-title">Connect your Stripe account</h1>
      <p>
        <strong>{settings.data?.appName ?? 'Open Event'}</strong> wants to create charges on your
        Stripe account and manage its payments ({params.get('scope') ?? 'read_only'}).
      </p>
      {email ? (
        <p>
          Signing in as <strong>{email}</strong>.
        </p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button button-stripe"
          onClick={() => answer({ code: randomCode(), scope: params.get('scope') ?? 'read_write' })}
        >
          Connect my Stripe account
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            answer({ error: 'access_denied', error_description: 'The user denied your request' })
          }
        >
          Deny
        </button>
      </p>
    </main>
  );
}
