// Reading the cells of an import file: instants in the formats survey tools export, and whole-number scores.

/** A value read from a cell, or the reason it could not be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An instant from `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` or ISO 8601 with `T`, optional fraction and offset; a
 * time without an offset (and a bare date, at midnight) is read as UTC. A Unix timestamp in seconds is accepted
 * when `unix` is set (Delighted exports them). Impossible dates such as 2026-02-30 are refused.
 */
export function readInstant(text: string, unix = false): Read<Date> {
  const value = text.trim();
  if (value === '') return { ok: false, error: 'the date is empty' };
  if (unix && /^\d{9,11}$/.test(value)) return { ok: true, value: new Date(Number(value) * 1000) };
  const m = ISO.exec(value);
  if (!m)
    return {
      ok: false,
      error: `"${clip(value)}" is not a date (expected ISO 8601, e.g. 2026-11-02T09:30:00Z)`,
    };
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3)));
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return { ok: false, error: `"${clip(value)}" is not a real date and time` };
  let offsetMinutes = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return { ok: true, value: new Date(utc - offsetMinutes * 60_000) };
}

/** A whole-number score, or null for an empty cell; decimals and words are refused. */
export function readScore(text: string): Read<number | null> {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };
  if (!/^-?\d+$/.test(value)) return { ok: false, error: `score "${clip(value)}" is not a whole number` };
  return { ok: true, value: Number(value) };
}

/** A cell shortened for a message. */
export function clip(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
