import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertTimeZone,
  localDayKey,
  localDayStart,
  localPeriodKey,
  monthKey,
  parseDayKey,
  parsePeriod,
  periodBounds,
  periodKey,
  periodKeysBetween,
  quarterKey,
  utcOffsetAt,
  weekKey,
  yearKey,
} from './periods';

const HOUR = 3_600_000;

describe('local day of a UTC instant', () => {
  it.each([
    // Across midnight: Berlin is UTC+2 in summer, so 22:30Z on 30 June is 00:30 on 1 July.
    ['2026-06-30T22:30:00Z', 'Europe/Berlin', '2026-07-01'],
    ['2026-06-30T21:59:59Z', 'Europe/Berlin', '2026-06-30'],
    // New York is UTC−4 in summer: 03:30Z on 1 July is still 23:30 on 30 June.
    ['2026-07-01T03:30:00Z', 'America/New_York', '2026-06-30'],
    ['2026-07-01T04:00:00Z', 'America/New_York', '2026-07-01'],
    // Berlin springs forward on 29 March 2026 at 01:00Z (02:00 CET → 03:00 CEST); that day began at 23:00Z
    // on the 28th (UTC+1) and the next began at 22:00Z on the 29th (UTC+2).
    ['2026-03-28T22:59:59Z', 'Europe/Berlin', '2026-03-28'],
    ['2026-03-28T23:00:00Z', 'Europe/Berlin', '2026-03-29'],
    ['2026-03-29T21:59:59Z', 'Europe/Berlin', '2026-03-29'],
    ['2026-03-29T22:00:00Z', 'Europe/Berlin', '2026-03-30'],
    // Berlin falls back on 25 October 2026: that day runs 22:00Z on the 24th to 23:00Z on the 25th (25 h).
    ['2026-10-25T22:30:00Z', 'Europe/Berlin', '2026-10-25'],
    ['2026-10-25T23:00:00Z', 'Europe/Berlin', '2026-10-26'],
    // New York springs forward on 8 March 2026 at 07:00Z: the 8th began at 05:00Z (UTC−5), the 9th at 04:00Z.
    ['2026-03-09T03:59:59Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T04:00:00Z', 'America/New_York', '2026-03-09'],
    // Half-hour and far-east zones.
    ['2026-01-01T18:29:59Z', 'Asia/Kolkata', '2026-01-01'],
    ['2026-01-01T18:30:00Z', 'Asia/Kolkata', '2026-01-02'],
    ['2026-01-01T10:00:00Z', 'Pacific/Kiritimati', '2026-01-02'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(localDayKey(new Date(instant), zone)).toBe(day);
    expect(localDayKey(Date.parse(instant), zone)).toBe(day);
  });

  it('reads offsets from the IANA database', () => {
    expect(utcOffsetAt(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(1 * HOUR);
    expect(utcOffsetAt(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(2 * HOUR);
    expect(utcOffsetAt(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
    expect(utcOffsetAt(new Date('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });

  it('rejects unknown zones and invalid instants', () => {
    expect(() => assertTimeZone('Europe/Atlantis')).toThrow(RangeError);
    expect(assertTimeZone('UTC')).toBe('UTC');
    expect(() => localDayKey(new Date('not a date'), 'UTC')).toThrow(RangeError);
  });
});

describe('first instant of a local day (query bounds)', () => {
  it.each([
    // zone, day, start, hours in the day
    ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00.000Z', 23],
    ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00.000Z', 25],
    ['Europe/Berlin', '2026-06-30', '2026-06-29T22:00:00.000Z', 24],
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00.000Z', 23],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z', 25],
    // Havana springs from 00:00 straight to 01:00 on 8 March 2026: the day starts at 01:00 CDT = 05:00Z.
    ['America/Havana', '2026-03-08', '2026-03-08T05:00:00.000Z', 23],
    // Santiago does the same on 6 September 2026 (00:00 −04 → 01:00 −03 = 04:00Z) …
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00.000Z', 23],
    // … and on 4 April 2026 repeats 23:00–24:00, so 4 April lasts 25 h (03:00Z to 04:00Z next day).
    ['America/Santiago', '2026-04-04', '2026-04-04T03:00:00.000Z', 25],
    ['UTC', '2026-02-28', '2026-02-28T00:00:00.000Z', 24],
  ])('%s %s starts at %s and lasts %d h', (zone, day, start, hours) => {
    const begins = localDayStart(day, zone);
    expect(begins.toISOString()).toBe(start);
    expect((localDayStart(addDays(day, 1), zone).getTime() - begins.getTime()) / HOUR).toBe(hours);
  });

  it('agrees with localDayKey on every day of 2026 in zones with odd offsets and DST rules', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'America/Havana',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    for (const zone of zones) {
      for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
        const start = localDayStart(day, zone).getTime();
        expect(localDayKey(start, zone)).toBe(day);
        expect(localDayKey(start - 1, zone)).toBe(addDays(day, -1));
      }
    }
  });
});

describe('period keys', () => {
  it.each([
    // 1 Jan 2026 is a Thursday, so ISO week 1 of 2026 runs Mon 29 Dec 2025 – Sun 4 Jan 2026.
    ['2026-01-01', '2026-W01', '2026-01', '2026-Q1', '2026'],
    ['2025-12-29', '2026-W01', '2025-12', '2025-Q4', '2025'],
    ['2025-12-28', '2025-W52', '2025-12', '2025-Q4', '2025'],
    // 2026 starts on a Thursday, so it has 53 ISO weeks; Fri 1 Jan 2027 belongs to 2026-W53.
    ['2027-01-01', '2026-W53', '2027-01', '2027-Q1', '2027'],
    ['2027-01-04', '2027-W01', '2027-01', '2027-Q1', '2027'],
    // Mon 30 Dec 2024 already belongs to 2025-W01.
    ['2024-12-30', '2025-W01', '2024-12', '2024-Q4', '2024'],
    ['2026-03-31', '2026-W14', '2026-03', '2026-Q1', '2026'],
    ['2026-07-01', '2026-W27', '2026-07', '2026-Q3', '2026'],
  ])('%s is in week %s, month %s, quarter %s, year %s', (day, week, month, quarter, year) => {
    expect(weekKey(day)).toBe(week);
    expect(monthKey(day)).toBe(month);
    expect(quarterKey(day)).toBe(quarter);
    expect(yearKey(day)).toBe(year);
    expect(periodKey('day', day)).toBe(day);
    for (const key of [week, month, quarter, year]) {
      const period = parsePeriod(key);
      expect(period.first <= day && day <= period.last).toBe(true);
    }
  });

  it('cuts an instant in the organisation zone before keying it', () => {
    // 23:30Z on 30 June 2026 is already 1 July in Berlin: a new month, a new quarter.
    const instant = new Date('2026-06-30T22:30:00Z');
    expect(localPeriodKey(instant, 'Europe/Berlin', 'quarter')).toBe('2026-Q3');
    expect(localPeriodKey(instant, 'UTC', 'quarter')).toBe('2026-Q2');
    expect(localPeriodKey(instant, 'Europe/Berlin', 'month')).toBe('2026-07');
  });

  it.each([
    ['2026-W13', '2026-03-23', '2026-03-29'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026', '2026-01-01', '2026-12-31'],
  ])('%s runs %s to %s', (key, first, last) => {
    expect(parsePeriod(key)).toMatchObject({ key, first, last });
  });

  it.each([
    // W13 holds Berlin's spring-forward day: 7 × 24 − 1 = 167 h.
    ['2026-W13', 'Europe/Berlin', '2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['2026-03', 'Europe/Berlin', '2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z'],
    ['2026-Q4', 'America/New_York', '2026-10-01T04:00:00.000Z', '2027-01-01T05:00:00.000Z'],
  ])('%s in %s is [%s, %s)', (key, zone, start, end) => {
    const bounds = periodBounds(key, zone);
    expect(bounds.start.toISOString()).toBe(start);
    expect(bounds.end.toISOString()).toBe(end);
  });

  it('lists consecutive periods for trends, including empty ones', () => {
    expect(periodKeysBetween('week', '2026-12-20', '2027-01-12')).toEqual([
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(periodKeysBetween('quarter', '2026-02-10', '2026-08-01')).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(periodKeysBetween('day', '2026-02-27', '2026-03-01')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1'])('rejects the day %s', (day) => {
    expect(() => parseDayKey(day)).toThrow(RangeError);
  });

  it.each(['2025-W53', '2026-W00', '2026-13', '2026-Q5', 'last week'])('rejects the period %s', (key) => {
    expect(() => parsePeriod(key)).toThrow(RangeError);
  });
});
