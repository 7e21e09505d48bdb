import type {
  FormatOptions,
  ImportRow,
  ResponseImportFormat,
  RowReader,
} from '@centric/core/imports/import-row';
import type { Executor } from '@centric/db/database';
import { type FileItem, looksLikeJson, readImportBatches } from './import-records';
import type { ImportResolver, ResolvedRow } from './import-resolver';

/** Rows resolved and handed on at once: one customer lookup, one insert and one rollup upsert per chunk. */
export const IMPORT_CHUNK = 10_000;

/** What one pass over a file tells its caller, as it reads. */
export interface ScanVisitor {
  /** The header line as written (for the rejected-lines file). */
  header?(raw: string): void;
  /** A chunk of good rows, resolved. */
  good(rows: ResolvedRow[]): Promise<void>;
  /** A bad line with its reason (and its text as written, when there is one). */
  bad(line: number, message: string, raw: string | null): void;
  /** Bytes read so far and data lines seen. */
  progress?(bytes: number, lines: number): void;
}

/** How a pass ended: lines read, lines passed over (export header rows), and a reason it had to stop. */
export interface ScanResult {
  lines: number;
  skipped: number;
  fatal: { line: number; message: string } | null;
}

/**
 * One streaming pass over an import file: read, check the header against the format, read each record into a
 * row, resolve names and check scores against the survey's scale chunk by chunk. A dry run and an import are
 * this same function, so they agree line for line on what is good.
 */
export async function scanImportFile(
  db: Executor,
  path: string,
  format: ResponseImportFormat,
  options: FormatOptions,
  resolver: ImportResolver,
  now: Date,
  visit: ScanVisitor,
  keepRaw = false,
): Promise<ScanResult> {
  const json = format.json && (await looksLikeJson(path));
  let reader: RowReader | null = null;
  let lines = 0;
  let skipped = 0;
  let bytes = 0;
  // Bad lines wait in the chunk too, so they are reported (and written out) in file order.
  let chunk: ({ row: ImportRow; raw: string } | { line: number; error: string; raw: string })[] = [];
  let rows = 0;
  const latest = now.getTime() + 86_400_000;
  const flush = async () => {
    if (chunk.length === 0) return;
    const customers = await resolver.customersOf(
      db,
      chunk.flatMap((c) => ('row' in c ? [c.row] : [])),
    );
    const good: ResolvedRow[] = [];
    for (const entry of chunk) {
      if (!('row' in entry)) {
        visit.bad(entry.line, entry.error, entry.raw);
        continue;
      }
      const resolved = resolver.resolve(entry.row, customers);
      if (resolved.ok) good.push(resolved.value);
      else visit.bad(entry.row.line, resolved.error, entry.raw);
    }
    chunk = [];
    rows = 0;
    if (good.length > 0) await visit.good(good);
  };
  const batches: AsyncGenerator<FileItem[]> = readImportBatches(path, {
    json,
    columns: format.columns,
    raw: keepRaw,
    onBytes: (b) => {
      bytes = b;
    },
  });
  for await (const batch of batches)
    for (const item of batch) {
      if (item.kind === 'fatal') {
        await flush();
        return { lines, skipped, fatal: { line: item.line, message: item.message } };
      }
      if (item.kind === 'header') {
        const bound = format.bind(item.cells, options);
        if (!bound.ok)
          return {
            lines,
            skipped,
            fatal: { line: item.line, message: `the header does not fit: ${bound.error}` },
          };
        reader = bound.value;
        visit.header?.(item.raw);
        continue;
      }
      lines += 1;
      if (lines % 5000 === 0) visit.progress?.(bytes, lines);
      if (item.kind === 'bad') {
        chunk.push({ line: item.line, error: item.message, raw: item.raw });
        continue;
      }
      const read = reader!(item.cells, item.line);
      if (read.ok === 'skip') {
        skipped += 1;
        continue;
      }
      if (!read.ok) {
        chunk.push({ line: item.line, error: read.error, raw: item.raw });
        continue;
      }
      if (read.value.respondedAt.getTime() > latest) {
        const error = `the date ${read.value.respondedAt.toISOString()} is in the future`;
        chunk.push({ line: item.line, error, raw: item.raw });
        continue;
      }
      chunk.push({ row: read.value, raw: item.raw });
      rows += 1;
      if (rows >= IMPORT_CHUNK || chunk.length >= 4 * IMPORT_CHUNK) await flush();
    }
  await flush();
  visit.progress?.(bytes, lines);
  if (reader === null)
    return {
      lines,
      skipped,
      fatal: { line: 1, message: `the file is empty: expected a header row (${format.columns.join(',')})` },
    };
  if (lines === 0)
    return { lines, skipped, fatal: { line: 2, message: 'the file has a header but no lines' } };
  return { lines, skipped, fatal: null };
}
