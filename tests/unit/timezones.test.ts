import {
  formatOffset,
  instantToIso,
  isoToZoned,
  isValidTimezone,
  listTimezones,
  offsetMinutesAt,
  zonedToInstant,
  zonedToIso,
} from '@/lib/timezones';

describe('zonedToIso', () => {
  it('gives the offset the zone has on that date, winter and summer', () => {
    expect(zonedToIso({ date: '2027-01-03', time: '08:00' }, 'America/Los_Angeles')).toBe(
      '2027-01-03T08:00:00-08:00',
    );
    expect(zonedToIso({ date: '2027-07-03', time: '08:00' }, 'America/Los_Angeles')).toBe(
      '2027-07-03T08:00:00-07:00',
    );
  });

  it('handles zones with half-hour and no offsets', () => {
    expect(zonedToIso({ date: '2027-03-01', time: '18:30' }, 'Asia/Kolkata')).toBe(
      '2027-03-01T18:30:00+05:30',
    );
    expect(zonedToIso({ date: '2027-03-01', time: '00:00' }, 'UTC')).toBe(
      '2027-03-01T00:00:00+00:00',
    );
    expect(zonedToIso({ date: '2027-03-01', time: '09:00' }, 'Asia/Tokyo')).toBe(
      '2027-03-01T09:00:00+09:00',
    );
  });

  it('moves a time skipped by the spring change forward by the gap', () => {
    // New York skips from 02:00 to 03:00 on 14 March 2027.
    expect(zonedToIso({ date: '2027-03-14', time: '02:30' }, 'America/New_York')).toBe(
      '2027-03-14T03:30:00-04:00',
    );
  });

  it('takes the first of the two times repeated by the autumn change', () => {
    // New York repeats 01:00-02:00 on 7 November 2027: first in EDT (-04:00), then in EST.
    expect(zonedToIso({ date: '2027-11-07', time: '01:30' }, 'America/New_York')).toBe(
      '2027-11-07T01:30:00-04:00',
    );
    expect(zonedToIso({ date: '2027-11-07', time: '02:30' }, 'America/New_York')).toBe(
      '2027-11-07T02:30:00-05:00',
    );
  });

  it('handles the southern hemisphere, where summer time spans the new year', () => {
    expect(zonedToIso({ date: '2027-01-10', time: '10:00' }, 'Australia/Sydney')).toBe(
      '2027-01-10T10:00:00+11:00',
    );
    expect(zonedToIso({ date: '2027-06-10', time: '10:00' }, 'Australia/Sydney')).toBe(
      '2027-06-10T10:00:00+10:00',
    );
  });

  it('is null for impossible dates and times, unknown zones and empty input', () => {
    expect(zonedToIso({ date: '2027-02-30', time: '10:00' }, 'UTC')).toBeNull();
    expect(zonedToIso({ date: '2027-02-10', time: '24:00' }, 'UTC')).toBeNull();
    expect(zonedToIso({ date: '2027-02-10', time: '' }, 'UTC')).toBeNull();
    expect(zonedToIso({ date: '', time: '10:00' }, 'UTC')).toBeNull();
    expect(zonedToIso({ date: '2027-02-10', time: '10:00' }, 'Mars/Olympus_Mons')).toBeNull();
    expect(zonedToIso({ date: '2027-02-10', time: '10:00' }, '')).toBeNull();
  });

  it('does not depend on the zone the computer is in', () => {
    const instant = zonedToInstant({ date: '2027-01-03', time: '08:00' }, 'America/Los_Angeles');
    expect(instant).toBe(Date.UTC(2027, 0, 3, 16, 0));
  });
});

describe('isoToZoned', () => {
  it('reads the server UTC time back as the wall clock in the event zone', () => {
    expect(isoToZoned('2027-01-03T16:00:00+00:00', 'America/Los_Angeles')).toEqual({
      date: '2027-01-03',
      time: '08:00',
    });
    expect(isoToZoned('2027-01-03T16:00:00Z', 'Asia/Tokyo')).toEqual({
      date: '2027-01-04',
      time: '01:00',
    });
  });

  it('round-trips every hour of a year with DST changes', () => {
    const start = Date.UTC(2027, 0, 1);
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = start + hour * 3_600_000;
      const iso = instantToIso(instant, 'Europe/Berlin');
      const wall = isoToZoned(iso, 'Europe/Berlin');
      expect(wall).not.toBeNull();
      if (wall === null) return;
      expect(Date.parse(iso)).toBe(instant);
      // The repeated autumn hour reads back as its first occurrence, an hour earlier.
      expect([instant, instant - 3_600_000]).toContain(zonedToInstant(wall, 'Europe/Berlin'));
    }
  });

  it('is null for text without an offset, unreadable text and unknown zones', () => {
    expect(isoToZoned('2027-01-03T16:00:00', 'UTC')).toBeNull();
    expect(isoToZoned('not a date', 'UTC')).toBeNull();
    expect(isoToZoned('2027-01-03T16:00:00Z', 'Nowhere/Else')).toBeNull();
    expect(isoToZoned(null, 'UTC')).toBeNull();
  });
});

describe('offsets and the list of zones', () => {
  it('formats offsets with sign, hours and minutes', () => {
    expect(formatOffset(-480)).toBe('-08:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(-210)).toBe('-03:30');
  });

  it('finds the offset of a zone at an instant', () => {
    expect(offsetMinutesAt(Date.UTC(2027, 0, 1), 'America/Los_Angeles')).toBe(-480);
    expect(offsetMinutesAt(Date.UTC(2027, 6, 1), 'Europe/London')).toBe(60);
  });

  it('lists the IANA zones sorted, with UTC', () => {
    const zones = listTimezones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('America/Los_Angeles');
    expect(zones).toEqual([...zones].sort((a, b) => a.localeCompare(b)));
  });

  it('knows valid zones from invalid ones', () => {
    expect(isValidTimezone('Europe/Berlin')).toBe(true);
    expect(isValidTimezone('UTC')).toBe(true);
    expect(isValidTimezone('Europe/Atlantis')).toBe(false);
    expect(isValidTimezone(' Europe/Berlin')).toBe(false);
    expect(isValidTimezone('')).toBe(false);
  });
});
