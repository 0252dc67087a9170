// The Payment Element and its Pay button: one confirm at a time with Stripe.js; a decline or a
// failed 3-D Secure check leaves the same PaymentIntent open to pay again with another card.
import { PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { PaymentIntentResult } from '@stripe/stripe-js';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { paths } from '@/config/paths';
import { orderKeys, type Order } from '../api/get-order';
import { declineAdviceForStripeError, type DeclineAdvice } from '../charge-outcome';
import { readPaymentIntent, type PaymentIntent } from './payment-intent';
import { intentQueryKey } from './use-order-intent';
import { PayButton } from '../stripe/pay-button';

type Problem =
  | { kind: 'declined'; advice: DeclineAdvice; message: string }
  | { kind: 'message'; message: string };

export function ConfirmForm({
  order,
  intent,
  payLabel,
}: {
  order: Order;
  intent: PaymentIntent;
  payLabel: string;
}) {
  const stripe = useStripe();
  const elements = useElements();
  const queryClient = useQueryClient();
  const intentKey = intentQueryKey(order.identifier, intent.id);
  const mutationKey = [...orderKeys.detail(order.identifier), 'confirm'] as const;
  const [problem, setProblem] = useState<Problem | null>(() =>
    // Back from a failed 3-D Secure check, or a decline before a reload: say what happened.
    intent.lastError
      ? {
          kind: 'declined',
          advice: declineAdviceForStripeError({
            code: intent.lastError.code,
            decline_code: intent.lastError.declineCode,
            message: intent.lastError.message,
          }),
          message: intent.lastError.message,
        }
      : null,
  );

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
        setProblem({
          kind: 'declined',
          advice: declineAdviceForStripeError(error),
          message: error.message ?? '',
        });
      } else if (error.type === 'validation_error') {
        // The Payment Element shows the field's problem itself, beside the field.
        setProblem(null);
      } else {
        // Stripe's answer was lost: ask Stripe where the intent stands before saying more.
        setProblem({
          kind: 'message',
          message: `${error.message ?? 'We could not reach Stripe.'} Your payment is not confirmed yet; we are checking with Stripe.`,
        });
        void queryClient.invalidateQueries({ queryKey: intentKey });
      }
    },
    onError: () => {
      setProblem({ kind: 'message', message: 'Stripe has not started. Reload the page to pay.' });
    },
  });

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click or Enter while a confirm is out sends nothing.
    if (!stripe || !elements || queryClient.isMutating({ mutationKey }) > 0) return;
    confirm.mutate();
  }

  const waiting = confirm.isPending;
  return (
    <form className="form card-payment" onSubmit={submit} noValidate>
      {problem?.kind === 'declined' ? (
        <div className="notice notice-error" role="alert">
          <h3>{problem.advice.title}</h3>
          <p>{problem.advice.advice}</p>
          {problem.message ? (
            <p>
              Your card issuer said: <q>{problem.message}</q>
            </p>
          ) : null}
          <p>This order is still open: you can pay again below.</p>
        </div>
      ) : problem ? (
        <p className="notice notice-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <fieldset className="card-fieldset">
        <legend>Card details</legend>
        <PaymentElement className="card-element" />
      </fieldset>
      <PayButton label={payLabel} waiting={waiting} ready={stripe !== null} />
    </form>
  );
}
