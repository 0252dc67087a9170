// The order's one PaymentIntent (docs/payments.md): the one this tab keeps, read back from Stripe,
// or a new one from the charge endpoint when there is none. Never a second charge while one is
// kept or out: a reload, back/forward, a second click or a remount all land on the same intent.
import { t } from '@lingui/core/macro';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Stripe } from '@stripe/stripe-js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { toast } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-client';
import { isUnauthorized } from '@/lib/query-client';
import { chargeOrder, useChargeMutation } from '../api/charge-order';
import { verifyOrder } from '../api/verify-order';
import { orderKeys, type Order } from '../api/get-order';
import { isTokenMissing, rememberChargeFlow } from '../charge-flow';
import { cleanServerMessage } from '../charge-outcome';
import { parseChargeMessage, readPaymentIntent, type PaymentIntent } from './payment-intent';
import { forgetIntent, keepIntent, recallIntent, type StoredIntent } from './stored-intent';

/** Stripe said no (unknown intent, wrong key) or could not be reached. */
export class StripeRequestError extends Error {
  override readonly name = 'StripeRequestError';
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

export async function retrieveIntent(stripe: Stripe, clientSecret: string): Promise<PaymentIntent> {
  const result = await stripe.retrievePaymentIntent(clientSecret);
  if (result.error) {
    throw new StripeRequestError(
      result.error.message ?? t`Stripe did not answer.`,
      result.error.code ?? result.error.type,
    );
  }
  const intent = readPaymentIntent(result.paymentIntent);
  if (!intent)
    throw new StripeRequestError(t`Stripe sent a payment we could not read.`, 'unreadable');
  return intent;
}

export const intentQueryKey = (orderIdentifier: string, intentId: string) =>
  [...orderKeys.detail(orderIdentifier), 'payment-intent', intentId] as const;

export const intentQueryOptions = (
  orderIdentifier: string,
  stored: StoredIntent,
  stripe: Stripe | null,
) =>
  // One intent id has one client secret, and the Stripe instance is how it is read, not what is
  // read: neither belongs in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: intentQueryKey(orderIdentifier, stored.id),
    queryFn: () => {
      if (!stripe) throw new StripeRequestError(t`Stripe has not started.`, 'not_started');
      return retrieveIntent(stripe, stored.clientSecret);
    },
    enabled: stripe !== null,
    staleTime: 0,
    retry: false,
  });

export type OrderIntent =
  | { kind: 'starting' }
  | { kind: 'ready'; intent: PaymentIntent }
  /** The server is of the token era: it asked for a token (and changed nothing). */
  | { kind: 'token-era' }
  /** The server could not make a PaymentIntent and has closed the order (its tickets released). */
  | { kind: 'failed'; message: string }
  /** The charge answered, but not with a PaymentIntent we can use. Nothing was charged. */
  | { kind: 'unusable' }
  /** The order cannot be charged any more (completed or expired elsewhere): the page follows it. */
  | { kind: 'order-closed' }
  /** No answer we could use (offline, 5xx, Stripe unreachable): nothing was charged. */
  | { kind: 'error'; error: unknown; retry: () => void };

export function useOrderIntent(order: Order, stripe: Stripe | null): OrderIntent {
  const queryClient = useQueryClient();
  const identifier = order.identifier;
  const [kept, setKept] = useState<StoredIntent | null>(() => recallIntent(identifier));
  /** An intent given up on (cancelled, or gone at Stripe): not to be used again. */
  const [dropped, setDropped] = useState<string | null>(null);
  const { latest, charge } = useChargeMutation(identifier, (input) =>
    chargeOrder(identifier, input),
  );
  const attempt = latest?.input !== undefined && 'paymentIntent' in latest.input ? latest : null;
  const answered = attempt?.status === 'success' ? attempt.data : undefined;
  const message = answered?.status === true ? answered.message : null;
  const parsed = useMemo(() => (message === null ? null : parseChargeMessage(message)), [message]);
  const charged = parsed && parsed.id !== dropped ? parsed : null;
  const stored: StoredIntent | null =
    kept && kept.id !== dropped
      ? kept
      : charged
        ? { id: charged.id, clientSecret: charged.clientSecret }
        : null;

  // The charge answered with an intent: keep it for this tab, and seed the cache so that it is not
  // read back at once. Once per intent: later renders must not put its first state back.
  const seeded = useRef<string | null>(null);
  useEffect(() => {
    if (!charged || seeded.current === charged.id) return;
    seeded.current = charged.id;
    keepIntent(identifier, charged);
    rememberChargeFlow('payment-intent');
    const key = intentQueryKey(identifier, charged.id);
    if (queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, charged);
  }, [charged, identifier, queryClient]);

  // Nothing kept in this tab: another tab (or one since closed) may have paid an intent of this
  // order. Verify once before asking for a new intent, which would replace that one on the server.
  const nothingKept = kept === null && attempt === null;
  const preflight = useQuery({
    queryKey: [...orderKeys.verify(identifier), 'before-charge'],
    queryFn: async () => {
      try {
        return await verifyOrder(identifier);
      } catch {
        // The server answers 500 for a card order that has no intent yet: nothing was paid.
        return null;
      }
    },
    enabled: nothingKept && stripe !== null,
    staleTime: Infinity,
    retry: false,
  });
  const paidElsewhere = preflight.data === 'completed';
  useEffect(() => {
    if (!paidElsewhere) return;
    toast.success(t`Your payment went through.`);
    void queryClient.invalidateQueries({ queryKey: orderKeys.detail(identifier), exact: true });
  }, [paidElsewhere, identifier, queryClient]);

  const retrieved = useQuery({
    ...intentQueryOptions(identifier, stored ?? { id: '', clientSecret: '' }, stripe),
    enabled: stripe !== null && stored !== null,
  });

  // Nothing kept and nothing sent yet: ask the server for one, once Stripe is there to use it.
  const noAttempt = attempt === null || (dropped !== null && parsed?.id === dropped);
  const nothingStored = stored === null;
  const checked = preflight.isSuccess && !paidElsewhere;
  useEffect(() => {
    if (nothingStored && stripe !== null && noAttempt && (checked || dropped !== null)) {
      void charge({ paymentIntent: true });
    }
  }, [nothingStored, stripe, noAttempt, checked, dropped, charge]);

  // A closed order is the page's to show: read it again.
  const closed =
    attempt?.status === 'error' &&
    isApiError(attempt.error) &&
    attempt.error.status === 409 &&
    attempt.error.parameter === 'id';
  useEffect(() => {
    if (closed) void queryClient.invalidateQueries({ queryKey: orderKeys.detail(identifier) });
  }, [closed, identifier, queryClient]);

  if (stored !== null) {
    if (retrieved.data) {
      if (retrieved.data.status !== 'canceled') return { kind: 'ready', intent: retrieved.data };
    } else if (!retrieved.isError) {
      return { kind: 'starting' };
    }
    const intentId = stored.id;
    const forgetAndCharge = () => {
      forgetIntent(identifier);
      setKept(null);
      setDropped(intentId);
    };
    // Stripe no longer has it, or it was cancelled: a new one is the only way on.
    if (
      retrieved.data ||
      (retrieved.error instanceof StripeRequestError && retrieved.error.code === 'resource_missing')
    ) {
      return {
        kind: 'error',
        error: new Error(t`This card payment can no longer be used.`),
        retry: forgetAndCharge,
      };
    }
    return { kind: 'error', error: retrieved.error, retry: () => void retrieved.refetch() };
  }
  if (paidElsewhere) return { kind: 'starting' };
  if (charged) return { kind: 'ready', intent: charged };
  if (attempt === null || attempt.status === 'pending' || attempt.status === 'idle') {
    return { kind: 'starting' };
  }
  if (attempt.status === 'error') {
    const error = attempt.error;
    if (isApiError(error) && isTokenMissing(error)) return { kind: 'token-era' };
    if (closed) return { kind: 'order-closed' };
    // The app's session handler has it; the login brings the buyer back here.
    if (isUnauthorized(error)) return { kind: 'starting' };
    return { kind: 'error', error, retry: () => void charge({ paymentIntent: true }) };
  }
  if (answered?.status === false)
    return { kind: 'failed', message: cleanServerMessage(answered.message) };
  return { kind: 'unusable' };
}
