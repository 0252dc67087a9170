// Stripe (the real Stripe.js or the offline fake) started with a publishable key, for a component:
// loading, ready, or failed with a way to try again (blocked by an extension, offline).
import type { Stripe } from '@stripe/stripe-js';
import { useEffect, useState } from 'react';
import { loadStripeFor } from './load-stripe';

export type LoadedStripe =
  | { state: 'loading' }
  | { state: 'ready'; stripe: Stripe }
  | { state: 'failed'; error: unknown; retry: () => void };

type Loaded =
  { state: 'loading' } | { state: 'ready'; stripe: Stripe } | { state: 'failed'; error: unknown };

export function useStripeFor(publishableKey: string): LoadedStripe {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    loadStripeFor(publishableKey).then(
      (stripe) => {
        if (!active) return;
        setLoaded(
          stripe
            ? { state: 'ready', stripe }
            : { state: 'failed', error: new Error('Stripe could not start in this browser.') },
        );
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
