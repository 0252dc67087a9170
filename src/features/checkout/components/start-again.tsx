// "Start a new order with the same tickets": after a decline or an expiry the server has released the
// tickets, so a new order is made from the selection kept when the first one was created.
import { useLingui } from '@lingui/react/macro';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '@/components/ui/error-notice';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useCreateOrder } from '../api/create-order';
import type { Order } from '../api/get-order';
import {
  encodeSelection,
  recallOrderSelection,
  rememberOrderHolders,
  SELECTION_PARAM,
  type Selection,
} from '../selection';

/** The kept selection, or the order's lines when it is gone (donation prices cannot be rebuilt). */
function sameTickets(order: Order): Selection {
  const kept = recallOrderSelection(order.identifier);
  if (kept.length > 0) return kept;
  return order.lines
    .filter((line) => line.ticket.type !== 'donation')
    .map((line) => ({ ticketId: line.ticket.id, quantity: line.quantity }));
}

export function StartAgain({ order }: { order: Order }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const createOrder = useCreateOrder();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  const selection = sameTickets(order);
  const eventHref =
    paths.publicEvent.href(order.event.identifier) +
    (selection.length > 0 ? `?${SELECTION_PARAM}=${encodeSelection(selection)}` : '');

  function start() {
    if (started.current) return;
    started.current = true;
    setError(null);
    createOrder.mutate(
      { selection, currency: order.currency },
      {
        onSuccess: (identifier) => {
          // The names typed for this order fill the new one's attendee form.
          rememberOrderHolders(
            identifier,
            order.attendees.map(({ ticketId, firstname, lastname, email }) => ({
              ticketId,
              firstname,
              lastname,
              email,
            })),
          );
          void navigate(paths.order.href(identifier, 'new'));
        },
        onError: (failure) => {
          started.current = false;
          setError(isApiError(failure) && failure.detail ? failure.detail : errorMessage(failure));
        },
      },
    );
  }

  return (
    <div className="start-again">
      {selection.length > 0 ? (
        <button
          type="button"
          className="button button-primary"
          onClick={start}
          disabled={createOrder.isPending}
        >
          {createOrder.isPending
            ? t`Starting a new order…`
            : t`Start a new order with the same tickets`}
        </button>
      ) : null}
      <Link className="button" to={eventHref}>
        {t`Choose tickets again`}
      </Link>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
