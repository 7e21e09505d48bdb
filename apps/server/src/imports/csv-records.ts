import Papa from 'papaparse';

/** One CSV record: its cells, the line it ends on (as csv-parse counts), and its text as written. */
export interface CsvRecord {
  cells: string[];
  line: number;
  raw: string;
}

/** The text cannot be read as CSV from this line on (an unclosed or misplaced quote). */
export class CsvShapeError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** A record longer than this is taken for an unclosed quote rather than held in memory. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/**
 * Reads CSV text as it streams in, a block of whole records at a time, parsed by Papa Parse (a tenth of
 * csv-parse's time at a million lines). Each block ends at a line break outside quotes (in RFC 4180 a line break
 * is inside a field exactly when an odd number of quotes comes before it in the record), so Papa Parse never
 * sees half a record; the line of each record is counted from the text between records. Blank lines are
 * skipped, a byte-order mark dropped, the line break is the file's first (LF, CRLF or CR).
 */
export async function* readCsvRecords(text: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  let pending = '';
  /** The line of the first character of `pending`. */
  let line = 1;
  let newline: '\n' | '\r\n' | '\r' | null = null;
  let first = true;
  // How far `pending` has been scanned for record ends, and whether that point is inside quotes.
  let scanned = 0;
  let quoted = false;
  for await (let chunk of text) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    pending += chunk;
    newline ??= lineBreakOf(pending);
    if (newline === null) continue;
    const breakChar = newline.charCodeAt(newline.length - 1);
    let end = -1;
    for (let i = scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === breakChar && !quoted) end = i + 1;
    }
    scanned = pending.length;
    if (end < 0) {
      if (pending.length > MAX_RECORD_CHARS)
        throw new CsvShapeError(
          line,
          `a field runs on past ${MAX_RECORD_CHARS / 1048576} MB (an unclosed quote?)`,
        );
      continue;
    }
    const block = parseBlock(pending.slice(0, end), line, newline);
    line = block.nextLine;
    pending = pending.slice(end);
    scanned = pending.length;
    if (block.records.length > 0) yield block.records;
  }
  if (pending.length > 0) {
    const block = parseBlock(pending, line, newline ?? '\n');
    if (block.records.length > 0) yield block.records;
  }
}

/** The file's line break, from its first one (null while none has come). */
function lineBreakOf(text: string): '\n' | '\r\n' | '\r' | null {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf >= 0) {
    const cr = text.indexOf('\r');
    return cr >= 0 && cr < lf ? '\r' : '\n';
  }
  // A CR at the very end may be the first half of a CRLF still to come.
  const cr = text.indexOf('\r');
  return cr >= 0 && cr < text.length - 1 ? '\r' : null;
}

/** Parses whole records of a block that starts on line `line`; answers them and the line after the block. */
function parseBlock(
  text: string,
  line: number,
  newline: '\n' | '\r\n' | '\r',
): { records: CsvRecord[]; nextLine: number } {
  const breakChar = newline.charCodeAt(newline.length - 1);
  const records: CsvRecord[] = [];
  let at = 0;
  let failure: { index: number; message: string } | null = null;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step(result, parser) {
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        failure = { index: quoteError.index ?? at, message: quoteError.message };
        parser.abort();
        return;
      }
      const cursor = result.meta.cursor;
      const terminated = cursor > at && text.charCodeAt(cursor - 1) === breakChar;
      const breaks = countOf(text, breakChar, at, cursor);
      // A blank line (nothing between its breaks; a lone "" is a record) is skipped but counted.
      if (cursor - at <= (terminated ? newline.length : 0)) {
        line += breaks;
        at = cursor;
        return;
      }
      records.push({
        cells: result.data,
        line: line + breaks - (terminated ? 1 : 0),
        raw: text.slice(at, cursor),
      });
      line += breaks;
      at = cursor;
    },
  });
  if (failure !== null) {
    const { index, message } = failure as { index: number; message: string };
    throw new CsvShapeError(line + countOf(text, breakChar, at, Math.min(index, text.length)), message);
  }
  line += countOf(text, breakChar, at, text.length);
  return { records, nextLine: line };
}

function countOf(text: string, char: number, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === char) n += 1;
  return n;
}
