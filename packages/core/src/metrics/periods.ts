// Cutting time into the organisation's own days, weeks, months and quarters. A response given at 23:30
// in Berlin belongs to that Berlin day, not to the UTC day after it, and rollups are keyed by local day,
// so every period is a union of whole local days. Time-zone arithmetic uses only Intl.DateTimeFormat
// (the IANA database shipped with Node), never fixed offsets, so daylight-saving changes are handled.
//
// Keys (all sort chronologically as strings):
//   day 'YYYY-MM-DD' · week 'YYYY-Www' (ISO 8601: weeks start on Monday; week 1 holds the year's first
//   Thursday, so 2027-01-01 is in 2026-W53) · month 'YYYY-MM' · quarter 'YYYY-Qn' · year 'YYYY'.

/** A local calendar day, 'YYYY-MM-DD'. */
export type DayKey = string;

/** The lengths of period Centric cuts time into. */
export const PERIOD_GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const;
/** One period length. */
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];

/** A parsed period: its granularity and its first and last local days (inclusive). */
export interface Period {
  /** The period's length. */
  readonly granularity: PeriodGranularity;
  /** The period's key, e.g. '2026-W09'. */
  readonly key: string;
  /** First local day of the period. */
  readonly first: DayKey;
  /** Last local day of the period (inclusive). */
  readonly last: DayKey;
}

/** A half-open span of time [start, end), for query bounds. */
export interface InstantRange {
  /** First instant inside the range. */
  readonly start: Date;
  /** First instant after the range. */
  readonly end: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Creating a DateTimeFormat is far slower than using one, and rollups format millions of instants.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a zone that is not in the IANA database.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      // 'h23' and not hour12: false, which prints midnight as 24 on some ICU versions.
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError unless `timeZone` is an IANA time-zone name this runtime knows; returns it. */
export function assertTimeZone(timeZone: string): string {
  formatterFor(timeZone);
  return timeZone;
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function toMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid instant');
  return ms;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  /** The local date and time read as if it were UTC, in ms (whole seconds). */
  asUtc: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year!;
  const month = fields.month!;
  const day = fields.day!;
  const asUtc =
    utcMs(year, month, day) + fields.hour! * HOUR + fields.minute! * MINUTE + fields.second! * 1000;
  return { year, month, day, asUtc };
}

/** The UTC offset in force at an instant in a zone, in ms (e.g. +7 200 000 for CEST). */
export function utcOffsetAt(instant: Date | number, timeZone: string): number {
  const ms = toMs(instant);
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wallClock(wholeSecond, timeZone).asUtc - wholeSecond;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function dayKeyOf(year: number, month: number, day: number): DayKey {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function dayKeyFromUtcMs(ms: number): DayKey {
  const date = new Date(ms);
  return dayKeyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The local day, 'YYYY-MM-DD', of a UTC instant in an IANA time zone. */
export function localDayKey(instant: Date | number, timeZone: string): DayKey {
  const { year, month, day } = wallClock(toMs(instant), timeZone);
  return dayKeyOf(year, month, day);
}

/** The year, month and day of a day key; throws unless it is a real calendar day. */
export function parseDayKey(day: DayKey): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match) {
    const parsed = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    // Round-tripping rejects 2026-02-30 and 2026-13-01, which Date would silently roll over.
    if (dayKeyFromUtcMs(utcMs(parsed.year, parsed.month, parsed.day)) === day) return parsed;
  }
  throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
}

function dayMs(day: DayKey): number {
  const { year, month, day: dayOfMonth } = parseDayKey(day);
  return utcMs(year, month, dayOfMonth);
}

/** The day `days` after (or before, if negative) a day; calendar arithmetic, no time zone involved. */
export function addDays(day: DayKey, days: number): DayKey {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return dayKeyFromUtcMs(dayMs(day) + days * DAY);
}

function isoWeekOf(ms: number): { year: number; week: number } {
  const mondayBased = (new Date(ms).getUTCDay() + 6) % 7;
  // The ISO week-year is the year of the week's Thursday.
  const thursday = ms + (3 - mondayBased) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday - utcMs(year, 1, 1)) / (7 * DAY)) };
}

/** The ISO 8601 week of a day, 'YYYY-Www' (weeks start on Monday; the year is the ISO week-year). */
export function weekKey(day: DayKey): string {
  const { year, week } = isoWeekOf(dayMs(day));
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The month of a day, 'YYYY-MM'. */
export function monthKey(day: DayKey): string {
  parseDayKey(day);
  return day.slice(0, 7);
}

/** The calendar quarter of a day, 'YYYY-Qn'. */
export function quarterKey(day: DayKey): string {
  const { year, month } = parseDayKey(day);
  return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The year of a day, 'YYYY'. */
export function yearKey(day: DayKey): string {
  parseDayKey(day);
  return day.slice(0, 4);
}

/** The key of the period of a given granularity that contains a day. */
export function periodKey(granularity: PeriodGranularity, day: DayKey): string {
  switch (granularity) {
    case 'day':
      return dayKeyFromUtcMs(dayMs(day));
    case 'week':
      return weekKey(day);
    case 'month':
      return monthKey(day);
    case 'quarter':
      return quarterKey(day);
    case 'year':
      return yearKey(day);
  }
}

/** The key of the period containing a UTC instant, cut in the organisation's time zone. */
export function localPeriodKey(
  instant: Date | number,
  timeZone: string,
  granularity: PeriodGranularity,
): string {
  return periodKey(granularity, localDayKey(instant, timeZone));
}

function lastDayOfMonth(year: number, month: number): DayKey {
  return dayKeyFromUtcMs(utcMs(year, month + 1, 1) - DAY);
}

/** Parses any period key into its granularity and first and last days; throws on a malformed key. */
export function parsePeriod(key: string): Period {
  let match = /^\d{4}-\d{2}-\d{2}$/.exec(key);
  if (match) return { granularity: 'day', key, first: dayKeyFromUtcMs(dayMs(key)), last: key };
  match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (match) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    // 28 December always lies in the last ISO week of its year.
    const weeksInYear = isoWeekOf(utcMs(year, 12, 28)).week;
    if (week < 1 || week > weeksInYear) throw new RangeError(`${year} has no ISO week ${week}`);
    const january4 = utcMs(year, 1, 4);
    const monday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY + (week - 1) * 7 * DAY;
    return {
      granularity: 'week',
      key,
      first: dayKeyFromUtcMs(monday),
      last: dayKeyFromUtcMs(monday + 6 * DAY),
    };
  }
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) throw new RangeError(`not a month: ${key}`);
    return { granularity: 'month', key, first: `${key}-01`, last: lastDayOfMonth(year, month) };
  }
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) {
    const year = Number(match[1]);
    const firstMonth = 3 * (Number(match[2]) - 1) + 1;
    return {
      granularity: 'quarter',
      key,
      first: dayKeyOf(year, firstMonth, 1),
      last: lastDayOfMonth(year, firstMonth + 2),
    };
  }
  if (/^\d{4}$/.test(key)) return { granularity: 'year', key, first: `${key}-01-01`, last: `${key}-12-31` };
  throw new RangeError(`not a period key (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY): ${key}`);
}

/** Every period key of a granularity from the one containing `from` to the one containing `to`, in order. */
export function periodKeysBetween(granularity: PeriodGranularity, from: DayKey, to: DayKey): string[] {
  const keys: string[] = [];
  const end = dayMs(to);
  // Walking period by period, rather than day by day, keeps a ten-year monthly trend at 120 steps.
  for (let day = parsePeriod(periodKey(granularity, from)).first; dayMs(day) <= end; ) {
    const key = periodKey(granularity, day);
    keys.push(key);
    day = addDays(parsePeriod(key).last, 1);
  }
  return keys;
}

// UTC offsets in use run from −12 h to +14 h, so local midnight of a day lies in this window around it.
const EARLIEST_OFFSET = -12 * HOUR;
const LATEST_OFFSET = 14 * HOUR;

/**
 * The first instant of a local day in a time zone — for query bounds. DST-safe: on a day whose midnight
 * is skipped (e.g. America/Havana springs from 00:00 to 01:00) it is the instant the day begins, and when
 * midnight occurs twice it is the earlier one.
 */
export function localDayStart(day: DayKey, timeZone: string): Date {
  const wall = dayMs(day);
  const windowStart = wall - LATEST_OFFSET;
  const windowEnd = wall - EARLIEST_OFFSET;
  const offsets = new Set(
    [windowStart, wall, windowEnd].map((instant) => wallClock(instant, timeZone).asUtc - instant),
  );
  const midnights = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => wallClock(instant, timeZone).asUtc === wall);
  if (midnights.length > 0) return new Date(Math.min(...midnights));
  // Midnight does not exist on this day: bisect for the first instant whose local day is `day`.
  let before = windowStart - 1;
  let after = windowEnd;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (localDayKey(middle, timeZone) >= day) after = middle;
    else before = middle;
  }
  return new Date(after);
}

/** The UTC instants [start, end) of a period cut in a time zone: from its first local midnight to the next. */
export function periodBounds(key: string, timeZone: string): InstantRange {
  const period = parsePeriod(key);
  return {
    start: localDayStart(period.first, timeZone),
    end: localDayStart(addDays(period.last, 1), timeZone),
  };
}
