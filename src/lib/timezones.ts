// IANA timezones with Intl only: wall-clock time in a zone ↔ tz-aware ISO 8601, DST included.
// The server wants `2027-01-03T08:00:00-08:00` for "8 am in Los Angeles"; a browser's own zone
// must play no part, so every conversion goes through the named zone.

import { dateTimeFormat } from './intl-cache';

/** A wall-clock date and time as the date and time inputs give them: `YYYY-MM-DD`, `HH:mm`. */
export interface WallClock {
  date: string;
  time: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** One formatter per zone (src/lib/intl-cache.ts): building them is the slow part of Intl. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    era: 'short',
  });
}

export function isValidTimezone(name: string): boolean {
  if (name.trim() === '' || name !== name.trim()) return false;
  try {
    partsFormatter(name);
    return true;
  } catch {
    return false;
  }
}

/** Every zone the runtime knows, sorted, with UTC (which Intl leaves out but the server accepts). */
export function listTimezones(): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** The zone the browser is in, or UTC when it cannot tell. */
export function browserTimezone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimezone(zone) ? zone : 'UTC';
}

export interface WallClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

type Fields = WallClockFields;

/** The wall-clock fields of an instant in a zone (the zone must be valid: see isValidTimezone). */
export function fieldsAt(instant: number, timeZone: string): Fields {
  const values: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    values[part.type] = part.value;
  }
  const rawYear = Number(values.year);
  // Years before 1 CE come back as "BC" years; no event needs them, but keep the arithmetic right.
  const year = values.era === 'BC' || values.era === 'B' ? 1 - rawYear : rawYear;
  return {
    year,
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
  };
}

function asUtc(fields: Fields): number {
  const date = new Date(0);
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute, fields.second, 0);
  return date.getTime();
}

/** The zone's offset from UTC at an instant, in minutes (Los Angeles in winter: -480). */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((asUtc(fieldsAt(whole, timeZone)) - whole) / MINUTE_MS);
}

/** -480 → "-08:00"; 330 → "+05:30". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

function parseWallClock({ date, time }: WallClock): Fields | null {
  const d = DATE.exec(date.trim());
  const t = TIME.exec(time.trim());
  if (d === null || t === null) return null;
  const fields: Fields = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
    second: Number(t[3] ?? '0'),
  };
  if (fields.hour > 23 || fields.minute > 59 || fields.second > 59) return null;
  // Date rolls February 30 over to March; a real date survives the round trip.
  const check = new Date(asUtc(fields));
  if (
    check.getUTCFullYear() !== fields.year ||
    check.getUTCMonth() !== fields.month - 1 ||
    check.getUTCDate() !== fields.day
  ) {
    return null;
  }
  return fields;
}

function sameWallClock(a: Fields, b: Fields): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

/**
 * The instant (ms since the epoch) a wall-clock time in a zone stands for, or null when the date or
 * time is not a real one or the zone is unknown. Around DST changes it behaves like Temporal's
 * "compatible" disambiguation: a repeated time (autumn) is its first occurrence; a skipped time
 * (spring) moves forward by the gap, so 02:30 on the night New York skips to 03:00 is 03:30 EDT.
 */
export function zonedToInstant(wallClock: WallClock, timeZone: string): number | null {
  const fields = parseWallClock(wallClock);
  if (fields === null || !isValidTimezone(timeZone)) return null;
  const local = asUtc(fields);
  // The offsets in force a day either side cover any single transition near this time.
  const before = offsetMinutesAt(local - DAY_MS, timeZone);
  const after = offsetMinutesAt(local + DAY_MS, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset * MINUTE_MS)
    .filter((instant) => sameWallClock(fieldsAt(instant, timeZone), fields))
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return candidates[0];
  // In the gap: read the time with the offset from before the jump.
  return local - before * MINUTE_MS;
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

function formatFields(fields: Fields): string {
  const year = fields.year < 0 ? `-${pad(fields.year, 6)}` : pad(fields.year, 4);
  return (
    `${year}-${pad(fields.month)}-${pad(fields.day)}` +
    `T${pad(fields.hour)}:${pad(fields.minute)}:${pad(fields.second)}`
  );
}

/** An instant as ISO 8601 with the zone's offset at that moment: `2027-01-03T08:00:00-08:00`. */
export function instantToIso(instant: number, timeZone: string): string {
  const whole = Math.floor(instant / 1000) * 1000;
  return `${formatFields(fieldsAt(whole, timeZone))}${formatOffset(offsetMinutesAt(whole, timeZone))}`;
}

/** Wall-clock time in a zone → tz-aware ISO 8601, or null for an unreal date, time or zone. */
export function zonedToIso(wallClock: WallClock, timeZone: string): string | null {
  const instant = zonedToInstant(wallClock, timeZone);
  return instant === null ? null : instantToIso(instant, timeZone);
}

/**
 * Any ISO 8601 instant the server sends (`...+00:00`, `...Z`) → the wall clock in a zone, for the
 * date and time inputs. Null when the text is not a date-time with an offset, or the zone unknown.
 */
export function isoToZoned(iso: string | null | undefined, timeZone: string): WallClock | null {
  if (!iso || !isValidTimezone(timeZone)) return null;
  // Without an offset the instant would depend on the browser's zone.
  if (!/(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso.trim())) return null;
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const fields = fieldsAt(instant, timeZone);
  const text = formatFields(fields);
  return {
    date: text.slice(0, text.indexOf('T')),
    time: `${pad(fields.hour)}:${pad(fields.minute)}`,
  };
}
