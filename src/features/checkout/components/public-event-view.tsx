import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { isApiError } from '@/lib/api-client';
import { formatDateRange } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import { usePublicEvent, type PublicTicket } from '../api/get-public-event';

export function PublicEventView({ identifier }: { identifier: string }) {
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
          <ul className="ticket-list">
            {data.tickets.map((ticket) => (
              <li key={ticket.id}>
                <span className="ticket-name">{ticket.name}</span>{' '}
                <span className="ticket-price">{ticketPrice(ticket, data.currency)}</span>
                {ticket.description ? <p className="muted">{ticket.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
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
