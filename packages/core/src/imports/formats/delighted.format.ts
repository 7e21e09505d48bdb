import type { FormatOptions, ResponseImportFormat, RowReader } from '../import-row';
import { cell } from '../import-row';
import { readInstant, readScore } from '../import-values';

// Delighted's response export (CSV from the dashboard's "Export"), whose fields are those of its survey-response
// API: id, person, survey_type, score, comment, permalink, created_at (Unix seconds), plus the person's e-mail
// and name. Headers are matched ignoring case, spaces and punctuation, so "Response ID", "response_id" and
// "ResponseId" are one column; either a timestamp or an ISO date is read.

const ALIASES = {
  score: ['score'],
  comment: ['comment'],
  respondedAt: ['responsetimestamp', 'createdat', 'created', 'date'],
  email: ['email', 'personemail'],
  person: ['personid', 'person'],
  id: ['responseid', 'id'],
  permalink: ['permalink'],
} as const;

/** Delighted's response export. */
export const delightedFormat: ResponseImportFormat = {
  name: 'delighted',
  label: 'Delighted CSV export',
  json: false,
  columns: ['Response ID', 'Score', 'Comment', 'Created At', 'Email', 'Person ID', 'Permalink'],
  bind(header: readonly string[], options: FormatOptions) {
    const names = header.map((h) => h.toLowerCase().replace(/[^a-z0-9]/g, ''));
    const find = (aliases: readonly string[]) => {
      for (const a of aliases) {
        const i = names.indexOf(a);
        if (i >= 0) return i;
      }
      return -1;
    };
    const i = {
      score: find(ALIASES.score),
      comment: find(ALIASES.comment),
      respondedAt: find(ALIASES.respondedAt),
      email: find(ALIASES.email),
      person: find(ALIASES.person),
      id: find(ALIASES.id),
      permalink: find(ALIASES.permalink),
    };
    if (i.score < 0 || i.respondedAt < 0)
      return {
        ok: false,
        error: 'not a Delighted export: the header needs Score and a date (Created At or Response Timestamp)',
      };
    if (!options.survey) return { ok: false, error: 'name the survey the responses go to (--survey NAME)' };
    const survey = options.survey;
    const read: RowReader = (cells, line) => {
      const when = readInstant(cells[i.respondedAt] ?? '', true);
      if (!when.ok) return { ok: false, error: `${header[i.respondedAt]}: ${when.error}` };
      const score = readScore(cells[i.score] ?? '');
      if (!score.ok) return score;
      const comment = cell(cells, i.comment);
      if (score.value === null && !comment)
        return { ok: false, error: 'the line has neither a score nor a comment' };
      const answers: Record<string, unknown> = {};
      const id = cell(cells, i.id);
      if (id) answers.delightedResponseId = id;
      const permalink = cell(cells, i.permalink);
      if (permalink) answers.permalink = permalink;
      return {
        ok: true,
        value: {
          line,
          respondedAt: when.value,
          score: score.value,
          comment,
          survey,
          channel: null,
          segment: null,
          unit: null,
          customerId: cell(cells, i.person),
          customerEmail: cell(cells, i.email)?.toLowerCase() ?? null,
          employeeEmail: null,
          language: null,
          source: 'import',
          answers,
        },
      };
    };
    return { ok: true, value: read };
  },
};
