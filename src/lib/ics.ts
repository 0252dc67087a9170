// An iCalendar (RFC 5545) file for one event, built in the browser: "Add to calendar" on the
// order page. Times are written as local times with the event's IANA timezone as TZID (what
// Google, Apple and Outlook calendars read), or in UTC when the timezone is unknown.

import { fieldsAt, isValidTimezone } from './timezones';

export interface CalendarEvent {
  /** Stable across downloads, so a second import updates the entry instead of adding one. */
  uid: string;
  title: string;
  startsAt: string;
  /** Null: the event has no end; one hour is assumed, as calendars need an end. */
  endsAt: string | null;
  timezone: string;
  location: string;
  description: string;
  url: string;
}

const HOUR_MS = 3_600_000;

/** Backslash, semicolon, comma and line breaks are escaped in TEXT values (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    // The first line may hold 75 octets; continuation lines start with a space, so 74 more.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 20261206T090000Z */
function utcStamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** 20261206T090000, the wall-clock time in `timeZone`. */
function localStamp(date: Date, timeZone: string): string {
  const wall = fieldsAt(date.getTime(), timeZone);
  return (
    `${String(wall.year).padStart(4, '0')}${pad(wall.month)}${pad(wall.day)}` +
    `T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`
  );
}

function dateLine(name: 'DTSTART' | 'DTEND', date: Date, timeZone: string): string {
  return isValidTimezone(timeZone) && timeZone !== 'UTC'
    ? `${name};TZID=${timeZone}:${localStamp(date, timeZone)}`
    : `${name}:${utcStamp(date)}`;
}

/** The file's text, CRLF line ends; null when the event has no readable start. */
export function buildIcs(event: CalendarEvent, now: Date = new Date()): string | null {
  const start = new Date(event.startsAt);
  if (Number.isNaN(start.getTime())) return null;
  const endParsed = event.endsAt ? new Date(event.endsAt) : null;
  const end =
    endParsed && !Number.isNaN(endParsed.getTime()) && endParsed > start
      ? endParsed
      : new Date(start.getTime() + HOUR_MS);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//open-event-web//Add to calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    dateLine('DTSTART', start, event.timezone),
    dateLine('DTEND', end, event.timezone),
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
