import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { formatDateRange } from '@/lib/dates';
import { useMyEvents, type EventSummary } from '../api/get-my-events';

export function MyEventsList({ userId }: { userId: string }) {
  const { t } = useLingui();
  const events = useMyEvents(userId);
  if (events.isPending) return <Loading label={t`Loading your events…`} />;
  if (events.isError) {
    return (
      <ErrorNotice
        title={t`We could not load your events`}
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  }
  if (events.data.length === 0) {
    return (
      <div className="empty-state">
        <p>
          <Trans>You have no events yet.</Trans>
        </p>
        <Link className="button button-primary" to={paths.createEvent.href()}>
          <Trans>Create your first event</Trans>
        </Link>
      </div>
    );
  }
  const drafts = events.data.filter((event) => event.state === 'draft');
  const published = events.data.filter((event) => event.state === 'published');
  return (
    <>
      <EventGroup
        id="published"
        title={t`Published`}
        events={published}
        emptyText={t`No published events yet.`}
      />
      <EventGroup id="drafts" title={t`Drafts`} events={drafts} emptyText={t`No drafts.`} />
    </>
  );
}

function EventGroup({
  id,
  title,
  events,
  emptyText,
}: {
  /** Names the group's heading (`events-<id>`), the same in every language. */
  id: string;
  title: string;
  events: EventSummary[];
  emptyText: string;
}) {
  const { t } = useLingui();
  const headingId = `events-${id}`;
  return (
    <section aria-labelledby={headingId} className="event-group">
      <h2 id={headingId}>{title}</h2>
      {events.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="event-list">
          {events.map((event) => {
            const eventName = event.name;
            return (
              <li key={event.id} className="event-card">
                <h3>{eventName}</h3>
                <p className="muted">
                  {formatDateRange(event.startsAt, event.endsAt, event.timezone)}
                </p>
                <p className="event-card-actions">
                  <Link to={paths.editEvent.href(event.id)} aria-label={t`Edit ${eventName}`}>
                    <Trans>Edit</Trans>
                  </Link>
                  {event.state === 'published' ? (
                    <Link
                      to={paths.publicEvent.href(event.identifier)}
                      aria-label={t`Public page of ${eventName}`}
                    >
                      <Trans>Public page</Trans>
                    </Link>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
