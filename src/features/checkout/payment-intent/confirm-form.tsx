// The Payment Element and its Pay button: one confirm at a time with Stripe.js; a decline or a
// failed 3-D Secure check leaves the same PaymentIntent open to pay again with another card. The
// element stays mounted through a decline, so what was typed is kept; focus then goes where
// ../retry-plan.ts says.
import { Trans, useLingui } from '@lingui/react/macro';
import { PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { PaymentIntentResult } from '@stripe/stripe-js';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { paths } from '@/config/paths';
import { orderKeys, type Order } from '../api/get-order';
import { declineAdviceForStripeError, type DeclineAdvice } from '../charge-outcome';
import { planRetry, type RetryFocus, type RetryPlan } from '../retry-plan';
import { readPaymentIntent, type PaymentIntent } from './payment-intent';
import { intentQueryKey } from './use-order-intent';
import { DemoTestCards } from '../stripe/demo-test-cards';
import { PayButton } from '../stripe/pay-button';

interface StripeCardError {
  code?: string | null;
  decline_code?: string | null;
  message?: string | null;
}

/**
 * What went wrong, as data: the words (advice, retry plan, messages) are made at render, so they
 * follow a switch of language.
 */
type Declined = { kind: 'declined'; error: StripeCardError; detailsKept: boolean };
type Problem =
  | Declined
  /** Stripe's answer was lost; `stripeMessage` is what Stripe.js said about it, if anything. */
  | { kind: 'unconfirmed'; stripeMessage: string | null }
  | { kind: 'not-started' };

function declined(error: StripeCardError, detailsKept: boolean): Declined {
  return {
    kind: 'declined',
    error: { code: error.code, decline_code: error.decline_code, message: error.message },
    detailsKept,
  };
}

function declineWords(problem: Declined): { advice: DeclineAdvice; plan: RetryPlan } {
  const advice = declineAdviceForStripeError(problem.error);
  return { advice, plan: planRetry(advice.kind, problem.detailsKept) };
}

export function ConfirmForm({
  order,
  intent,
  payLabel,
}: {
  order: Order;
  intent: PaymentIntent;
  payLabel: string;
}) {
  const { t } = useLingui();
  const stripe = useStripe();
  const elements = useElements();
  const queryClient = useQueryClient();
  const intentKey = intentQueryKey(order.identifier, intent.id);
  const mutationKey = [...orderKeys.detail(order.identifier), 'confirm'] as const;
  const [problem, setProblem] = useState<Problem | null>(() =>
    // Back from a failed 3-D Secure check, or a decline before a reload: say what happened. The
    // page was loaded anew, so nothing typed before is in the element.
    intent.lastError
      ? declined(
          {
            code: intent.lastError.code,
            decline_code: intent.lastError.declineCode,
            message: intent.lastError.message,
          },
          false,
        )
      : null,
  );
  // Where focus goes once the element and the Pay button can take it (a ref: it is consumed once).
  const focusWanted = useRef<RetryFocus | null>(
    problem?.kind === 'declined' ? declineWords(problem).plan.focus : null,
  );
  const payButton = useRef<HTMLButtonElement>(null);
  const [elementReady, setElementReady] = useState(false);

  const confirm = useMutation({
    mutationKey,
    mutationFn: async (): Promise<PaymentIntentResult> => {
      if (!stripe || !elements) throw new Error('Stripe has not started.');
      return stripe.confirmPayment({
        elements,
        confirmParams: {
          return_url: window.location.origin + paths.order.href(order.identifier, 'view'),
        },
        redirect: 'if_required',
      });
    },
    onSuccess: (result) => {
      if (!result.error) {
        const paid = readPaymentIntent(result.paymentIntent);
        setProblem(null);
        // The page moves on from the intent's new status (verify), read back if need be.
        if (paid) queryClient.setQueryData(intentKey, paid);
        else void queryClient.invalidateQueries({ queryKey: intentKey });
        return;
      }
      const error = result.error;
      const updated = readPaymentIntent(error.payment_intent);
      if (updated) queryClient.setQueryData(intentKey, updated);
      if (error.type === 'card_error') {
        const decline = declined(error, true);
        focusWanted.current = declineWords(decline).plan.focus;
        setProblem(decline);
      } else if (error.type === 'validation_error') {
        // The Payment Element shows the field's problem itself, beside the field.
        setProblem(null);
      } else {
        // Stripe's answer was lost: ask Stripe where the intent stands before saying more.
        setProblem({ kind: 'unconfirmed', stripeMessage: error.message ?? null });
        void queryClient.invalidateQueries({ queryKey: intentKey });
      }
    },
    onError: () => {
      setProblem({ kind: 'not-started' });
    },
  });

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click or Enter while a confirm is out sends nothing.
    if (!stripe || !elements || queryClient.isMutating({ mutationKey }) > 0) return;
    confirm.mutate();
  }

  const waiting = confirm.isPending;
  const unconfirmedMessage = (said: string | null) => {
    const stripeMessage = said ?? t`We could not reach Stripe.`;
    return t`${stripeMessage} Your payment is not confirmed yet; we are checking with Stripe.`;
  };
  useEffect(() => {
    // The Pay button is disabled while a confirm is out, and Stripe's element takes focus only
    // once it has reported ready: wait for both.
    const target = focusWanted.current;
    if (!target || waiting) return;
    if (target === 'pay') payButton.current?.focus();
    else if (elementReady) elements?.getElement('payment')?.focus();
    else return;
    focusWanted.current = null;
  }, [problem, waiting, elementReady, elements]);

  return (
    <form className="form card-payment" onSubmit={submit} noValidate>
      {problem?.kind === 'declined' ? (
        <DeclinedNotice problem={problem} />
      ) : problem ? (
        <p className="notice notice-error" role="alert">
          {problem.kind === 'unconfirmed'
            ? unconfirmedMessage(problem.stripeMessage)
            : t`Stripe has not started. Reload the page to pay.`}
        </p>
      ) : null}
      <DemoTestCards flow="payment-intent" disabled={waiting} />
      <fieldset className="card-fieldset">
        <legend>{t`Card details`}</legend>
        <PaymentElement className="card-element" onReady={() => setElementReady(true)} />
      </fieldset>
      <PayButton ref={payButton} label={payLabel} waiting={waiting} ready={stripe !== null} />
    </form>
  );
}

function DeclinedNotice({ problem }: { problem: Declined }) {
  const { advice, plan } = declineWords(problem);
  const issuerMessage = problem.error.message ?? '';
  const kept = plan.kept;
  return (
    <div className="notice notice-error" role="alert">
      <h3>{advice.title}</h3>
      <p>{advice.advice}</p>
      {issuerMessage ? (
        <p>
          <Trans>
            Your card issuer said: <q>{issuerMessage}</q>
          </Trans>
        </p>
      ) : null}
      <p>
        <Trans>This order is still open: you can pay again below. {kept}</Trans>
      </p>
    </div>
  );
}
