// Mock mode only: a stand-in for connect.stripe.com's consent page, so the OAuth popup works offline.
// It checks the request like Stripe would and redirects to redirect_uri with a code or an error.
import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { usePublicSettings } from '@/lib/settings';
import { Loading } from '@/components/ui/loading';
import '../stripe-connect.css';

function randomCode(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return `ac_${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/** What is wrong with the request, as the page says it (called at render time). */
function problemWith(params: URLSearchParams, expectedClientId: string | null): string | null {
  if (params.get('response_type') !== 'code') return t`response_type must be "code".`;
  const clientId = params.get('client_id');
  if (!clientId) return t`No client_id was provided.`;
  if (clientId !== expectedClientId) return t`No application matches the client_id ${clientId}.`;
  const redirect = params.get('redirect_uri');
  if (!redirect) return t`No redirect_uri was provided.`;
  try {
    if (new URL(redirect).origin !== window.location.origin)
      return t`Invalid redirect_uri: it is not registered for this application.`;
  } catch {
    return t`Invalid redirect_uri.`;
  }
  return null;
}

export function MockStripeConsent({ search }: { search: string }) {
  const { t } = useLingui();
  const settings = usePublicSettings();
  const params = new URLSearchParams(search);
  if (settings.isPending) return <Loading label={t`Loading…`} />;
  const problem = problemWith(params, settings.data?.stripeConnectClientId ?? null);
  if (problem) {
    return (
      <main className="mock-consent">
        <h1>
          <Trans>Stripe could not start the connection</Trans>
        </h1>
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
  const appName = settings.data?.appName ?? 'Open Event';
  const scope = params.get('scope') ?? 'read_only';
  return (
    <main className="mock-consent" aria-labelledby="mock-consent-title">
      <p className="badge">
        <Trans>Simulated Stripe (demo mode)</Trans>
      </p>
      <h1 id="mock-consent-title">
        <Trans>Connect your Stripe account</Trans>
      </h1>
      <p>
        <Trans>
          <strong>{appName}</strong> wants to create charges on your Stripe account and manage its
          payments ({scope}).
        </Trans>
      </p>
      {email ? (
        <p>
          <Trans>
            Signing in as <strong>{email}</strong>.
          </Trans>
        </p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button button-stripe"
          onClick={() => answer({ code: randomCode(), scope: params.get('scope') ?? 'read_write' })}
        >
          <Trans>Connect my Stripe account</Trans>
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            answer({ error: 'access_denied', error_description: 'The user denied your request' })
          }
        >
          <Trans>Deny</Trans>
        </button>
      </p>
    </main>
  );
}
