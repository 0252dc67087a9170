// The token flow's charge and PayPal's (docs/payments.md): one request, and what its answer means
// for the buyer as a verdict the page renders. An answer that leaves the payment uncertain is
// followed by a fresh read of the order before the verdict, and a timeout by a watch of the order.
import { t } from '@lingui/core/macro';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { toast } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-client';
import { isUnauthorized } from '@/lib/query-client';
import { chargeOrder, useChargeMutation, type ChargeInput } from './api/charge-order';
import { orderKeys, orderQueryOptions, type Order } from './api/get-order';
import { rememberChargeFlow } from './charge-flow';
import type { chargeOutcome, DeclineAdvice } from './charge-outcome';
import { withPart } from '@/lib/i18n/catalogs';

/**
 * How long the order is watched after a charge timed out before paying again is offered: a held
 * charge can still complete on the server seconds after the client gave up on it.
 */
export const TIMEOUT_WATCH_MS = 2 * 60_000;
/** How often the order is read during that watch. */
export const TIMEOUT_WATCH_INTERVAL_MS = 5_000;

export type TokenVerdict =
  | { kind: 'paid'; message: string }
  /** The server has expired the order; the page keeps what it showed so the advice stays put. */
  | { kind: 'declined'; message: string; advice: DeclineAdvice; order: Order }
  /**
   * We do not know whether it was charged. `at` is when the order was read again after it;
   * until `watchUntil` the order is watched and paying again is not offered.
   */
  | { kind: 'unconfirmed'; message: string; at: number; watchUntil: number }
  /** The re-read found the order completed, expired or cancelled: the page follows the order. */
  | { kind: 'order-moved' }
  | { kind: 'not-found' }
  | { kind: 'refused'; message: string }
  /**
   * The server answered a token with a PaymentIntent: it is of today's era after all (it ignores
   * the token and charges nothing). The intent is kept and the page switches flows.
   */
  | { kind: 'payment-intent-server' };

async function chargeToVerdict(
  queryClient: QueryClient,
  order: Order,
  input: ChargeInput,
): Promise<TokenVerdict> {
  // What the answer means is only needed once it is in: fetched while the charge is out, which
  // keeps it off the payment page's first load.
  const meaning = withPart('checkout', import('./charge-outcome'));
  let settled: Parameters<typeof chargeOutcome>[0];
  try {
    settled = { ok: await chargeOrder(order.identifier, input) };
  } catch (error) {
    // The session ended (the server checks the JWT before anything is charged, so nothing was):
    // the app's 401 handler logs out, and the login brings the buyer back to this page.
    if (isUnauthorized(error)) throw error;
    settled = { error };
  }
  // A token-era "Charge successful" is never JSON: only then is the PaymentIntent code fetched.
  if (
    'ok' in settled &&
    settled.ok.status === true &&
    settled.ok.message.trimStart().startsWith('{')
  ) {
    const { parseChargeMessage } = await withPart(
      'checkout',
      import('./payment-intent/payment-intent'),
    );
    const intent = parseChargeMessage(settled.ok.message);
    if (intent) {
      (await import('./payment-intent/stored-intent')).keepIntent(order.identifier, intent);
      rememberChargeFlow('payment-intent');
      return { kind: 'payment-intent-server' };
    }
  }
  const outcome = (await meaning).chargeOutcome(settled);
  switch (outcome.kind) {
    case 'paid': {
      toast.success(outcome.message);
      await queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.identifier) });
      return outcome;
    }
    case 'declined':
      return { ...outcome, order };
    case 'not-found':
      return { kind: 'not-found' };
    case 'refused':
      return outcome;
    case 'order-state':
    case 'unknown': {
      const at = Date.now();
      const timedOut =
        'error' in settled && isApiError(settled.error) && settled.error.kind === 'timeout';
      try {
        const fresh = await queryClient.query({
          ...orderQueryOptions(order.identifier),
          staleTime: 0,
        });
        if (fresh.status === 'completed') toast.success(t`Your payment went through.`);
        if (fresh.status !== 'pending') return { kind: 'order-moved' };
      } catch {
        // The page says that it could not check either, from the order query's own state.
      }
      return {
        kind: 'unconfirmed',
        message: outcome.message,
        at,
        watchUntil: timedOut ? at + TIMEOUT_WATCH_MS : at,
      };
    }
  }
}

/** The verdict of the order's latest token or PayPal charge, and a way to send one. */
export function useTokenCharge(order: Order) {
  const queryClient = useQueryClient();
  const { latest, charging, charge } = useChargeMutation(order.identifier, (input) =>
    chargeToVerdict(queryClient, order, input),
  );
  // The PaymentIntent flow's charge shares the key (and so the guard) but not this reading.
  const mine = latest?.input !== undefined && !('paymentIntent' in latest.input);
  const verdict = mine && latest.status === 'success' ? (latest.data ?? null) : null;
  return {
    verdict,
    charging: mine && charging,
    pay: (input: ChargeInput) => charge(input) ?? Promise.resolve(),
  };
}
