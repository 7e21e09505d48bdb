/** The time units a CLV model can count in; every duration in `clv/` is tagged with one of them. */
export const TIME_UNITS = ['day', 'week', 'month'] as const;

/** A time unit for RFM summaries, model parameters and horizons. */
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Days in a year, the Julian year, so that 12 months make exactly one year. */
export const DAYS_PER_YEAR = 365.25;

const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  day: 1,
  week: 7,
  // A twelfth of the 365.25-day year: calendar months differ in length, a model's time unit must not.
  month: DAYS_PER_YEAR / 12,
};

/** Number of days in one `unit`. */
export function daysPerTimeUnit(unit: TimeUnit): number {
  return DAYS_PER_UNIT[unit];
}

/** Converts a duration of `value` `from`-units into `to`-units. */
export function convertDuration(value: number, from: TimeUnit, to: TimeUnit): number {
  return from === to ? value : (value * DAYS_PER_UNIT[from]) / DAYS_PER_UNIT[to];
}
