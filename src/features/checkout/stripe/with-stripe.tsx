// Stripe (the real Stripe.js or the offline fake) started with a publishable key, for the card
// forms of both flows: loading, then the form, or a failure with a way to try again (Stripe.js
// blocked by an extension, offline) and whatever else the page can offer meanwhile.
import { useLingui } from '@lingui/react/macro';
import type { Stripe } from '@stripe/stripe-js';
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { loadStripeFor } from './load-stripe';

/** Stripe started with nothing: it does not run in this browser (the notice words it at render). */
const NO_STRIPE = Symbol('no Stripe');

type LoadedStripe =
  | { state: 'loading' }
  | { state: 'ready'; stripe: Stripe }
  | { state: 'failed'; error: unknown; retry: () => void };

type Loaded =
  { state: 'loading' } | { state: 'ready'; stripe: Stripe } | { state: 'failed'; error: unknown };

function useStripeFor(publishableKey: string): LoadedStripe {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    loadStripeFor(publishableKey).then(
      (stripe) => {
        if (!active) return;
        setLoaded(stripe ? { state: 'ready', stripe } : { state: 'failed', error: NO_STRIPE });
      },
      (error: unknown) => {
        if (active) setLoaded({ state: 'failed', error });
      },
    );
    return () => {
      active = false;
    };
  }, [publishableKey, attempt]);
  if (loaded.state !== 'failed') return loaded;
  return {
    ...loaded,
    retry: () => {
      setLoaded({ state: 'loading' });
      setAttempt((count) => count + 1);
    },
  };
}

export function WithStripe({
  publishableKey,
  unavailable = null,
  children,
}: {
  publishableKey: string;
  /** Shown under the failure: another way to pay, say. */
  unavailable?: ReactNode;
  children: (stripe: Stripe) => ReactNode;
}) {
  const { t } = useLingui();
  const loaded = useStripeFor(publishableKey);
  if (loaded.state === 'loading') return <Loading label={t`Loading the secure card form…`} />;
  if (loaded.state === 'failed') {
    return (
      <>
        <ErrorNotice
          title={t`The card form could not load`}
          error={
            loaded.error === NO_STRIPE
              ? new Error(t`Stripe could not start in this browser.`)
              : loaded.error
          }
          onRetry={loaded.retry}
        />
        {unavailable}
      </>
    );
  }
  return <>{children(loaded.stripe)}</>;
}
