/** A date (and, if asked, time) in the organisation's time zone, e.g. "3 Feb 2026". */
export function formatDate(iso: string | null | undefined, timeZone: string, withTime = false): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone,
    }).format(date);
  } catch {
    return date
      .toISOString()
      .slice(0, withTime ? 16 : 10)
      .replace('T', ' ');
  }
}

/** An amount of money in the organisation's currency. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** "owner" → "Owner", "in-store" → "In-store". */
export function label(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
