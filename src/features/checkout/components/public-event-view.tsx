// The public event page: details, a quantity per ticket, donation prices, the server's total, "Order now".
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice, errorMessage } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatDateRange } from '@/lib/dates';
import { currencySymbol, formatMoney, parseMoneyInput, toMajorUnits } from '@/lib/money';
import { useOrderAmount } from '../api/calculate-amount';
import { useCreateOrder } from '../api/create-order';
import { usePublicEvent, type PublicEvent, type PublicTicket } from '../api/get-public-event';
import { useTicketAvailability } from '../api/get-ticket-availability';
import { decodeSelection, encodeSelection, SELECTION_PARAM, type Selection } from '../selection';
import '../checkout.css';

interface PublicEventViewProps {
  identifier: string;
  /** Whether someone is logged in; ordering needs a login (the route knows, this feature does not). */
  isLoggedIn: boolean;
}

export function PublicEventView({ identifier, isLoggedIn }: PublicEventViewProps) {
  const event = usePublicEvent(identifier);
  useDocumentTitle(event.data?.name ?? 'Event');
  if (event.isPending) return <Loading label="Loading the event…" />;
  if (event.isError) {
    if (isApiError(event.error) && event.error.status === 404) {
      return (
        <section className="page" aria-labelledby="event-missing">
          <h1 id="event-missing">Event not found</h1>
          <p>This event does not exist, or it is not published yet.</p>
        </section>
      );
    }
    return (
      <ErrorNotice
        title="We could not load this event"
        error={event.error}
        onRetry={() => void event.refetch()}
      />
    );
  }
  const { data } = event;
  return (
    <article className="page public-event" aria-labelledby="event-title">
      <h1 id="event-title">{data.name}</h1>
      <p className="muted">{formatDateRange(data.startsAt, data.endsAt, data.timezone)}</p>
      {data.location ? <p>{data.location}</p> : null}
      {data.description ? <p className="event-description">{data.description}</p> : null}
      <section aria-labelledby="tickets-title">
        <h2 id="tickets-title">Tickets</h2>
        {data.tickets.length === 0 ? (
          <p className="muted">No tickets are on sale for this event.</p>
        ) : (
          <TicketForm event={data} isLoggedIn={isLoggedIn} />
        )}
      </section>
    </article>
  );
}

/** Donation prices as typed, so that "12." can be on its way to "12.50". */
type DonationTexts = Record<string, string>;

function initialState(event: PublicEvent, fromUrl: Selection) {
  const quantities: Record<string, number> = {};
  const donations: DonationTexts = {};
  for (const ticket of event.tickets) {
    const chosen = fromUrl.find((entry) => entry.ticketId === ticket.id);
    quantities[ticket.id] = chosen?.quantity ?? 0;
    if (ticket.type === 'donation') {
      const price = chosen?.price ?? ticket.price;
      donations[ticket.id] = String(toMajorUnits(price, event.currency));
    }
  }
  return { quantities, donations };
}

function TicketForm({ event, isLoggedIn }: { event: PublicEvent; isLoggedIn: boolean }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const [state, setState] = useState(() =>
    initialState(event, decodeSelection(searchParams.get(SELECTION_PARAM))),
  );
  const availability = useTicketAvailability(event.id);
  const createOrder = useCreateOrder();

  const donationErrors: Record<string, string> = {};
  const selection: Selection = [];
  for (const ticket of event.tickets) {
    const quantity = state.quantities[ticket.id] ?? 0;
    if (ticket.type !== 'donation') {
      if (quantity > 0) selection.push({ ticketId: ticket.id, quantity });
      continue;
    }
    const price = parseMoneyInput(state.donations[ticket.id] ?? '', event.currency);
    const max = ticket.maxPrice;
    if (price === null || price < ticket.price || (max !== null && price > max)) {
      donationErrors[ticket.id] =
        max === null
          ? `Enter an amount of at least ${formatMoney(ticket.price, event.currency)}.`
          : `Enter an amount from ${formatMoney(ticket.price, event.currency)} to ${formatMoney(max, event.currency)}.`;
      continue;
    }
    if (quantity > 0) selection.push({ ticketId: ticket.id, quantity, price });
  }
  const hasErrors = event.tickets.some(
    (ticket) => (state.quantities[ticket.id] ?? 0) > 0 && donationErrors[ticket.id] !== undefined,
  );
  const amount = useOrderAmount(event.id, hasErrors ? [] : selection, event.currency);
  // The selection lives in the URL too, so a login in the middle (an expired session) or a
  // reload brings the buyer back to the same tickets.
  const encoded = encodeSelection(selection);
  useEffect(() => {
    if ((searchParams.get(SELECTION_PARAM) ?? '') === encoded) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (encoded === '') next.delete(SELECTION_PARAM);
        else next.set(SELECTION_PARAM, encoded);
        return next;
      },
      { replace: true },
    );
  }, [encoded, searchParams, setSearchParams]);
  const [submitError, setSubmitError] = useState<string | null>(null);

  function submit(formEvent: SyntheticEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    if (createOrder.isPending) return;
    if (selection.length === 0 || hasErrors) {
      setSubmitError(
        hasErrors ? 'Fix the amount you entered first.' : 'Choose at least one ticket first.',
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
      <ul className="ticket-list">
        {event.tickets.map((ticket) => (
          <TicketRow
            key={ticket.id}
            ticket={ticket}
            currency={event.currency}
            available={availability.data?.[ticket.id]}
            quantity={state.quantities[ticket.id] ?? 0}
            donationText={state.donations[ticket.id] ?? ''}
            donationError={
              (state.quantities[ticket.id] ?? 0) > 0 ? donationErrors[ticket.id] : undefined
            }
            onQuantity={(quantity) =>
              setState((current) => ({
                ...current,
                quantities: { ...current.quantities, [ticket.id]: quantity },
              }))
            }
            onDonation={(text) =>
              setState((current) => ({
                ...current,
                donations: { ...current.donations, [ticket.id]: text },
              }))
            }
          />
        ))}
      </ul>
      <OrderTotal
        currency={event.currency}
        empty={selection.length === 0}
        invalid={hasErrors}
        amount={amount}
      />
      {submitError ? (
        <p className="form-error" role="alert">
          {submitError}
        </p>
      ) : null}
      {!isLoggedIn ? (
        <p className="muted">You will be asked to log in; your selection is kept.</p>
      ) : null}
      <button
        type="submit"
        className="button button-primary"
        disabled={createOrder.isPending}
        aria-disabled={selection.length === 0 || hasErrors}
      >
        {createOrder.isPending ? 'Placing your order…' : 'Order now'}
      </button>
    </form>
  );
}

function orderErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'unverified-user') {
      return 'Please verify your email address before ordering free tickets. Check your inbox for the confirmation link.';
    }
    // A 4xx detail explains the refusal (sold out...); a 5xx detail is the server's internals.
    if (error.kind === 'http' && error.status < 500 && error.detail) return error.detail;
  }
  return errorMessage(error);
}

interface TicketRowProps {
  ticket: PublicTicket;
  currency: string;
  available: number | undefined;
  quantity: number;
  donationText: string;
  donationError: string | undefined;
  onQuantity: (quantity: number) => void;
  onDonation: (text: string) => void;
}

function quantityOptions(ticket: PublicTicket, available: number | undefined): number[] {
  const max = Math.min(ticket.maxOrder, available ?? ticket.quantity);
  const options = [0];
  for (let quantity = ticket.minOrder; quantity <= max; quantity += 1) options.push(quantity);
  return options;
}

function TicketRow(props: TicketRowProps) {
  const { ticket, currency, available, quantity } = props;
  const quantityId = `quantity-${ticket.id}`;
  const donationId = `donation-${ticket.id}`;
  const donationErrorId = `${donationId}-error`;
  const options = quantityOptions(ticket, available);
  const soldOut = available !== undefined && available < ticket.minOrder;
  return (
    <li className="ticket-row">
      <div className="ticket-info">
        <span className="ticket-name">{ticket.name}</span>{' '}
        <span className="ticket-price">{ticketPrice(ticket, currency)}</span>
        {ticket.description ? <p className="muted">{ticket.description}</p> : null}
      </div>
      <div className="ticket-controls">
        {soldOut ? (
          <p className="muted">Sold out</p>
        ) : (
          <div className="field">
            <label htmlFor={quantityId}>Quantity of {ticket.name}</label>
            <select
              id={quantityId}
              value={options.includes(quantity) ? quantity : 0}
              onChange={(event) => props.onQuantity(Number(event.target.value))}
            >
              {options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        )}
        {ticket.type === 'donation' && !soldOut ? (
          <div className="field">
            <label htmlFor={donationId}>
              Your price for {ticket.name} ({currencySymbol(currency)})
            </label>
            <input
              id={donationId}
              inputMode="decimal"
              value={props.donationText}
              aria-invalid={props.donationError ? true : undefined}
              aria-describedby={props.donationError ? donationErrorId : undefined}
              onChange={(event) => props.onDonation(event.target.value)}
            />
            {props.donationError ? (
              <p id={donationErrorId} className="field-error">
                {props.donationError}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
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
  let text: string;
  if (invalid) text = 'Fix the amount above to see the total.';
  else if (empty) text = 'Choose at least one ticket.';
  else if (amount.isError) text = `We could not work out the total: ${errorMessage(amount.error)}`;
  else if (amount.data === undefined) text = 'Working out the total…';
  else text = `Total: ${formatMoney(amount.data.total, currency)}`;
  return (
    <p className="order-total" role="status" aria-live="polite">
      {text}
    </p>
  );
}

function ticketPrice(ticket: PublicTicket, currency: string): string {
  if (ticket.type === 'free') return 'Free';
  if (ticket.type === 'donation') {
    const min = formatMoney(ticket.price, currency);
    return ticket.maxPrice == null
      ? `Pay what you want, from ${min}`
      : `Pay what you want, ${min} to ${formatMoney(ticket.maxPrice, currency)}`;
  }
  return formatMoney(ticket.price, currency);
}
