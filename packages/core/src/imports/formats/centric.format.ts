import type { FormatOptions, ResponseImportFormat, RowReader } from '../import-row';
import { cell } from '../import-row';
import { readInstant, readScore } from '../import-values';

/** The columns of Centric's own response CSV. */
export const CENTRIC_COLUMNS = [
  'responded_at',
  'score',
  'comment',
  'survey',
  'channel',
  'segment',
  'unit',
  'customer_id',
  'customer_email',
  'employee_email',
] as const;

const REQUIRED = ['responded_at', 'score', 'survey'] as const;

/** Centric's own format: one response a line, survey, channel, segment and unit by name. */
export const centricFormat: ResponseImportFormat = {
  name: 'centric',
  label: 'Centric CSV',
  json: false,
  columns: CENTRIC_COLUMNS,
  bind(header: readonly string[], _options: FormatOptions) {
    const names = header.map((h) => h.trim().toLowerCase());
    const unknown = names.filter((n) => !(CENTRIC_COLUMNS as readonly string[]).includes(n));
    if (unknown.length > 0)
      return {
        ok: false,
        error: `unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')}; the header is ${CENTRIC_COLUMNS.join(',')}`,
      };
    const missing = REQUIRED.filter((r) => !names.includes(r));
    if (missing.length > 0)
      return {
        ok: false,
        error: `missing column(s) ${missing.join(', ')}; the header is ${CENTRIC_COLUMNS.join(',')}`,
      };
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate) return { ok: false, error: `column "${duplicate}" appears twice` };
    const at = (name: string) => names.indexOf(name);
    const i = {
      respondedAt: at('responded_at'),
      score: at('score'),
      comment: at('comment'),
      survey: at('survey'),
      channel: at('channel'),
      segment: at('segment'),
      unit: at('unit'),
      customerId: at('customer_id'),
      customerEmail: at('customer_email'),
      employeeEmail: at('employee_email'),
    };
    const read: RowReader = (cells, line) => {
      const when = readInstant(cells[i.respondedAt] ?? '');
      if (!when.ok) return { ok: false, error: `responded_at: ${when.error}` };
      const score = readScore(cells[i.score] ?? '');
      if (!score.ok) return score;
      const survey = cell(cells, i.survey);
      if (!survey) return { ok: false, error: 'survey is empty' };
      const comment = i.comment >= 0 ? (cells[i.comment] ?? '').trim() : '';
      if (score.value === null && comment === '')
        return { ok: false, error: 'the line has neither a score nor a comment' };
      return {
        ok: true,
        value: {
          line,
          respondedAt: when.value,
          score: score.value,
          comment: comment === '' ? null : comment,
          survey,
          channel: cell(cells, i.channel),
          segment: cell(cells, i.segment),
          unit: cell(cells, i.unit),
          customerId: cell(cells, i.customerId),
          customerEmail: cell(cells, i.customerEmail)?.toLowerCase() ?? null,
          employeeEmail: cell(cells, i.employeeEmail)?.toLowerCase() ?? null,
          language: null,
          source: 'import',
          answers: {},
        },
      };
    };
    return { ok: true, value: read };
  },
};
