// Date-times the way the server reads and prints them: ISO 8601 in, Python isoformat() in UTC out.

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseOffsetMinutes(offset: string | undefined): number | null {
  if (offset === undefined || offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * Parses the ISO 8601 forms dateutil accepts for the API (date, date-time, optional fraction and
 * offset). A value without an offset is taken as UTC, which is how the server stores it.
 * Returns null for anything else, including impossible dates such as February 30.
 */
export function parseDateTime(value: string): Date | null {
  const match = ISO_8601.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0'] = match;
  const offset = parseOffsetMinutes(match[8]);
  if (offset === null) return null;
  const parts = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  };
  const millis = Math.floor(Number(fraction.padEnd(3, '0').slice(0, 3)));
  const local = new Date(
    Date.UTC(
      parts.year,
      parts.month - 1,
      parts.day,
      parts.hour,
      parts.minute,
      parts.second,
      millis,
    ),
  );
  // Date.UTC rolls over out-of-range parts (month 13, day 32); a real date survives the round trip.
  const valid =
    local.getUTCFullYear() === parts.year &&
    local.getUTCMonth() === parts.month - 1 &&
    local.getUTCDate() === parts.day &&
    local.getUTCHours() === parts.hour &&
    local.getUTCMinutes() === parts.minute &&
    local.getUTCSeconds() === parts.second;
  if (!valid) return null;
  return new Date(local.getTime() - offset * 60_000);
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** Prints like Python's `datetime.isoformat()` for an aware UTC datetime: `2099-12-13T23:59:59.123000+00:00`. */
export function formatDateTime(date: Date): string {
  const base =
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const millis = date.getUTCMilliseconds();
  return `${base}${millis === 0 ? '' : `.${pad(millis, 3)}000`}+00:00`;
}

/** Milliseconds since the epoch of a stored date-time, or null when it is missing or unreadable. */
export function timeOf(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return parseDateTime(value)?.getTime() ?? null;
}

export function nowIso(): string {
  return formatDateTime(new Date());
}
