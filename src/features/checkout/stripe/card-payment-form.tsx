// The card form of the payment page: <Elements> with the organizer's key, Stripe's card element,
// and a Pay button that creates one token per press. A lazily loaded chunk: Stripe code lives here only.
// The element stays mounted after a charge that did not go through, so what was typed is kept, and
// focus goes where ../retry-plan.ts says.
import { useLingui } from '@lingui/react/macro';
import { CardElement, Elements, useElements, useStripe } from '@stripe/react-stripe-js';
import type { StripeCardElementOptions, StripeElementLocale } from '@stripe/stripe-js';
import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { planRetry } from '../retry-plan';
import { DemoTestCards } from './demo-test-cards';
import { WithStripe } from './with-stripe';
import { PayButton } from './pay-button';

export interface CardPaymentFormProps {
  publishableKey: string;
  /** "Pay $25.00". */
  payLabel: string;
  /** True while a charge is being sent or its outcome is awaited: no new attempt may start. */
  locked: boolean;
  /** Called with the token id; resolves once the charge has been handled. */
  onToken: (tokenId: string) => Promise<void>;
  /** Shown when Stripe cannot start (blocked, offline): the event's other ways to pay. */
  unavailable?: ReactNode;
}

/** Stable: a new options object on every render would make Stripe update the element each time. */
const CARD_OPTIONS: StripeCardElementOptions = { hidePostalCode: true };

export function CardPaymentForm(props: CardPaymentFormProps) {
  // Stripe's element speaks the page's language, and follows a switch of it (Elements updates).
  const { i18n } = useLingui();
  const locale = (i18n.locale || 'auto') as StripeElementLocale;
  return (
    <WithStripe publishableKey={props.publishableKey} unavailable={props.unavailable}>
      {(stripe) => (
        <Elements stripe={stripe} options={{ locale }}>
          <CardForm {...props} />
        </Elements>
      )}
    </WithStripe>
  );
}

function CardForm({ payLabel, locked, onToken }: CardPaymentFormProps) {
  const { t } = useLingui();
  const stripe = useStripe();
  const elements = useElements();
  const errorId = useId();
  const [cardError, setCardError] = useState<string | null>(null);
  const [tokenizing, setTokenizing] = useState(false);
  /** What was kept after a charge that left the order open (refused, or not confirmed). */
  const [keptNote, setKeptNote] = useState<string | null>(null);
  // A ref, not state: a second click or Enter can arrive before React re-renders the button.
  const busy = useRef(false);
  const payButton = useRef<HTMLButtonElement>(null);
  /** Set when a charge came back with the order still open: the Pay button gets focus next. */
  const focusPay = useRef(false);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current || locked || !stripe || !elements) return;
    const card = elements.getElement(CardElement);
    if (!card) return;
    busy.current = true;
    setTokenizing(true);
    try {
      const result = await stripe.createToken(card);
      if (result.error) {
        setCardError(result.error.message ?? t`Check your card details.`);
        // Stripe marks the field at fault; the element takes focus as a whole.
        card.focus();
        return;
      }
      setCardError(null);
      setKeptNote(null);
      await onToken(result.token.id);
      // Still here: the charge neither paid nor closed the order (those leave this page).
      const plan = planRetry('not-confirmed', true);
      focusPay.current = plan.focus === 'pay';
      setKeptNote(plan.kept);
    } finally {
      busy.current = false;
      setTokenizing(false);
    }
  }

  const waiting = tokenizing || locked;
  useEffect(() => {
    // The button is disabled (and may be hidden, see ../components/payment-step.tsx) while the
    // order is being checked: focus it once paying again is offered.
    if (!focusPay.current || waiting) return;
    payButton.current?.focus();
    focusPay.current = false;
  }, [keptNote, waiting]);
  return (
    <form className="form card-payment" onSubmit={(event) => void submit(event)} noValidate>
      <DemoTestCards flow="token" disabled={waiting} />
      <fieldset className="card-fieldset" aria-describedby={cardError ? errorId : undefined}>
        <legend>{t`Card details`}</legend>
        <CardElement
          className="card-element"
          options={CARD_OPTIONS}
          onChange={(change) => setCardError(change.error?.message ?? null)}
        />
      </fieldset>
      {cardError ? (
        <p id={errorId} className="field-error" role="alert">
          {cardError}
        </p>
      ) : null}
      {keptNote && !waiting ? (
        <p className="muted" role="status">
          {keptNote}
        </p>
      ) : null}
      <PayButton ref={payButton} label={payLabel} waiting={waiting} ready={stripe !== null} />
    </form>
  );
}
