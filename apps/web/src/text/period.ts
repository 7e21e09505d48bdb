import type { InsightFilters } from './text.queries';

/** The last `months` calendar months (YYYY-MM) up to this one, in the organisation’s time zone; all time for null. */
export function periodFilter(months: number | null, now: Date, timeZone: string): InsightFilters {
  if (months === null) return {};
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 1 - (months - 1), 1));
  const iso = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  return { from: iso(start), to: iso(new Date(Date.UTC(y, m - 1, 1))) };
}
