// Date formatting in an event's own timezone (the server sends tz-aware ISO 8601).

import { t } from '@lingui/core/macro';
import { dateTimeFormat } from './intl-cache';

export function formatDateRange(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
  timeZone: string | null | undefined,
  locale?: string,
): string {
  if (!startsAt) return t`Date to be announced`;
  const zone = safeTimeZone(timeZone);
  const format = dateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  });
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return t`Date to be announced`;
  const end = endsAt ? new Date(endsAt) : null;
  const range =
    end && !Number.isNaN(end.getTime()) ? format.formatRange(start, end) : format.format(start);
  return `${range} (${zone})`;
}

function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    dateTimeFormat(undefined, { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The viewer's own timezone as the browser reports it, or null when it cannot. */
export function viewerTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * The range again in the viewer's timezone, when their clock shows another time than the event's
 * at its start; null when both read the same (or nothing is known), so it is said only once.
 */
export function viewerDateRange(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
  eventTimeZone: string | null | undefined,
  viewerZone: string | null = viewerTimeZone(),
  locale?: string,
): string | null {
  if (!startsAt || !viewerZone) return null;
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return null;
  const zone = safeTimeZone(eventTimeZone);
  const viewer = safeTimeZone(viewerZone);
  const wallClock = (timeZone: string) =>
    dateTimeFormat('en-US', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(start);
  if (wallClock(zone) === wallClock(viewer)) return null;
  return formatDateRange(startsAt, endsAt, viewer, locale);
}
