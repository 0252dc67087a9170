// The public event page: details, a quantity per ticket, donation prices, the server's total, "Order now".
// A selection from the URL (a shared link, the way back from logging in) is brought within what
// each ticket allows, and the buyer is told what changed.
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice, errorMessage } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { clampQuantity } from '@/components/ui/quantity-stepper';
import { formatMoney, parseMoneyInput, toMajorUnits } from '@/lib/money';
import { useOrderAmount } from '../api/calculate-amount';
import { useCreateOrder } from '../api/create-order';
import { usePublicEvent, type PublicEvent } from '../api/get-public-event';
import { useTicketAvailability } from '../api/get-ticket-availability';
import { decodeSelection, encodeSelection, SELECTION_PARAM, type Selection } from '../selection';
import { EventAbout, EventDetails } from './event-details';
import { saleState, TicketCard, type SaleState } from './ticket-card';
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
      <EventDetails event={data} />
      <EventAbout event={data} />
      <section className="event-tickets" aria-labelledby="tickets-title">
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
  return { quantities, donations, touched: new Set<string>() };
}

/** Why a quantity asked for in the link could not be kept, in a sentence; null when it was. */
function adjustment(name: string, asked: number, sale: SaleState, kept: number): string | null {
  if (kept === asked) return null;
  if (sale.kind === 'sold-out') return `${name} is sold out.`;
  if (sale.kind === 'ended') return `Sales of ${name} have ended.`;
  if (sale.kind === 'not-yet') return `${name} is not on sale yet.`;
  if (asked < sale.min)
    return `${name} is sold at least ${sale.min} per order, so you have ${kept}.`;
  if (sale.left !== undefined && asked > sale.left)
    return `Only ${sale.left} of ${name} are left, so you have ${kept}.`;
  return `${name} is limited to ${sale.max} per order, so you have ${kept}.`;
}

function TicketForm({ event, isLoggedIn }: { event: PublicEvent; isLoggedIn: boolean }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const [fromUrl] = useState(() => decodeSelection(searchParams.get(SELECTION_PARAM)));
  const [state, setState] = useState(() => initialState(event, fromUrl));
  const [now] = useState(Date.now);
  const availability = useTicketAvailability(event.id);
  const createOrder = useCreateOrder();

  // Each quantity within what its ticket allows now; a link asking for more is told why not.
  const sales: Record<string, SaleState> = {};
  const quantities: Record<string, number> = {};
  const adjustments: string[] = [];
  for (const ticket of event.tickets) {
    const sale = saleState(ticket, availability.data?.[ticket.id], now);
    sales[ticket.id] = sale;
    const wanted = state.quantities[ticket.id] ?? 0;
    const kept = sale.kind === 'on-sale' ? clampQuantity(wanted, sale.min, sale.max) : 0;
    quantities[ticket.id] = kept;
    const asked = fromUrl.find((entry) => entry.ticketId === ticket.id)?.quantity;
    if (asked !== undefined && !state.touched.has(ticket.id)) {
      const why = adjustment(ticket.name, asked, sale, kept);
      if (why) adjustments.push(why);
    }
  }
  if (fromUrl.some((entry) => !event.tickets.some((ticket) => ticket.id === entry.ticketId))) {
    adjustments.push('A ticket in the link you followed is no longer offered.');
  }

  const donationErrors: Record<string, string> = {};
  const selection: Selection = [];
  for (const ticket of event.tickets) {
    const quantity = quantities[ticket.id] ?? 0;
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
    (ticket) => (quantities[ticket.id] ?? 0) > 0 && donationErrors[ticket.id] !== undefined,
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
      {adjustments.length > 0 ? (
        <div className="notice notice-warning" role="status">
          <p>We changed the tickets from your link to what can be ordered:</p>
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
            donationText={state.donations[ticket.id] ?? ''}
            donationError={(quantities[ticket.id] ?? 0) > 0 ? donationErrors[ticket.id] : undefined}
            onQuantity={(quantity) =>
              setState((current) => ({
                ...current,
                quantities: { ...current.quantities, [ticket.id]: quantity },
                touched: new Set(current.touched).add(ticket.id),
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
      {submitError ? (
        <p className="form-error" role="alert">
          {submitError}
        </p>
      ) : null}
      {!isLoggedIn ? (
        <p className="muted">You will be asked to log in; your selection is kept.</p>
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
          {createOrder.isPending ? 'Placing your order…' : 'Order now'}
        </button>
      </div>
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
