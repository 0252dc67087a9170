// POST /v1/orders/{identifier}/charge (docs/payments.md): a Stripe token, PayPal ids, or nothing (the
// PaymentIntent flow) in; a verdict, or the PaymentIntent as JSON text, out. The charge is a mutation
// keyed by its order, so a page that remounts finds the charge still out instead of sending another.
import {
  useMutation,
  useMutationState,
  useQueryClient,
  type Mutation,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import * as v from 'valibot';
import { apiRequest, deserializeReply } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { orderKeys } from './get-order';

const chargeSchema = v.object({ status: v.nullish(v.boolean()), message: v.nullish(v.string()) });

export interface ChargeResult {
  /** null when the server charged nothing (a payment mode without a gateway). */
  status: boolean | null;
  message: string;
}

export type ChargeInput =
  | { stripe: string }
  | { paypalPayerId: string; paypalPaymentId: string }
  /** Today's server: no token; it answers with a PaymentIntent to confirm in the browser. */
  | { paymentIntent: true };

/** Payments can take a while at the card network; a shorter wait would report false failures. */
export const CHARGE_TIMEOUT_MS = 60_000;

function chargeAttributes(input: ChargeInput): Record<string, string> | undefined {
  if ('stripe' in input) return { stripe: input.stripe };
  if ('paypalPayerId' in input) {
    return { 'paypal-payer-id': input.paypalPayerId, 'paypal-payment-id': input.paypalPaymentId };
  }
  return undefined;
}

export async function chargeOrder(identifier: string, input: ChargeInput): Promise<ChargeResult> {
  const attributes = chargeAttributes(input);
  const document = await apiRequest(`/v1/orders/${encodeURIComponent(identifier)}/charge`, {
    method: 'POST',
    // Without a token the body is what Open Event Frontend sends today: the type alone.
    body: { data: attributes ? { type: 'charge', attributes } : { type: 'charge' } },
    timeoutMs: CHARGE_TIMEOUT_MS,
  });
  const raw = parseResponse(chargeSchema, deserializeReply(document, 201));
  return { status: raw.status ?? null, message: raw.message ?? '' };
}

export const chargeMutationKey = (identifier: string) =>
  [...orderKeys.detail(identifier), 'charge'] as const;

export interface ChargeAttempt<T> {
  /** React Query's id of the mutation: tells one attempt from the next. */
  id: number;
  input: ChargeInput | undefined;
  status: 'idle' | 'pending' | 'success' | 'error';
  data: T | undefined;
  error: unknown;
}

function attemptOf<T>(mutation: Mutation<T, unknown, ChargeInput>): ChargeAttempt<T> {
  const { state } = mutation;
  return {
    id: mutation.mutationId,
    input: state.variables,
    status: state.status,
    data: state.data,
    error: state.error,
  };
}

/**
 * The order's charge as a mutation: `run` sends it (and may read what follows); `latest` is the
 * most recent attempt, also one started before this component mounted (leaving the page and coming
 * back while it is out); `charge` sends one unless one is out for this order already, whichever
 * component sent it: the app's only guard against charging twice. A 401 reaches the app's session
 * handler through the MutationCache, as every request's does.
 */
export function useChargeMutation<T>(identifier: string, run: (input: ChargeInput) => Promise<T>) {
  const queryClient = useQueryClient();
  const mutationKey = chargeMutationKey(identifier);
  const { mutateAsync } = useMutation({ mutationKey, mutationFn: run });
  const attempts = useMutationState({
    filters: { mutationKey },
    // Every attempt under this key was made by a call like this one, with ChargeInput variables.
    select: (mutation) => attemptOf(mutation as unknown as Mutation<T, unknown, ChargeInput>),
  });
  const latest = attempts.at(-1) ?? null;

  const charge = useCallback(
    (input: ChargeInput): Promise<void> | null => {
      if (queryClient.isMutating({ mutationKey: chargeMutationKey(identifier) }) > 0) return null;
      // The outcome is read from `latest`; the promise only tells the caller that it is in.
      return mutateAsync(input).then(
        () => undefined,
        () => undefined,
      );
    },
    [identifier, mutateAsync, queryClient],
  );
  return { latest, charging: latest?.status === 'pending', charge };
}
