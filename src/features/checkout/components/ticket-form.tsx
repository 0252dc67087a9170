// The public event page's order form: the tickets, the server's total, and "Order now", which
// asks for a login first (keeping the selection) and then creates the order.
import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '@/components/ui/error-notice';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatMoney } from '@/lib/money';
import { useOrderAmount } from '../api/calculate-amount';
import { useCreateOrder } from '../api/create-order';
import type { PublicEvent } from '../api/get-public-event';
import { encodeSelection, SELECTION_PARAM } from '../selection';
import { TicketCard } from './ticket-card';
import { useTicketSelection } from './use-ticket-selection';

export function TicketForm({ event, isLoggedIn }: { event: PublicEvent; isLoggedIn: boolean }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const createOrder = useCreateOrder();
  const {
    sales,
    quantities,
    donations,
    donationErrors,
    adjustments,
    selection,
    hasErrors,
    setQuantity,
    setDonation,
  } = useTicketSelection(event);
  const amount = useOrderAmount(event.id, hasErrors ? [] : selection, event.currency);
  const [submitError, setSubmitError] = useState<string | null>(null);

  function submit(formEvent: SyntheticEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    if (createOrder.isPending) return;
    if (selection.length === 0 || hasErrors) {
      setSubmitError(
        hasErrors ? t`Fix the amount you entered first.` : t`Choose at least one ticket first.`,
      );
      return;
    }
    if (!isLoggedIn) {
      // The selection rides along in the URL, so it is intact when login sends the buyer back.
      const back = `${paths.publicEvent.href(event.identifier)}?${SELECTION_PARAM}=${encodeSelection(selection)}`;
      void navigate(paths.login.href(back));
      return;
    }
    setSubmitError(null);
    createOrder.mutate(
      { selection, currency: event.currency },
      {
        onSuccess: (orderIdentifier) => void navigate(paths.order.href(orderIdentifier, 'new')),
        onError: (error) => setSubmitError(orderErrorMessage(error)),
      },
    );
  }

  return (
    <form className="form ticket-form" onSubmit={submit} noValidate>
      {adjustments.length > 0 ? (
        <div className="notice notice-warning" role="status">
          <p>{t`We changed the tickets from your link to what can be ordered:`}</p>
          <ul>
            {adjustments.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="ticket-list">
        {event.tickets.map((ticket) => (
          <TicketCard
            key={ticket.id}
            ticket={ticket}
            currency={event.currency}
            timezone={event.timezone}
            sale={sales[ticket.id] ?? { kind: 'sold-out' }}
            quantity={quantities[ticket.id] ?? 0}
            donationText={donations[ticket.id] ?? ''}
            donationError={(quantities[ticket.id] ?? 0) > 0 ? donationErrors[ticket.id] : undefined}
            onQuantity={(quantity) => setQuantity(ticket.id, quantity)}
            onDonation={(text) => setDonation(ticket.id, text)}
          />
        ))}
      </ul>
      {submitError ? (
        // FormError's markup (src/components/ui/field.tsx), written out for the same reason as
        // the donation field in ./ticket-card.tsx.
        <p className="form-error" role="alert">
          {submitError}
        </p>
      ) : null}
      {!isLoggedIn ? (
        <p className="muted">{t`You will be asked to log in; your selection is kept.`}</p>
      ) : null}
      {/* On a phone this bar stays at the bottom of the screen while the tickets scroll. */}
      <div className="order-bar">
        <OrderTotal
          currency={event.currency}
          empty={selection.length === 0}
          invalid={hasErrors}
          amount={amount}
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={createOrder.isPending}
          aria-disabled={selection.length === 0 || hasErrors}
        >
          {createOrder.isPending ? t`Placing your order…` : t`Order now`}
        </button>
      </div>
    </form>
  );
}

/** Made when the order fails, in the language active then. */
function orderErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'unverified-user') {
      return t`Please verify your email address before ordering free tickets. Check your inbox for the confirmation link.`;
    }
    // A 4xx detail explains the refusal (sold out...); a 5xx detail is the server's internals.
    if (error.kind === 'http' && error.status < 500 && error.detail) return error.detail;
  }
  return errorMessage(error);
}

function OrderTotal({
  currency,
  empty,
  invalid,
  amount,
}: {
  currency: string;
  empty: boolean;
  invalid: boolean;
  amount: ReturnType<typeof useOrderAmount>;
}) {
  const { t } = useLingui();
  let text: string;
  if (invalid) text = t`Fix the amount above to see the total.`;
  else if (empty) text = t`Choose at least one ticket.`;
  else if (amount.isError) {
    const reason = errorMessage(amount.error);
    text = t`We could not work out the total: ${reason}`;
  } else if (amount.data === undefined) text = t`Working out the total…`;
  else {
    const total = formatMoney(amount.data.total, currency);
    text = t`Total: ${total}`;
  }
  return (
    <p className="order-total" role="status" aria-live="polite">
      {text}
    </p>
  );
}
