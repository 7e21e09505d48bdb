import { sql } from 'drizzle-orm';
import type { Executor } from '../database';
import type { BulkResponse } from './response-bulk.repository';

/**
 * The foreign-key checks of a bulk load, set-based. PostgreSQL checks each foreign key of each inserted row on
 * its own (a lookup and a row lock on the parent per key per row): for a million imported responses with seven
 * parents that is seven million lookups, most of the load's time. A bulk load instead locks each distinct parent
 * once, as those checks would (`FOR KEY SHARE`, so a concurrent delete waits for the load's commit and then sees
 * its rows), refusing the load when one is missing or belongs to another organisation; and, where the session
 * may, it turns the row-by-row checks off for its own inserts only (`session_replication_role`, reset after each
 * insert, undone with the transaction). Where it may not, the row-by-row checks run as well.
 */

/** The parents of a bulk response row, by column, with their tables (each scoped by organisation). */
const PARENTS = {
  surveyId: 'surveys',
  customerId: 'customers',
  channelId: 'channels',
  segmentId: 'segments',
  unitId: 'units',
  employeeId: 'people',
  importId: 'response_imports',
} as const satisfies Partial<Record<keyof BulkResponse, string>>;

type ParentColumn = keyof typeof PARENTS;

/** A parent a bulk load's rows point at that does not exist in the organisation (deleted meanwhile). */
export class MissingParentError extends Error {
  constructor(
    readonly table: string,
    readonly ids: string[],
  ) {
    super(
      `the rows refer to ${ids.length} row(s) of ${table} that do not exist in the organisation (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}): deleted while the rows were written?`,
    );
  }
}

/** The parents one bulk load has locked so far, in its transaction. */
export class BulkLoadParents {
  readonly #locked = new Map<ParentColumn, Set<string>>();
  #organisationLocked = false;

  constructor(readonly organisationId: string) {}

  /**
   * Locks the parents of these rows not locked before by this load (one statement), as the foreign keys would,
   * and throws MissingParentError when one is not a row of the organisation. Call it before inserting the rows.
   */
  async lock(tx: Executor, rows: readonly BulkResponse[]): Promise<void> {
    for (const row of rows)
      if (row.organisationId !== this.organisationId)
        throw new Error(`a bulk load of organisation ${this.organisationId} was given a row of another`);
    const fresh = new Map<ParentColumn, Set<string>>();
    for (const column of Object.keys(PARENTS) as ParentColumn[]) {
      const locked = this.#locked.get(column);
      const found = new Set<string>();
      for (const row of rows) {
        const id = row[column];
        if (id && !locked?.has(id)) found.add(id);
      }
      if (found.size > 0) fresh.set(column, found);
    }
    if (fresh.size === 0 && this.#organisationLocked) return;
    const org = this.organisationId;
    const ctes = [sql`o as (select id from organisations where id = ${org} for key share)`];
    const counts = [sql`(select count(*) from o)::int as o`];
    const order = [...fresh.keys()];
    order.forEach((column, i) => {
      const table = sql.raw(PARENTS[column]);
      const ids = `{${[...fresh.get(column)!].join(',')}}`;
      const name = sql.raw(`p${i}`);
      ctes.push(
        sql`${name} as (select id from ${table} where organisation_id = ${org} and id = any(${ids}::uuid[]) for key share)`,
      );
      // Text, so that both drivers hand back the same thing.
      counts.push(sql`(select string_agg(id::text, ',') from ${name}) as ${name}`);
    });
    const result = await tx.execute(sql`with ${sql.join(ctes, sql`, `)} select ${sql.join(counts, sql`, `)}`);
    const row = (result as unknown as { rows: Record<string, number | string | null>[] }).rows[0]!;
    if (Number(row.o) !== 1) throw new MissingParentError('organisations', [org]);
    this.#organisationLocked = true;
    order.forEach((column, i) => {
      const present = new Set(((row[`p${i}`] as string | null) ?? '').split(','));
      const wanted = fresh.get(column)!;
      const missing = [...wanted].filter((id) => !present.has(id.toLowerCase()));
      if (missing.length > 0) throw new MissingParentError(PARENTS[column], missing);
      const locked = this.#locked.get(column) ?? new Set<string>();
      for (const id of wanted) locked.add(id);
      this.#locked.set(column, locked);
    });
  }
}

/**
 * Whether this session may turn the row-by-row foreign-key checks off for its own inserts: a superuser, or (from
 * PostgreSQL 15) a role granted `SET` on `session_replication_role`.
 */
export async function mayBypassRowChecks(tx: Executor): Promise<boolean> {
  const rows = (
    (await tx.execute(
      sql`select current_setting('is_superuser') = 'on' as superuser, current_setting('server_version_num')::int as version`,
    )) as unknown as { rows: { superuser: boolean; version: number }[] }
  ).rows;
  const { superuser, version } = rows[0]!;
  if (superuser) return true;
  if (version < 150000) return false;
  const granted = (
    (await tx.execute(
      sql`select has_parameter_privilege('session_replication_role', 'SET') as granted`,
    )) as unknown as { rows: { granted: boolean }[] }
  ).rows;
  return granted[0]!.granted;
}

/**
 * A FROM item that turns the row-by-row foreign-key checks (and any other trigger) off for the rest of this
 * transaction's session before its statement inserts a row: joined into a bulk insert, the setting is made by
 * the insert itself, so no other statement can run with it in between. The caller has locked the rows' parents
 * (BulkLoadParents) and calls {@link restoreRowChecks} right after; when the insert fails the transaction is
 * aborted, and its rollback undoes the setting too.
 */
export const rowChecksOff = sql`(select set_config('session_replication_role', 'replica', true)) as row_checks_off`;

/** Turns the row-by-row checks back on after an insert joined with {@link rowChecksOff}. */
export async function restoreRowChecks(tx: Executor): Promise<void> {
  await tx.execute(sql`select set_config('session_replication_role', 'origin', true)`);
}
