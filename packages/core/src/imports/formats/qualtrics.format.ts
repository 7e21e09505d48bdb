import type { FormatOptions, ResponseImportFormat, RowReader } from '../import-row';
import { cell } from '../import-row';
import { readInstant, readScore } from '../import-values';

// A Qualtrics "Download data table" CSV has three header rows: the field ids (StartDate, EndDate, Status,
// IPAddress, Progress, Duration (in seconds), Finished, RecordedDate, ResponseId, RecipientLastName,
// RecipientFirstName, RecipientEmail, ExternalReference, …, UserLanguage, Q1, Q2, …), then the question texts, then
// {"ImportId":…} objects. The first row is the header; the other two are passed over. An NPS question has a
// companion column `<Q>_NPS_GROUP`, which is how the score column is found when none is named.

/** The Qualtrics columns Centric reads (besides the score and comment questions). */
export const QUALTRICS_COLUMNS = [
  'RecordedDate',
  'ResponseId',
  'Finished',
  'RecipientEmail',
  'ExternalReference',
  'UserLanguage',
];

/** Qualtrics' CSV export ("Download data table", choice values as numbers). */
export const qualtricsFormat: ResponseImportFormat = {
  name: 'qualtrics',
  label: 'Qualtrics CSV export',
  json: false,
  columns: QUALTRICS_COLUMNS,
  bind(header: readonly string[], options: FormatOptions) {
    const names = header.map((h) => h.trim());
    const at = (name: string) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    const date = at('RecordedDate') >= 0 ? at('RecordedDate') : at('EndDate');
    if (date < 0 || at('ResponseId') < 0)
      return {
        ok: false,
        error:
          'not a Qualtrics export: the first header row must have RecordedDate (or EndDate) and ResponseId',
      };
    if (!options.survey) return { ok: false, error: 'name the survey the responses go to (--survey NAME)' };
    const npsGroup = names.find((n) => n.endsWith('_NPS_GROUP'));
    const scoreName = options.scoreColumn ?? npsGroup?.slice(0, -'_NPS_GROUP'.length);
    if (!scoreName)
      return {
        ok: false,
        error: 'no NPS question found (no <Q>_NPS_GROUP column): name the score column (--score-column Q1)',
      };
    const score = at(scoreName);
    if (score < 0) return { ok: false, error: `the score column "${scoreName}" is not in the header` };
    let comment = options.commentColumn ? at(options.commentColumn) : -1;
    if (options.commentColumn && comment < 0)
      return { ok: false, error: `the comment column "${options.commentColumn}" is not in the header` };
    if (!options.commentColumn) {
      // By default the question after the score (the "why?" of an NPS survey) is the comment.
      let next = score + 1;
      if (names[next]?.endsWith('_NPS_GROUP')) next += 1;
      if (/^Q/i.test(names[next] ?? '')) comment = next;
    }
    const finished = at('Finished');
    const responseId = at('ResponseId');
    const survey = options.survey;
    const read: RowReader = (cells, line) => {
      const id = cells[responseId]?.trim() ?? '';
      if (id === 'Response ID' || id.startsWith('{'))
        return { ok: 'skip', reason: 'a Qualtrics header row (question texts or import ids)' };
      const done = cell(cells, finished)?.toLowerCase();
      if (done === 'false' || done === '0') return { ok: 'skip', reason: 'an unfinished Qualtrics response' };
      const when = readInstant(cells[date] ?? '');
      if (!when.ok) return { ok: false, error: `${names[date]}: ${when.error}` };
      const value = readScore(cells[score] ?? '');
      if (!value.ok) return value;
      const text = cell(cells, comment);
      if (value.value === null && !text) return { ok: 'skip', reason: 'no score and no comment' };
      return {
        ok: true,
        value: {
          line,
          respondedAt: when.value,
          score: value.value,
          comment: text,
          survey,
          channel: null,
          segment: null,
          unit: null,
          customerId: cell(cells, at('ExternalReference')),
          customerEmail: cell(cells, at('RecipientEmail'))?.toLowerCase() ?? null,
          employeeEmail: null,
          language: cell(cells, at('UserLanguage'))?.toLowerCase() ?? null,
          source: 'import',
          answers: { qualtricsResponseId: id },
        },
      };
    };
    return { ok: true, value: read };
  },
};
