import type { FormatOptions, ResponseImportFormat, RowReader } from '../import-row';
import { cell } from '../import-row';
import { readInstant } from '../import-values';

/** The fields of an online review or comment, as CSV columns or JSON keys. */
export const ONLINE_COLUMNS = ['source', 'url', 'rating', 'text', 'author', 'posted_at'] as const;

/** The survey online reviews go to unless another is named: a CSAT survey, so 1–5 stars count as they are. */
export const ONLINE_SURVEY = 'Online reviews';

/**
 * A rating on a scale of `scale` (5 stars, 10, or 100 percent) as a CSAT score 1–5: round(rating × 5 ÷ scale),
 * at least 1. Ratings outside 0…scale are refused.
 */
export function ratingToCsat(rating: number, scale: 5 | 10 | 100): number | string {
  if (!Number.isFinite(rating) || rating < 0 || rating > scale)
    return `rating ${rating} is outside the scale 0–${scale}`;
  return Math.max(1, Math.round((rating * 5) / scale));
}

/** Online reviews and comments (from review sites, social media): stored with source "online". */
export const onlineFormat: ResponseImportFormat = {
  name: 'online',
  label: 'Online reviews and comments (CSV or JSON)',
  json: true,
  columns: ONLINE_COLUMNS,
  bind(header: readonly string[], options: FormatOptions) {
    const names = header.map((h) => h.trim().toLowerCase());
    const unknown = names.filter((n) => !(ONLINE_COLUMNS as readonly string[]).includes(n));
    if (unknown.length > 0)
      return {
        ok: false,
        error: `unknown column(s) ${unknown.join(', ')}; expected ${ONLINE_COLUMNS.join(',')}`,
      };
    const missing = ['source', 'posted_at'].filter((c) => !names.includes(c));
    if (missing.length > 0 || (!names.includes('rating') && !names.includes('text')))
      return {
        ok: false,
        error: `missing column(s) ${[...missing, ...(!names.includes('rating') && !names.includes('text') ? ['rating or text'] : [])].join(', ')}; expected ${ONLINE_COLUMNS.join(',')}`,
      };
    const at = (n: string) => names.indexOf(n);
    const scale = options.ratingScale ?? 5;
    const survey = options.survey ?? ONLINE_SURVEY;
    const read: RowReader = (cells, line) => {
      const source = cell(cells, at('source'));
      if (!source) return { ok: false, error: 'source is empty (the site, e.g. Google or Trustpilot)' };
      const when = readInstant(cells[at('posted_at')] ?? '');
      if (!when.ok) return { ok: false, error: `posted_at: ${when.error}` };
      const ratingText = cell(cells, at('rating'));
      let score: number | null = null;
      if (ratingText !== null) {
        const mapped = ratingToCsat(Number(ratingText.replace(',', '.')), scale);
        if (typeof mapped === 'string') return { ok: false, error: mapped };
        score = mapped;
      }
      const text = cell(cells, at('text'));
      if (score === null && !text) return { ok: false, error: 'the review has neither a rating nor a text' };
      const url = cell(cells, at('url'));
      if (url && !/^https?:\/\/\S+$/i.test(url))
        return { ok: false, error: `url "${url.slice(0, 40)}" is not a web address` };
      return {
        ok: true,
        value: {
          line,
          respondedAt: when.value,
          score,
          comment: text,
          survey,
          channel: source,
          segment: null,
          unit: null,
          customerId: null,
          customerEmail: null,
          employeeEmail: null,
          language: null,
          source: 'online',
          answers: {
            review: { site: source, url, author: cell(cells, at('author')), rating: ratingText },
          },
        },
      };
    };
    return { ok: true, value: read };
  },
};
