// Mock mode only: the fake Stripe's 3-D Secure test page as an in-app route. Confirming with the
// 3-D Secure test card sends the browser to `<fake Stripe API>/3ds/:id` on the app's own origin,
// and a service worker never sees a navigation, so this page answers it; it speaks to the fake
// Stripe API with plain fetch (JSON variants of the same URL), not to the Open Event API.
import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { env } from '@/config/env';
import '@/features/stripe-connect/stripe-connect.css';
import { formatMoney } from '@/lib/money';

interface Challenge {
  id: string;
  amount: number;
  currency: string;
  status: string;
}

type Outcome = 'complete' | 'fail';

/** What went wrong with a request: the page words it at render (useChallengeErrorText). */
type ChallengeProblem =
  /** Stripe's own error message, shown as Stripe sent it. */
  | { kind: 'stripe'; message: string }
  /** An error status without Stripe's error in the body. */
  | { kind: 'status' }
  /** No answer, or not one of Stripe's. */
  | { kind: 'unreachable' };

/** Stripe's error message, or a plain one when the answer is not Stripe's. */
class ChallengeError extends Error {
  constructor(
    readonly problem: ChallengeProblem,
    readonly status: number | null,
  ) {
    super(problem.kind === 'stripe' ? problem.message : `${problem.kind} (${String(status)})`);
  }
}

const UNREACHABLE: ChallengeProblem = { kind: 'unreachable' };

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
      typeof message === 'string' ? { kind: 'stripe', message } : { kind: 'status' },
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

/** What the page says about a failed request, in the active language. */
function useChallengeErrorText(): (error: Error) => string {
  const { t } = useLingui();
  return (error) => {
    if (!(error instanceof ChallengeError)) return error.message;
    const { problem } = error;
    if (problem.kind === 'stripe') return problem.message;
    if (problem.kind === 'status') {
      const status = String(error.status);
      return t`Stripe answered ${status}.`;
    }
    return t`We could not reach Stripe. Check your connection and try again.`;
  };
}

export function FakeStripeChallengeRoute() {
  const { t } = useLingui();
  const title = t`3D Secure test page`;
  useDocumentTitle(title);
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const clientSecret = searchParams.get('client_secret') ?? '';
  return (
    <main className="mock-consent" aria-labelledby="fake-3ds-title">
      <p className="badge">{t`Simulated card issuer (demo mode)`}</p>
      <h1 id="fake-3ds-title">{title}</h1>
      <p>
        <Trans>
          This page stands in for your card issuer&apos;s 3-D Secure check, where a real bank would
          ask you to confirm the payment in its app or with a code. Choose how the check ends.
        </Trans>
      </p>
      {clientSecret ? (
        <ChallengeForm id={id} clientSecret={clientSecret} />
      ) : (
        <p className="notice notice-error" role="alert">
          {t`This link has no client_secret, so the payment cannot be found.`}
        </p>
      )}
    </main>
  );
}

function ChallengeForm({ id, clientSecret }: { id: string; clientSecret: string }) {
  const { t } = useLingui();
  const errorText = useChallengeErrorText();
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

  if (challenge.isPending) return <Loading label={t`Loading the payment…`} />;
  if (challenge.isError) {
    const error = challenge.error;
    const unknown = error instanceof ChallengeError && error.status !== null && error.status < 500;
    return (
      <section className="notice notice-error" role="alert">
        <h2>{unknown ? t`This payment could not be found` : t`The payment could not load`}</h2>
        <p>{errorText(error)}</p>
        {unknown ? (
          <p>{t`Go back to your order and start the payment again.`}</p>
        ) : (
          <button type="button" className="button" onClick={() => void challenge.refetch()}>
            {t`Try again`}
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
          <Trans>
            Amount: <strong>{price}</strong>
          </Trans>
        </p>
        <p className="notice notice-warning" role="status">
          {t`This payment is not waiting for authentication (its status is ${status}). Go back to your order to see where it stands.`}
        </p>
      </>
    );
  }
  // Once the buyer has answered, the page is being left: no second answer.
  const busy = answer.isPending || answer.isSuccess;
  return (
    <>
      <p>
        <Trans>
          Amount: <strong>{price}</strong>
        </Trans>
      </p>
      {answer.isError ? (
        <p className="notice notice-error" role="alert">
          {errorText(answer.error)}
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
          {t`Complete authentication`}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-busy={answer.isPending && answer.variables === 'fail'}
          onClick={() => answer.mutate('fail')}
        >
          {t`Fail authentication`}
        </button>
      </p>
    </>
  );
}
