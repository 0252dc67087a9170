// The public event page: details, a quantity per ticket, donation prices, the server's total, "Order now".
// The tickets and the order are the ticket form's (ticket-form.tsx); the selection, and what a
// link's selection became, is use-ticket-selection.ts's.
import { useLingui } from '@lingui/react/macro';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { isApiError } from '@/lib/api-client';
import { usePublicEvent } from '../api/get-public-event';
import { EventAbout, EventDetails } from './event-details';
import { TicketForm } from './ticket-form';
import '../checkout.css';

interface PublicEventViewProps {
  identifier: string;
  /** Whether someone is logged in; ordering needs a login (the route knows, this feature does not). */
  isLoggedIn: boolean;
}

export function PublicEventView({ identifier, isLoggedIn }: PublicEventViewProps) {
  const { t } = useLingui();
  const event = usePublicEvent(identifier);
  useDocumentTitle(event.data?.name ?? t`Event`);
  if (event.isPending) return <Loading label={t`Loading the event…`} />;
  if (event.isError) {
    if (isApiError(event.error) && event.error.status === 404) {
      return (
        <section className="page" aria-labelledby="event-missing">
          <h1 id="event-missing">{t`Event not found`}</h1>
          <p>{t`This event does not exist, or it is not published yet.`}</p>
        </section>
      );
    }
    return (
      <ErrorNotice
        title={t`We could not load this event`}
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
        <h2 id="tickets-title">{t`Tickets`}</h2>
        {data.tickets.length === 0 ? (
          <p className="muted">{t`No tickets are on sale for this event.`}</p>
        ) : (
          <TicketForm event={data} isLoggedIn={isLoggedIn} />
        )}
      </section>
    </article>
  );
}
