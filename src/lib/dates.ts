// Date formatting in an event's own timezone (the server sends tz-aware ISO 8601).

export function formatDateRange(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
  timeZone: string | null | undefined,
  locale?: string,
): string {
  if (!startsAt) return 'Date to be announced';
  const zone = safeTimeZone(timeZone);
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  });
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return 'Date to be announced';
  const end = endsAt ? new Date(endsAt) : null;
  const range =
    end && !Number.isNaN(end.getTime()) ? format.formatRange(start, end) : format.format(start);
  return `${range} (${zone})`;
}

function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}
