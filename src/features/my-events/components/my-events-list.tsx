import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { formatDateRange } from '@/lib/dates';
import { useMyEvents, type EventSummary } from '../api/get-my-events';

export function MyEventsList({ userId }: { userId: string }) {
  const events = useMyEvents(userId);
  if (events.isPending) return <Loading label="Loading your events…" />;
  if (events.isError) {
    return (
      <ErrorNotice
        title="We could not load your events"
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  }
  if (events.data.length === 0) {
    return (
      <div className="empty-state">
        <p>You have no events yet.</p>
        <Link className="button button-primary" to={paths.createEvent.href()}>
          Create your first event
        </Link>
      </div>
    );
  }
  const drafts = events.data.filter((event) => event.state === 'draft');
  const published = events.data.filter((event) => event.state === 'published');
  return (
    <>
      <EventGroup title="Published" events={published} emptyText="No published events yet." />
      <EventGroup title="Drafts" events={drafts} emptyText="No drafts." />
    </>
  );
}

function EventGroup({
  title,
  events,
  emptyText,
}: {
  title: string;
  events: EventSummary[];
  emptyText: string;
}) {
  const headingId = `events-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="event-group">
      <h2 id={headingId}>{title}</h2>
      {events.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="event-list">
          {events.map((event) => (
            <li key={event.id} className="event-card">
              <h3>{event.name}</h3>
              <p className="muted">
                {formatDateRange(event.startsAt, event.endsAt, event.timezone)}
              </p>
              <p className="event-card-actions">
                <Link to={paths.editEvent.href(event.id)} aria-label={`Edit ${event.name}`}>
                  Edit
                </Link>
                {event.state === 'published' ? (
                  <Link
                    to={paths.publicEvent.href(event.identifier)}
                    aria-label={`Public page of ${event.name}`}
                  >
                    Public page
                  </Link>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
