import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { AppError } from '@centric/core/errors';
import type { DatabaseHandle } from '@centric/db/database';
import { migrateDatabase } from '@centric/db/migrate';
import { sql } from 'drizzle-orm';
import { reasonOf } from '../platform/safe-error';
import { BACKUP_FORMAT, type Progress } from './backup';
import { tablesInDependencyOrder } from './table-order';

const BATCH = 1000;

/**
 * Restores a backup into an empty database, all or nothing: one transaction, rows inserted table by table with
 * `json_populate_recordset`, then the row counts checked against the backup's own.
 */
export async function restoreBackup(
  handle: DatabaseHandle,
  file: string,
  onProgress?: Progress,
): Promise<Record<string, number>> {
  await access(file).catch(() => {
    throw new AppError('bad_request', `no backup file at ${file}`);
  });
  await migrateDatabase(handle);
  const known = new Set((await tablesInDependencyOrder(handle)).map((t) => t.name));
  const { rows } = await handle.query<{ n: number }>('select count(*)::int as n from organisations');
  if ((rows[0]?.n ?? 0) > 0)
    throw new AppError('conflict', 'the target database is not empty: restore into a new, empty database');

  const counts: Record<string, number> = {};
  let expected: Record<string, number> | undefined;
  await handle.db.transaction(async (tx) => {
    // Opening the database created this instance's own settings (its signing secret): the backup's replace them.
    await tx.execute(sql`delete from instance_settings`);
    let table: string | undefined;
    let batch: unknown[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const ident = sql.identifier(table);
      await tx.execute(
        sql`insert into ${ident} select * from json_populate_recordset(null::${ident}, ${JSON.stringify(batch)}::json)`,
      );
      counts[table] = (counts[table] ?? 0) + batch.length;
      onProgress?.(table, counts[table] ?? 0);
      batch = [];
    };
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let first = true;
    try {
      for await (const line of lines) {
        if (!line) continue;
        const entry = JSON.parse(line) as {
          format?: string;
          version?: number;
          table?: string;
          r?: unknown;
          end?: boolean;
          counts?: Record<string, number>;
        };
        if (first) {
          if (entry.format !== BACKUP_FORMAT.format)
            throw new AppError('bad_request', `${file} is not a Centric backup`);
          if ((entry.version ?? 0) > BACKUP_FORMAT.version)
            throw new AppError('bad_request', `${file} was written by a newer Centric; upgrade first`);
          first = false;
          continue;
        }
        if (entry.table !== undefined) {
          await flush();
          if (!known.has(entry.table))
            throw new AppError(
              'bad_request',
              `the backup has a table this Centric does not know: ${entry.table}`,
            );
          table = entry.table;
          counts[table] = 0;
        } else if (entry.r !== undefined) {
          batch.push(entry.r);
          if (batch.length >= BATCH) await flush();
        } else if (entry.end) {
          await flush();
          expected = entry.counts;
        }
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('bad_request', `${file} is damaged or not a Centric backup: ${reasonOf(error)}`);
    }
    if (!expected)
      throw new AppError('bad_request', `${file} is incomplete (no end marker): it was not restored`);
    for (const [name, n] of Object.entries(expected)) {
      if ((counts[name] ?? 0) !== n)
        throw new AppError('internal', `restored ${counts[name] ?? 0} rows of ${name}, the backup has ${n}`);
    }
  });
  return counts;
}
