// The "Add to calendar" file (src/lib/ics.ts): times in the event's timezone, escaped text,
// folded lines, CRLF line ends.
import { buildIcs, escapeText, foldLine } from '@/lib/ics';

const EVENT = {
  uid: 'order-5f0c@open-event-web',
  title: 'Rust in Production Day',
  startsAt: '2026-12-06T08:00:00+00:00',
  endsAt: '2026-12-06T17:00:00+00:00',
  timezone: 'Europe/Berlin',
  location: 'Kalkscheune, Johannisstraße 2, Berlin',
  description: 'Order 5f0c; 1 ticket',
  url: 'https://example.org/e/ca7a0004',
};
const NOW = new Date('2026-12-03T10:00:00Z');

describe('the calendar file', () => {
  it('writes the start and end as wall-clock times in the event’s timezone', () => {
    const ics = buildIcs(EVENT, NOW) ?? '';
    expect(ics).toContain('\r\nDTSTART;TZID=Europe/Berlin:20261206T090000\r\n');
    expect(ics).toContain('\r\nDTEND;TZID=Europe/Berlin:20261206T180000\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261203T100000Z\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('handles half-hour offsets and summer time', () => {
    const ics = buildIcs(
      { ...EVENT, timezone: 'Asia/Kathmandu', startsAt: '2026-07-01T03:00:00Z', endsAt: null },
      NOW,
    );
    expect(ics).toContain('DTSTART;TZID=Asia/Kathmandu:20260701T084500');
    // No end: one hour.
    expect(ics).toContain('DTEND;TZID=Asia/Kathmandu:20260701T094500');
    expect(
      buildIcs({ ...EVENT, timezone: 'America/New_York', startsAt: '2026-07-04T16:00:00Z' }, NOW),
    ).toContain('DTSTART;TZID=America/New_York:20260704T120000');
  });

  it('falls back to UTC for an unknown timezone, and gives nothing without a start', () => {
    const ics = buildIcs({ ...EVENT, timezone: 'Mars/Olympus_Mons' }, NOW);
    expect(ics).toContain('DTSTART:20261206T080000Z');
    expect(buildIcs({ ...EVENT, startsAt: 'not a date' }, NOW)).toBeNull();
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const ics = buildIcs(EVENT, NOW) ?? '';
    expect(ics).toContain('LOCATION:Kalkscheune\\, Johannisstraße 2\\, Berlin');
    expect(ics).toContain('DESCRIPTION:Order 5f0c\\; 1 ticket');
  });

  it('folds lines over 75 octets without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(
      `SUMMARY:${'é'.repeat(60)}`,
    );
  });
});
