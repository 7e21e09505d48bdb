import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CsvShapeError, readCsvRecords } from './csv-records';
import { JsonShapeError, jsonRecords } from './json-records';
import { NotUtf8Error, utf8Guard } from './utf8-guard';

/** What reading an import file yields, in file order. */
export type FileItem =
  /** The header (CSV: the first row; JSON: the format's own columns). */
  | { kind: 'header'; line: number; cells: string[]; raw: string }
  | { kind: 'record'; line: number; cells: string[]; raw: string }
  /** A line that cannot be read as a record (wrong number of cells, bad JSON): reported, the rest goes on. */
  | { kind: 'bad'; line: number; message: string; raw: string }
  /** The file cannot be read further (not UTF-8, broken quoting): reported, nothing after it is read. */
  | { kind: 'fatal'; line: number; message: string };

/** How to read a file: CSV, or JSON (array or lines) with the columns the format expects. */
export interface ReadOptions {
  json: boolean;
  /** JSON only: the keys each object may have, in the order of the cells produced. */
  columns?: readonly string[];
  /** Keep each record's text as written (for the rejected-lines file; costs time, so only when needed). */
  raw?: boolean;
  /** Called as bytes are read (progress). */
  onBytes?: (bytes: number) => void;
}

/** Whether a file is JSON, from its first non-blank character. */
export async function looksLikeJson(path: string): Promise<boolean> {
  const stream = createReadStream(path, { start: 0, end: 4095, encoding: 'utf8' });
  let head = '';
  for await (const chunk of stream) head += chunk;
  const first = head.replace(/^\ufeff/, '').trimStart()[0];
  return first === '[' || first === '{';
}

/** The size of a file in bytes. */
export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}

function source(path: string, onBytes?: (bytes: number) => void): Readable {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  if (onBytes) {
    let bytes = 0;
    stream.on('data', (chunk) => {
      bytes += chunk.length;
      onBytes(bytes);
    });
  }
  return stream.pipe(utf8Guard());
}

/**
 * Streams the items of an import file without holding it, a batch at a time (what the parser has ready; a
 * million lines are a few hundred awaits, not a million): bytes are checked for UTF-8 as they pass, CSV is split
 * in blocks of whole records by Papa Parse (quotes, BOM, CRLF, blank lines), JSON element by element.
 */
export async function* readImportBatches(path: string, options: ReadOptions): AsyncGenerator<FileItem[]> {
  const bytes = source(path, options.onBytes);
  // A failure upstream (not UTF-8) must reach the reader: pipe() alone does not forward errors.
  if (options.json) for await (const item of readJson(bytes, options.columns ?? [])) yield [item];
  else yield* readCsv(bytes, options.raw ?? false);
}

/** The items of an import file one by one (a preview of its first lines). */
export async function* readImportFile(path: string, options: ReadOptions): AsyncGenerator<FileItem> {
  for await (const batch of readImportBatches(path, options)) yield* batch;
}

async function* readCsv(bytes: Readable, keepRaw: boolean): AsyncGenerator<FileItem[]> {
  bytes.setEncoding('utf8');
  let width = -1;
  let lastLine = 1;
  try {
    for await (const records of readCsvRecords(bytes as AsyncIterable<string>)) {
      const items: FileItem[] = [];
      for (const { cells, line, raw: text } of records) {
        const raw = keepRaw ? text : '';
        lastLine = line;
        if (width < 0) {
          width = cells.length;
          items.push({ kind: 'header', line, cells, raw });
        } else if (cells.length !== width) {
          // A trailing empty cell from a trailing comma is a common export quirk, but not ours to guess about.
          items.push({
            kind: 'bad',
            line,
            raw,
            message: `has ${cells.length} cells where the header has ${width}${cells.length > width ? ' (an extra column, or a comma in an unquoted text?)' : ' (a missing column?)'}`,
          });
        } else items.push({ kind: 'record', line, cells, raw });
      }
      yield items;
    }
  } catch (error) {
    if (error instanceof NotUtf8Error) yield [{ kind: 'fatal', line: error.line, message: error.message }];
    else if (error instanceof CsvShapeError)
      yield [{ kind: 'fatal', line: error.line, message: `not valid CSV: ${error.message}` }];
    else yield [{ kind: 'fatal', line: lastLine, message: `not valid CSV: ${(error as Error).message}` }];
  }
}

async function* readJson(bytes: Readable, columns: readonly string[]): AsyncGenerator<FileItem> {
  bytes.setEncoding('utf8');
  const allowed = new Set(columns);
  yield { kind: 'header', line: 1, cells: [...columns], raw: '' };
  try {
    for await (const { line, text } of jsonRecords(bytes as AsyncIterable<string>)) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield { kind: 'bad', line, raw: text, message: `not valid JSON: ${(error as Error).message}` };
        continue;
      }
      const object = value as Record<string, unknown>;
      const unknown = Object.keys(object).filter((k) => !allowed.has(k));
      if (unknown.length > 0) {
        yield {
          kind: 'bad',
          line,
          raw: text,
          message: `unknown field(s) ${unknown.join(', ')}; expected ${columns.join(', ')}`,
        };
        continue;
      }
      const cells = columns.map((c) => {
        const v = object[c];
        return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
      });
      yield { kind: 'record', line, cells, raw: text };
    }
  } catch (error) {
    if (error instanceof NotUtf8Error || error instanceof JsonShapeError)
      yield { kind: 'fatal', line: error.line, message: error.message };
    else throw error;
  }
}
