// Calendar arithmetic on local days 'YYYY-MM-DD'. Commitments, evidence and decisions are dated in the
// organisation's own calendar, so the index works on whole days and never on instants.

/** A local calendar day, 'YYYY-MM-DD'. */
export type Day = string;

/** An inclusive span of days. */
export interface DaySpan {
  first: Day;
  last: Day;
}

/** The reporting periods of the Walker index. */
export const WALKER_PERIODS = ['month', 'quarter', 'year'] as const;
/** A reporting period length. */
export type WalkerPeriod = (typeof WALKER_PERIODS)[number];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a day. */
export function dayNumber(day: Day): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a day: ${day}`);
  return Math.round(ms / DAY_MS);
}

/** The day of a day number. */
export function dayOf(n: number): Day {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: Day, n: number): Day {
  return dayOf(dayNumber(day) + n);
}

/** Number of days of an inclusive span. */
export function spanDays(span: DaySpan): number {
  return dayNumber(span.last) - dayNumber(span.first) + 1;
}

function monthSpan(year: number, month0: number, months: number): DaySpan {
  const first = new Date(Date.UTC(year, month0, 1));
  const next = new Date(Date.UTC(year, month0 + months, 1));
  return { first: first.toISOString().slice(0, 10), last: dayOf(Math.round(next.getTime() / DAY_MS) - 1) };
}

/** Months in each period length. */
const MONTHS: Record<WalkerPeriod, number> = { month: 1, quarter: 3, year: 12 };

/** The period of the given length that contains `day`; `cycleMonths` cuts review cycles from January. */
export function periodContaining(day: Day, period: WalkerPeriod | { months: number }): DaySpan {
  const months = typeof period === 'string' ? MONTHS[period] : period.months;
  const year = Number(day.slice(0, 4));
  const month0 = Number(day.slice(5, 7)) - 1;
  return monthSpan(year, Math.floor(month0 / months) * months, months);
}

/** The period of the same length just before the given one. */
export function previousPeriod(span: DaySpan, period: WalkerPeriod | { months: number }): DaySpan {
  return periodContaining(addDays(span.first, -1), period);
}

/** A short label of a period: '2026-11', '2026-Q4', '2026'. */
export function periodLabel(span: DaySpan, period: WalkerPeriod): string {
  if (period === 'year') return span.first.slice(0, 4);
  if (period === 'quarter')
    return `${span.first.slice(0, 4)}-Q${Math.floor(Number(span.first.slice(5, 7)) / 3) + 1}`;
  return span.first.slice(0, 7);
}

/** Every occurrence of a cadence (as consecutive spans) that overlaps `within`. */
export function spansOverlapping(within: DaySpan, months: number): DaySpan[] {
  const spans: DaySpan[] = [];
  let span = periodContaining(within.first, { months });
  while (span.first <= within.last) {
    spans.push(span);
    span = periodContaining(addDays(span.last, 1), { months });
  }
  return spans;
}

/** Days of `span` that fall inside `other`. */
export function overlapDays(span: DaySpan, other: DaySpan): number {
  const first = Math.max(dayNumber(span.first), dayNumber(other.first));
  const last = Math.min(dayNumber(span.last), dayNumber(other.last));
  return Math.max(0, last - first + 1);
}
