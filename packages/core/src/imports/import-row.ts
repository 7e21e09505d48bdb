import type { Read } from './import-values';

/** One line of an import file, read into what a response needs; names are resolved to ids by the server. */
export interface ImportRow {
  /** The line of the file the row starts on (1-based, the header is line 1). */
  readonly line: number;
  readonly respondedAt: Date;
  /** The main score as given (checked against the survey's scale once the survey is known), or null. */
  readonly score: number | null;
  readonly comment: string | null;
  /** Names of the survey, channel, segment and unit (null: none given). */
  readonly survey: string | null;
  readonly channel: string | null;
  readonly segment: string | null;
  readonly unit: string | null;
  /** The customer's id in the organisation's systems, and/or their e-mail. */
  readonly customerId: string | null;
  readonly customerEmail: string | null;
  readonly employeeEmail: string | null;
  readonly language: string | null;
  /** 'online' for reviews and comments found online, 'import' for everything else. */
  readonly source: 'import' | 'online';
  /** Extra facts kept on the response (e.g. a review's site, URL and author). */
  readonly answers: Record<string, unknown>;
}

/** What reading one record gives: a row, a line to pass over (with why), or the reason it is bad. */
export type RowResult = Read<ImportRow> | { ok: 'skip'; reason: string };

/** Reads the records of a file whose header has been bound. */
export type RowReader = (cells: readonly string[], line: number) => RowResult;

/** What the person importing may tell a format. */
export interface FormatOptions {
  /** The survey every row goes to, for exports that do not name it per row (survey tools, online reviews). */
  survey?: string | undefined;
  /** The scale of online ratings: 5 (stars), 10, or 100 (percent). */
  ratingScale?: 5 | 10 | 100 | undefined;
  /** Qualtrics: the question column holding the score, and the one holding the comment. */
  scoreColumn?: string | undefined;
  commentColumn?: string | undefined;
}

/** An import format: a name, whether its files are CSV or may be JSON, and how it binds a header. */
export interface ResponseImportFormat {
  readonly name: string;
  readonly label: string;
  /** JSON (an array or JSON lines) is accepted besides CSV. */
  readonly json: boolean;
  /** The header a file must have, for messages and the web page. */
  readonly columns: readonly string[];
  /** Checks a header; answers the reader of the rows under it, or why the header does not fit. */
  bind(header: readonly string[], options: FormatOptions): Read<RowReader>;
}

/** A cell as text or null when empty. */
export function cell(cells: readonly string[], index: number): string | null {
  if (index < 0) return null;
  const value = cells[index]?.trim() ?? '';
  return value === '' ? null : value;
}
