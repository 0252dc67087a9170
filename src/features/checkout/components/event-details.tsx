// The top of the public event page: cover, name, when (in the event's timezone, and in the
// buyer's when their clock differs), where (with a map link), who organizes it, and the
// description as sanitized rich text. Everything the organizer typed is bidi-isolated (<bdi>),
// so a name in another script, or one ending in a direction mark, cannot reorder what follows.
import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { RichText } from '@/components/ui/rich-text';
import { formatDateRange, viewerDateRange } from '@/lib/dates';
import { eventPlace } from '@/lib/event-fields';
import type { PublicEvent } from '../api/get-public-event';
import { withTags } from '@/lib/i18n/tags';

export function EventDetails({ event }: { event: PublicEvent }) {
  const { t } = useLingui();
  const location = eventPlace(event.place);
  const local = viewerDateRange(event.startsAt, event.endsAt, event.timezone);
  return (
    <header className="event-hero">
      <EventCover src={event.cover} />
      <div className="event-hero-text">
        <h1 id="event-title">
          <bdi>{event.name}</bdi>
        </h1>
        <dl className="event-facts">
          <div>
            <dt>{t`When`}</dt>
            <dd>
              <time dateTime={event.startsAt ?? undefined}>
                {formatDateRange(event.startsAt, event.endsAt, event.timezone)}
              </time>
              {local ? <span className="event-local-time">{t`Your time: ${local}`}</span> : null}
            </dd>
          </div>
          {location ? (
            <div>
              <dt>{t`Where`}</dt>
              <dd>
                <bdi>{location}</bdi>
                {event.mapUrl ? (
                  <>
                    {' '}
                    <a href={event.mapUrl} target="_blank" rel="noopener noreferrer">
                      {withTags(t`Map<0> of the venue on OpenStreetMap</0>`, [
                        <span className="visually-hidden" />,
                      ])}
                      <span className="visually-hidden"> {t`(opens in a new tab)`}</span>
                    </a>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
          {event.organizer ? (
            <div>
              <dt>{t`Organizer`}</dt>
              <dd>
                <bdi>{event.organizer.name}</bdi>
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
    </header>
  );
}

/** The cover, or a calm colour field when there is none or it fails to load. */
function EventCover({ src }: { src: string | null }) {
  const [failed, setFailed] = useState<string | null>(null);
  const usable = src !== null && failed !== src;
  return (
    <div className={usable ? 'event-cover' : 'event-cover event-cover-fallback'}>
      {usable ? (
        // Decorative: the heading beside it names the event. Width and height reserve the space
        // (no layout shift); CSS scales any size, a 4000 px one included, to the frame.
        <img src={src} alt="" width={960} height={480} onError={() => setFailed(src)} />
      ) : null}
    </div>
  );
}

export function EventAbout({ event }: { event: PublicEvent }) {
  const { t } = useLingui();
  const organizerName = event.organizer?.name;
  return (
    <>
      {event.description ? (
        <section className="event-about" aria-labelledby="event-about-title">
          <h2 id="event-about-title">{t`About this event`}</h2>
          <RichText text={event.description} className="rich-text event-description" />
        </section>
      ) : null}
      {event.organizer?.description ? (
        <section className="event-about" aria-labelledby="event-organizer-title">
          <h2 id="event-organizer-title">
            {withTags(t`About the organizer, <0>${organizerName}</0>`, [<bdi />])}
          </h2>
          <RichText text={event.organizer.description} />
        </section>
      ) : null}
    </>
  );
}
