// Mock mode only: the fake Stripe's 3-D Secure test page as an in-app route. Confirming with the
// 3-D Secure test card sends the browser to `<fake Stripe API>/3ds/:id` on the app's own origin,
// and a service worker never sees a navigation, so this page answers it; it speaks to the fake
// Stripe API with plain fetch (JSON variants of the same URL), not to the Open Event API.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { env } from '@/config/env';
import '@/features/stripe-connect/stripe-connect.css';
import { formatMoney } from '@/lib/money';

const TITLE = '3D Secure test page';
const UNREACHABLE = 'We could not reach Stripe. Check your connection and try again.';

interface Challenge {
  id: string;
  amount: number;
  currency: string;
  status: string;
}

type Outcome = 'complete' | 'fail';

/** Stripe's error message, or a plain one when the answer is not Stripe's. */
class ChallengeError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function challengeUrl(id: string): string {
  return `${env.fakeStripeApi}/3ds/${encodeURIComponent(id)}`;
}

/** One JSON request to the fake Stripe: its body on success, a ChallengeError otherwise. */
async function askStripe(url: string, init: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(url, init);
    body = await response.json();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ChallengeError(UNREACHABLE, null);
  }
  if (!isRecord(body)) throw new ChallengeError(UNREACHABLE, response.status);
  if (!response.ok) {
    const message = isRecord(body.error) ? body.error.message : undefined;
    throw new ChallengeError(
      typeof message === 'string' ? message : `Stripe answered ${String(response.status)}.`,
      response.status,
    );
  }
  return body;
}

async function fetchChallenge(
  id: string,
  clientSecret: string,
  signal: AbortSignal,
): Promise<Challenge> {
  const query = new URLSearchParams({ client_secret: clientSecret });
  const body = await askStripe(`${challengeUrl(id)}?${query.toString()}`, {
    headers: { Accept: 'application/json' },
    signal,
  });
  const { amount, currency, status } = body;
  if (typeof amount !== 'number' || typeof currency !== 'string' || typeof status !== 'string') {
    throw new ChallengeError(UNREACHABLE, 200);
  }
  return { id, amount, currency, status };
}

async function sendOutcome(id: string, clientSecret: string, outcome: Outcome): Promise<string> {
  const body = await askStripe(challengeUrl(id), {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ client_secret: clientSecret, outcome }),
  });
  if (typeof body.redirect_to !== 'string') throw new ChallengeError(UNREACHABLE, 200);
  return body.redirect_to;
}

export function FakeStripeChallengeRoute() {
  useDocumentTitle(TITLE);
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const clientSecret = searchParams.get('client_secret') ?? '';
  return (
    <main className="mock-consent" aria-labelledby="fake-3ds-title">
      <p className="badge">Simulated card issuer (demo mode)</p>
      <h1 id="fake-3ds-title">{TITLE}</h1>
      <p>
        This page stands in for your card issuer&apos;s 3-D Secure check, where a real bank would
        ask you to confirm the payment in its app or with a code. Choose how the check ends.
      </p>
      {clientSecret ? (
        <ChallengeForm id={id} clientSecret={clientSecret} />
      ) : (
        <p className="notice notice-error" role="alert">
          This link has no client_secret, so the payment cannot be found.
        </p>
      )}
    </main>
  );
}

function ChallengeForm({ id, clientSecret }: { id: string; clientSecret: string }) {
  const challenge = useQuery({
    queryKey: ['fake-stripe', '3ds', id, clientSecret],
    queryFn: ({ signal }) => fetchChallenge(id, clientSecret, signal),
    // A refetch could only say the check is over once the buyer has left.
    staleTime: Infinity,
  });
  const answer = useMutation({
    mutationKey: ['fake-stripe', '3ds', id, 'answer'],
    mutationFn: (outcome: Outcome) => sendOutcome(id, clientSecret, outcome),
    onSuccess: (redirectTo) => window.location.assign(redirectTo),
  });

  if (challenge.isPending) return <Loading label="Loading the payment…" />;
  if (challenge.isError) {
    const error = challenge.error;
    const unknown = error instanceof ChallengeError && error.status !== null && error.status < 500;
    return (
      <section className="notice notice-error" role="alert">
        <h2>{unknown ? 'This payment could not be found' : 'The payment could not load'}</h2>
        <p>{error.message}</p>
        {unknown ? (
          <p>Go back to your order and start the payment again.</p>
        ) : (
          <button type="button" className="button" onClick={() => void challenge.refetch()}>
            Try again
          </button>
        )}
      </section>
    );
  }

  const { amount, currency, status } = challenge.data;
  // Stripe counts in the currency's smallest unit and knows the same zero-decimal currencies as
  // formatMoney, so its amount is shown as is: what the card would really be charged.
  const price = formatMoney(amount, currency.toUpperCase());
  if (status !== 'requires_action') {
    return (
      <>
        <p>
          Amount: <strong>{price}</strong>
        </p>
        <p className="notice notice-warning" role="status">
          This payment is not waiting for authentication (its status is {status}). Go back to your
          order to see where it stands.
        </p>
      </>
    );
  }
  // Once the buyer has answered, the page is being left: no second answer.
  const busy = answer.isPending || answer.isSuccess;
  return (
    <>
      <p>
        Amount: <strong>{price}</strong>
      </p>
      {answer.isError ? (
        <p className="notice notice-error" role="alert">
          {answer.error.message}
        </p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button button-stripe"
          disabled={busy}
          aria-busy={answer.isPending && answer.variables === 'complete'}
          onClick={() => answer.mutate('complete')}
        >
          Complete authentication
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-busy={answer.isPending && answer.variables === 'fail'}
          onClick={() => answer.mutate('fail')}
        >
          Fail authentication
        </button>
      </p>
    </>
  );
}
