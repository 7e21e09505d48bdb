// The one module that writes the metric rollups. Everything that changes responses reaches it through the
// response write path's rollup hook (apps/server/src/metrics/rollup.hook.ts), inside the write's transaction:
//
//   applyRollupDeltas(tx, rollupDeltas(signedFacts, timeZoneOf))   a batch of score deltas (create, import, edit, delete)
//   reattributeRollups(tx, org, 'unit', fromId, toId | null)        every answer of one unit/channel/segment/person moved at once
//   rebuildRollups(tx, org, timeZone)                               recount from the responses (time-zone change, restore)
//   rollupsOfInserted(org)                                          CTEs counting the rows of a one-statement insert
//
// Deltas come from core's `rollupDeltas` (summed per key and sorted, so a batch is one statement per table and
// concurrent writers lock rows in the same order).

import type { RollupDelta } from '@centric/core/metrics/rollup-delta';
import { GRAIN_BIT, ROLLUP_GRAINS, type RollupDimension } from '@centric/core/metrics/rollup-grain';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { restoreRowChecks, rowChecksOff } from '../responses/response-parents.repository';
import type { AlongsideInsert } from '../responses/response-statement.repository';

const SCORES = Array.from({ length: 11 }, (_, i) => `s${i}`);
/** The count columns of a rollup row. */
export const COUNT_COLUMNS = [...SCORES, 'unscored'];
const DIMENSION_COLUMNS = ['unit_id', 'channel_id', 'segment_id', 'employee_id'] as const;

/** The two rollup tables and their period column. */
export const ROLLUP_TABLES = [
  { name: 'metric_daily_rollups', period: 'day' },
  { name: 'metric_monthly_rollups', period: 'month' },
] as const;

function toRecords(deltas: readonly RollupDelta[], period: 'day' | 'month') {
  return deltas.map((d) => {
    const record: Record<string, unknown> = {
      organisation_id: d.organisationId,
      grain: d.grain,
      [period]: d.period,
      survey_id: d.surveyId,
      unit_id: d.unitId,
      channel_id: d.channelId,
      segment_id: d.segmentId,
      employee_id: d.employeeId,
      unscored: d.unscored,
    };
    d.scores.forEach((count, i) => {
      record[`s${i}`] = count;
    });
    return record;
  });
}

function keyColumns(period: 'day' | 'month'): string[] {
  return ['organisation_id', 'grain', period, 'survey_id', ...DIMENSION_COLUMNS];
}

function increments(name: string): string {
  return COUNT_COLUMNS.map((c) => `${c} = ${name}.${c} + excluded.${c}`).join(', ');
}

function upsert(table: (typeof ROLLUP_TABLES)[number], deltas: readonly RollupDelta[], guard: SQL): SQL {
  const columns = [...keyColumns(table.period), ...COUNT_COLUMNS].join(', ');
  // One JSON parameter per table: a 5,000-answer import is one statement whatever its number of keys.
  return sql`insert into ${sql.raw(table.name)} (${sql.raw(columns)})
        select ${sql.raw(columns)} from json_populate_recordset(null::${sql.raw(table.name)}, ${JSON.stringify(toRecords(deltas, table.period))}::json)
        where ${guard}
        on conflict on constraint ${sql.raw(`${table.name}_key`)} do update set ${sql.raw(increments(table.name))}
        returning 1`;
}

/**
 * Adds a batch of score deltas (core's `rollupDeltas` of the batch's signed changes) to the daily and monthly
 * rollups, inside the write's transaction: one statement for both tables, whatever the batch's size.
 * With `zones` (organisation id → the time zone the deltas were cut in) the same statement first checks that
 * every organisation still has that time zone, and writes nothing and answers false if one changed, so the
 * caller needs no separate read of the time zone; without it the deltas are written and it answers true.
 */
export async function applyRollupDeltas(
  tx: Executor,
  deltas: { daily: readonly RollupDelta[]; monthly: readonly RollupDelta[] },
  zones?: ReadonlyMap<string, string>,
): Promise<boolean> {
  const parts: [string, SQL][] = [];
  const guarded = zones !== undefined && zones.size > 0;
  // Both data-modifying CTEs read the guard from the statement's one snapshot: all or none of the rows change.
  const guard = guarded ? sql`(select ok from zone)` : sql`true`;
  if (deltas.daily.length > 0) parts.push(['daily', upsert(ROLLUP_TABLES[0], deltas.daily, guard)]);
  if (deltas.monthly.length > 0) parts.push(['monthly', upsert(ROLLUP_TABLES[1], deltas.monthly, guard)]);
  if (parts.length === 0) return true;
  const ctes: SQL[] = [];
  if (guarded) {
    const expected = JSON.stringify([...zones].map(([id, timeZone]) => ({ id, time_zone: timeZone })));
    ctes.push(sql`zone as (
      select count(*) = ${zones.size} as ok
        from json_to_recordset(${expected}::json) as z(id uuid, time_zone text)
        join organisations o on o.id = z.id and o.time_zone = z.time_zone)`);
  }
  for (const [name, statement] of parts) ctes.push(sql`${sql.raw(name)} as (${statement})`);
  // Every batch runs this same statement shape (daily, then monthly, each in key order): two batches in flight
  // lock rows in the same order and cannot deadlock.
  const counted = sql.join(
    parts.map(([name]) => sql`(select count(*) from ${sql.raw(name)})`),
    sql` + `,
  );
  const result = await tx.execute(
    sql`with ${sql.join(ctes, sql`, `)} select ${guarded ? sql`(select ok from zone)` : sql`true`} as ok, ${counted} as written`,
  );
  const rows = (result as unknown as { rows: { ok: boolean }[] }).rows;
  return rows[0]?.ok === true;
}

/**
 * Moves every answer counted under one unit, channel, segment or employee to another (or to none), in the
 * caller's transaction: what a bulk re-attribution of the responses does to the rollups, as a few set-based
 * statements instead of a delta per answer. Rows of grains without the dimension do not change.
 */
export async function reattributeRollups(
  tx: Executor,
  organisationId: string,
  dimension: RollupDimension,
  fromId: string,
  toId: string | null,
): Promise<void> {
  const column = `${dimension}_id`;
  const bit = GRAIN_BIT[dimension];
  for (const table of ROLLUP_TABLES) {
    const keys = keyColumns(table.period);
    const projection = sql.join(
      keys.map((k) => (k === column ? sql`${toId}::uuid` : sql.raw(k))),
      sql`, `,
    );
    const source = sql`organisation_id = ${organisationId}::uuid and (grain & ${bit}) <> 0 and ${sql.raw(column)} = ${fromId}::uuid`;
    await tx.execute(sql`
      insert into ${sql.raw(table.name)} (${sql.raw([...keys, ...COUNT_COLUMNS].join(', '))})
      select ${projection}, ${sql.raw(COUNT_COLUMNS.join(', '))} from ${sql.raw(table.name)} where ${source}
      on conflict on constraint ${sql.raw(`${table.name}_key`)} do update set ${sql.raw(increments(table.name))}`);
    await tx.execute(sql`delete from ${sql.raw(table.name)} where ${source}`);
  }
}

/** Count columns of a GROUP BY over responses `r`: one per score, and the answers without one. */
export function countSums(alias: string): string {
  return [
    ...SCORES.map((s, i) => `count(*) filter (where ${alias}.score = ${i})::int as ${s}`),
    `count(*) filter (where ${alias}.score is null)::int as unscored`,
  ].join(', ');
}

/** The local day of a response `r` in a time zone (a name, or SQL answering one), as SQL. */
export function localDay(timeZone: string | SQL): SQL {
  return sql`(r.responded_at at time zone ${timeZone})::date`;
}

/** The grouping sets of every rollup grain over responses `r` with a `period` column. */
function grainGroupingSets(): { dims: string[]; sets: string; grain: string } {
  const dims = DIMENSION_COLUMNS.map((c) => `r.${c}`);
  const sets = ROLLUP_GRAINS.map(
    (grain) => `(r.period, r.survey_id${dims.map((d, i) => (grain & (1 << i) ? `, ${d}` : '')).join('')})`,
  ).join(', ');
  // GROUPING(x) is 1 where x was aggregated away: the grain is the bits of the dimensions kept.
  const grain = dims.map((d, i) => `(1 - grouping(${d})) * ${1 << i}`).join(' + ');
  return { dims, sets, grain };
}

/**
 * One INSERT … SELECT counting rows of responses (`rows`: a FROM item named `r`, filtered by `source`) of one
 * organisation into a rollup table at every grain in one pass (GROUPING SETS), the local day (or its month) cut
 * in `timeZone`; `merge` adds to existing keys, in key order (concurrent writers then lock rows in one order).
 */
function countSql(
  table: (typeof ROLLUP_TABLES)[number],
  organisationId: string,
  timeZone: string | SQL,
  rows: SQL,
  source: SQL,
  merge: boolean,
): SQL {
  return sql`
    insert into ${sql.raw(table.name)} (organisation_id, ${sql.raw(table.period)}, grain, survey_id, ${sql.raw(DIMENSION_COLUMNS.join(', '))}, ${sql.raw(COUNT_COLUMNS.join(', '))})
    ${countSelect(table.period, organisationId, timeZone, rows, source)}
    ${merge ? sql.raw(`order by 3, 2, 4, 5, 6, 7, 8 on conflict on constraint ${table.name}_key do update set ${increments(table.name)}`) : sql.empty()}`;
}

/** The SELECT of {@link countSql}: rollup rows (a rollup table's columns but its id) counting responses `rows`. */
function countSelect(
  period: 'day' | 'month',
  organisationId: string,
  timeZone: string | SQL,
  rows: SQL,
  source: SQL,
): SQL {
  const { dims, sets, grain } = grainGroupingSets();
  const cut = period === 'day' ? localDay(timeZone) : sql`date_trunc('month', ${localDay(timeZone)})::date`;
  return sql`select ${organisationId}::uuid as organisation_id, r.period as ${sql.raw(period)}, ${sql.raw(grain)} as grain, r.survey_id, ${sql.raw(dims.join(', '))}, ${sql.raw(countSums('r'))}
    from (select r.*, ${cut} as period from ${rows} where r.organisation_id = ${organisationId} and ${source}) r
    group by grouping sets (${sql.raw(sets)})`;
}

/**
 * Lets this transaction's counts hash and sort in memory, not in temporary files: a million rows' finest counts
 * and their six grains take about 150 MB.
 */
async function useCountingMemory(tx: Executor): Promise<void> {
  await tx.execute(sql`select set_config('work_mem', '256MB', true)`);
}

/** The columns of a daily rollup row but its id, in the order the counting selects answer them. */
const DAILY_COLUMNS = `organisation_id, day, grain, survey_id, ${DIMENSION_COLUMNS.join(', ')}, ${COUNT_COLUMNS.join(', ')}`;

/**
 * {@link countSelect}'s daily rows for many stored responses (`source` filters responses `r`), in two steps:
 * counted once at the finest key (twelve counts per row), then those counts summed at every grain. Six grains'
 * twelve counts per finest key instead of per row: a third less time at a million rows.
 */
function dailyCountsInTwoSteps(organisationId: string, timeZone: string, source: SQL): SQL {
  const { dims, sets, grain } = grainGroupingSets();
  const sums = COUNT_COLUMNS.map((c) => `sum(r.${c})::int as ${c}`).join(', ');
  return sql`select ${organisationId}::uuid as organisation_id, r.period as day, ${sql.raw(grain)} as grain, r.survey_id, ${sql.raw(dims.join(', '))}, ${sql.raw(sums)}
    from (select ${localDay(timeZone)} as period, r.survey_id, ${sql.raw(dims.join(', '))}, ${sql.raw(countSums('r'))}
            from responses r where r.organisation_id = ${organisationId} and ${source}
           group by 1, 2, 3, 4, 5, 6) r
    group by grouping sets (${sql.raw(sets)})`;
}

/**
 * Monthly rollup rows summed from daily ones (`days`: a FROM item with the daily rollup columns), added to the
 * months already counted when `merge` (in key order, as every merge); `withoutRowChecks` as in addImportToRollups.
 */
function monthsFromDays(days: SQL, merge: boolean, withoutRowChecks = false): SQL {
  const dims = DIMENSION_COLUMNS.join(', ');
  const sums = COUNT_COLUMNS.map((c) => `sum(${c})::int`).join(', ');
  return sql`
    insert into metric_monthly_rollups (organisation_id, month, grain, survey_id, ${sql.raw(dims)}, ${sql.raw(COUNT_COLUMNS.join(', '))})
    select organisation_id, date_trunc('month', day)::date, grain, survey_id, ${sql.raw(dims)}, ${sql.raw(sums)}
      from ${days}${withoutRowChecks ? sql`, ${rowChecksOff}` : sql.empty()}
    group by 1, 2, 3, 4, 5, 6, 7, 8
    ${merge ? sql.raw(`order by 3, 2, 4, 5, 6, 7, 8 on conflict on constraint metric_monthly_rollups_key do update set ${increments('metric_monthly_rollups')}`) : sql.empty()}`;
}

/**
 * Recomputes an organisation's rollups from its responses (after a time-zone change, a restore, or bulk data
 * written around the write path), every grain in one pass (counted at the finest key, then GROUPING SETS over
 * those counts); answers the number of daily and monthly keys written.
 */
export async function rebuildRollups(
  tx: Executor,
  organisationId: string,
  timeZone: string,
): Promise<{ daily: number; monthly: number }> {
  for (const table of ROLLUP_TABLES)
    await tx.execute(sql`delete from ${sql.raw(table.name)} where organisation_id = ${organisationId}`);
  await useCountingMemory(tx);
  const daily = await tx.execute(
    sql`insert into metric_daily_rollups (${sql.raw(DAILY_COLUMNS)}) ${dailyCountsInTwoSteps(organisationId, timeZone, sql`true`)}`,
  );
  // The months are the days' sums: one scan of the responses, not two.
  const monthly = await tx.execute(
    monthsFromDays(sql`metric_daily_rollups where organisation_id = ${organisationId}`, false),
  );
  return { daily: affected(daily), monthly: affected(monthly) };
}

/**
 * Adds every response of one file import to the rollups, in the import's transaction once its rows are written:
 * one set-based count per table (the database cuts days and groups; nothing per row in this process), the same
 * figures as the per-batch deltas of the write path. `withoutRowChecks`: the rollup rows' parents (the
 * organisation, the surveys) are locked by the import and the session may skip the row-by-row foreign-key
 * checks (a quarter of a 240,000-key upsert's time), as the import's own insert does.
 */
export async function addImportToRollups(
  tx: Executor,
  organisationId: string,
  importId: string,
  timeZone: string,
  { withoutRowChecks = false }: { withoutRowChecks?: boolean } = {},
): Promise<void> {
  await useCountingMemory(tx);
  // The import's rows are counted by day once, into a table of this transaction; the months are those days'
  // sums (one scan of a million rows, not two). Rollup keys are written in key order, as every merge writes them.
  await tx.execute(
    sql.raw(
      `create temporary table import_rollup_days on commit drop as select ${DAILY_COLUMNS} from metric_daily_rollups with no data`,
    ),
  );
  await tx.execute(
    sql`insert into import_rollup_days (${sql.raw(DAILY_COLUMNS)}) ${dailyCountsInTwoSteps(organisationId, timeZone, sql`r.import_id = ${importId}::uuid`)}`,
  );
  await tx.execute(
    sql`insert into metric_daily_rollups (${sql.raw(DAILY_COLUMNS)}) select ${sql.raw(DAILY_COLUMNS)}
      from import_rollup_days${withoutRowChecks ? sql`, ${rowChecksOff}` : sql.empty()}
      order by 3, 2, 4, 5, 6, 7, 8 on conflict on constraint metric_daily_rollups_key do update set ${sql.raw(increments('metric_daily_rollups'))}`,
  );
  await tx.execute(monthsFromDays(sql`import_rollup_days`, true, withoutRowChecks));
  if (withoutRowChecks) await restoreRowChecks(tx);
  await tx.execute(sql`drop table import_rollup_days`);
}

function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return Number(r.rowCount ?? r.affectedRows ?? 0);
}

/**
 * The rollup counts of the responses an insert statement writes (its CTE `inserted`, rows of one organisation),
 * as that statement's CTEs `rollups_day` and `rollups_month`: the days cut in the organisation's time zone as the
 * same statement reads it, so neither a separate read nor a check of the zone is needed.
 */
export function rollupsOfInserted(organisationId: string): AlongsideInsert {
  const zone = sql`(select o.time_zone from organisations o where o.id = ${organisationId}::uuid)`;
  return ROLLUP_TABLES.map(
    (table) =>
      sql`${sql.raw(`rollups_${table.period}`)} as (${countSql(table, organisationId, zone, sql`inserted r`, sql`true`, true)})`,
  );
}
