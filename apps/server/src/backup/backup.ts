import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import type { DatabaseHandle } from '@centric/db/database';
import { tablesInDependencyOrder } from './table-order';

/** The backup format's name and version, written on its first line. */
export const BACKUP_FORMAT = { format: 'centric-backup', version: 1 } as const;
const PAGE = 2000;

/** Progress of a long backup or restore. */
export type Progress = (table: string, rows: number) => void;

/**
 * Writes every row of every table as gzipped JSON lines: a header, then per table a `table` line and its rows.
 * Rows are read in primary-key pages through `row_to_json`, so the same file restores into either engine.
 */
export async function writeBackup(
  handle: DatabaseHandle,
  file: string,
  onProgress?: Progress,
): Promise<Record<string, number>> {
  const tables = await tablesInDependencyOrder(handle);
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial);
  gzip.pipe(out);
  const write = async (line: unknown) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  await write({ ...BACKUP_FORMAT, engine: handle.engine, tables: tables.map((t) => t.name) });
  for (const table of tables) {
    await write({ table: table.name });
    let after: string | null = null;
    let n = 0;
    for (;;) {
      const { rows }: { rows: { k: string; j: string }[] } = await handle.query<{ k: string; j: string }>(
        `select ${quote(table.primaryKey)}::text as k, row_to_json(t)::text as j from ${quote(table.name)} t
          ${after === null ? '' : `where ${quote(table.primaryKey)}::text > $1`} order by ${quote(table.primaryKey)}::text limit ${PAGE}`,
        after === null ? [] : [after],
      );
      for (const row of rows) await write({ r: JSON.parse(row.j) });
      n += rows.length;
      onProgress?.(table.name, n);
      if (rows.length < PAGE) break;
      after = rows.at(-1)!.k;
    }
    counts[table.name] = n;
  }
  await write({ end: true, counts });
  gzip.end();
  await once(out, 'finish');
  // Only a complete file takes the final name: a crash never leaves a truncated backup that looks whole.
  await rename(partial, file);
  return counts;
}

/** Double-quotes an SQL identifier. */
export function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
