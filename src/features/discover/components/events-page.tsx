// `/`: upcoming public events, soonest first, with a search by name and an online/venue filter,
// both kept in the URL, and paging by the server's count (docs/events-page.md).
import type { MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useId, type SyntheticEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { formatDateRange } from '@/lib/dates';
import { eventPlace } from '@/lib/event-fields';
import { useEvents, type EventCard } from '../api/get-events';
import {
  MAX_SEARCH_LENGTH,
  PAGE_SIZE,
  pageCount,
  readListQuery,
  writeListQuery,
  type ListQuery,
  type Where,
} from '../list-query';
import { priceRange } from '../price-range';
import '../discover.css';

const WHERE_LABELS: Record<Where, MessageDescriptor> = {
  all: msg`Online and at a venue`,
  online: msg`Online`,
  venue: msg`At a venue`,
};

/** `/e/<identifier>`: the event page's path, passed in so this feature needs no other. */
export type EventHref = (identifier: string) => string;

export function EventsPage({ eventHref }: { eventHref: EventHref }) {
  const { t } = useLingui();
  const [params, setParams] = useSearchParams();
  const query = readListQuery(params);
  const events = useEvents(query);
  const titleId = useId();

  const go = (next: ListQuery) => setParams(writeListQuery(next));

  let body;
  if (events.isPending) {
    body = <Loading label={t`Loading upcoming events…`} />;
  } else if (events.isError && !events.data) {
    body = (
      <ErrorNotice
        title={t`We could not load the events`}
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  } else {
    // `shown`: what the list on screen answers, the URL's query once it has loaded.
    const { events: list, count, query: shown } = events.data;
    const hasFilters = shown.search !== '' || shown.where !== 'all';
    const pages = pageCount(count);
    if (list.length === 0 && count > 0 && query.page > pages) {
      // Past the end (an old link, or events that have since ended): the last page instead.
      return <Navigate to={`?${writeListQuery({ ...query, page: pages }).toString()}`} replace />;
    }
    body = (
      <>
        <p className="muted" role="status">
          {summary(count, shown)}
        </p>
        {events.isError ? (
          <ErrorNotice
            title={t`We could not load the next events`}
            error={events.error}
            onRetry={() => void events.refetch()}
          />
        ) : null}
        {list.length === 0 ? (
          <div className="empty-state">
            <p>{emptyText(shown)}</p>
            {hasFilters ? <Link to="/">{t`Show all upcoming events`}</Link> : null}
          </div>
        ) : (
          <ul className="discover-list" aria-busy={events.isPlaceholderData}>
            {list.map((event) => (
              <EventCardItem
                key={event.identifier}
                event={event}
                href={eventHref(event.identifier)}
              />
            ))}
          </ul>
        )}
        {pages > 1 ? <Pager query={query} pages={pages} /> : null}
      </>
    );
  }

  return (
    <section className="page discover-page" aria-labelledby={titleId}>
      <h1 id={titleId}>{t`Upcoming events`}</h1>
      <SearchForm query={query} onSearch={go} />
      {body}
    </section>
  );
}

// summary and emptyText are called at render: their words are in the language active then.
function summary(count: number, query: ListQuery): string {
  if (count === 0) return t`No events found.`;
  const first = (query.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(count, query.page * PAGE_SIZE);
  return count <= PAGE_SIZE
    ? t`${plural(count, { one: '# upcoming event.', other: '# upcoming events.' })}`
    : t`Events ${first} to ${last} of ${count}.`;
}

function emptyText(query: ListQuery): string {
  const search = query.search;
  if (search) {
    if (query.where === 'online') return t`No upcoming events online match “${search}”.`;
    if (query.where === 'venue') return t`No upcoming events at a venue match “${search}”.`;
    return t`No upcoming events match “${search}”.`;
  }
  if (query.where === 'online') return t`No upcoming events online.`;
  if (query.where === 'venue') return t`No upcoming events at a venue.`;
  return t`No upcoming events yet. Check back soon.`;
}

function SearchForm({
  query,
  onSearch,
}: {
  query: ListQuery;
  onSearch: (next: ListQuery) => void;
}) {
  const { t, i18n } = useLingui();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get('q');
    const search = (typeof typed === 'string' ? typed : '').trim().slice(0, MAX_SEARCH_LENGTH);
    onSearch({ search, where: query.where, page: 1 });
  };
  return (
    <form role="search" aria-label={t`Events`} className="discover-search" onSubmit={submit}>
      <div className="field">
        <label htmlFor="discover-q">{t`Search events by name`}</label>
        {/* Keyed by the URL's text: back and forward put the search they had back in the box. */}
        <input
          key={query.search}
          id="discover-q"
          name="q"
          type="search"
          defaultValue={query.search}
          maxLength={MAX_SEARCH_LENGTH}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="discover-where">{t`Where`}</label>
        <select
          id="discover-where"
          value={query.where}
          onChange={(event) => onSearch({ ...query, where: event.target.value as Where, page: 1 })}
        >
          {(Object.keys(WHERE_LABELS) as Where[]).map((where) => (
            <option key={where} value={where}>
              {i18n._(WHERE_LABELS[where])}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary">
        {t`Search`}
      </button>
    </form>
  );
}

function EventCardItem({ event, href }: { event: EventCard; href: string }) {
  const { t } = useLingui();
  const nameId = useId();
  const place = eventPlace({ online: event.online, locationName: event.venue });
  const price = priceRange(event.tickets, event.currency);
  return (
    <li className="discover-card">
      <article aria-labelledby={nameId}>
        {event.cover ? (
          // Decorative: the name beside it says what the event is.
          <img
            className="discover-cover"
            src={event.cover}
            alt=""
            loading="lazy"
            width="480"
            height="240"
          />
        ) : (
          <div className="discover-cover discover-cover-none" aria-hidden="true" />
        )}
        <div className="discover-card-body">
          <h2 id={nameId} className="discover-card-title">
            <Link to={href}>
              <bdi>{event.name}</bdi>
            </Link>
          </h2>
          <p>{formatDateRange(event.startsAt, event.endsAt, event.timezone)}</p>
          <p className="muted">{place || t`Venue to be announced`}</p>
          {price ? <p className="discover-price">{price}</p> : null}
        </div>
      </article>
    </li>
  );
}

function Pager({ query, pages }: { query: ListQuery; pages: number }) {
  const { t } = useLingui();
  const page = query.page;
  const link = (page: number) => `?${writeListQuery({ ...query, page }).toString()}`;
  return (
    <nav className="discover-pager" aria-label={t`Pages of events`}>
      {query.page > 1 ? (
        <Link to={link(query.page - 1)} rel="prev">
          {t`Previous page`}
        </Link>
      ) : (
        <span />
      )}
      <span>{t`Page ${page} of ${pages}`}</span>
      {query.page < pages ? (
        <Link to={link(query.page + 1)} rel="next">
          {t`Next page`}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
