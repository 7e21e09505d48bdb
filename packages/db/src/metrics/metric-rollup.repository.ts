// Reads of the metric rollups (what dashboards sum) and the recount the tests compare them with. Writes live in
// rollup-writer.ts.

import { grainFor, ROLLUP_GRAINS, type RollupDimension } from '@centric/core/metrics/rollup-grain';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { metricMonthlyRollups as m } from '../schema';
import { COUNT_COLUMNS, countSums, localDay } from './rollup-writer';

const SCORES = COUNT_COLUMNS.slice(0, 11);

/** Summed counts of one group: `scores[i]` answers gave score i; `unscored` gave no main score. */
export interface RollupSum {
  /** The period bucket: a day 'YYYY-MM-DD', or the first day of a month when read from the monthly rollups. */
  bucket: string | null;
  /** The value of the grouping dimension (unit, channel or segment id), or null. */
  dimension: string | null;
  scores: number[];
  unscored: number;
}

/** What to sum: a period of local days, the answers' filters, and how to group. */
export interface RollupQuery {
  organisationId: string;
  /** First local day, inclusive. */
  from: string;
  /** Last local day, inclusive. */
  to: string;
  /** Keep these surveys only (already restricted to the metric's kind); an empty list matches nothing. */
  surveyIds: readonly string[];
  /** Keep answers attributed to these units only (a unit and its descendants, resolved by the caller). */
  unitIds?: readonly string[] | undefined;
  channelId?: string | undefined;
  segmentId?: string | undefined;
  employeeId?: string | undefined;
  /** 'day' keeps daily buckets; 'month' allows whole months from the monthly rollups; 'none' one bucket. */
  bucket: 'day' | 'month' | 'none';
  /** Group by this dimension too. */
  dimension?: 'unit' | 'channel' | 'segment' | undefined;
}

/** Whole months inside [from, to], and the leftover days at either end. */
function splitRange(from: string, to: string) {
  const firstOfMonth = (d: string) => `${d.slice(0, 7)}-01`;
  const nextDay = (d: string) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const firstWhole = from.endsWith('-01') ? from : nextMonth(firstOfMonth(from));
  const afterTo = nextDay(to);
  const lastWholeStart = afterTo.endsWith('-01') ? prevMonth(afterTo) : prevMonth(firstOfMonth(afterTo));
  if (firstWhole > lastWholeStart) return undefined;
  return { firstWhole, lastWholeStart, beforeEnd: firstWhole, afterStart: nextMonth(lastWholeStart) };
}

function nextMonth(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function prevMonth(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
}

function uuidList(ids: readonly string[]): SQL {
  return sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

/** The grain a query reads: the dimensions it filters or groups on. */
export function grainOfQuery(q: RollupQuery): number {
  const dims: RollupDimension[] = [];
  if (q.unitIds || q.dimension === 'unit') dims.push('unit');
  if (q.channelId || q.dimension === 'channel') dims.push('channel');
  if (q.segmentId || q.dimension === 'segment') dims.push('segment');
  if (q.employeeId) dims.push('employee');
  return grainFor(dims);
}

/** The SELECT of one query's rows (before grouping), tagged with its index in the batch. */
function queryParts(q: RollupQuery, tag: number): SQL[] {
  // A literal, not a parameter: the planner then sees which grain (and the employee's partial index) applies.
  const grain = grainOfQuery(q);
  const filters: SQL[] = [sql`survey_id in ${uuidList(q.surveyIds)}`];
  if (q.unitIds) filters.push(sql`unit_id in ${uuidList(q.unitIds)}`);
  if (q.channelId) filters.push(sql`channel_id = ${q.channelId}::uuid`);
  if (q.segmentId) filters.push(sql`segment_id = ${q.segmentId}::uuid`);
  if (q.employeeId) filters.push(sql`employee_id = ${q.employeeId}::uuid`);
  const where = sql.join(filters, sql` and `);
  const dimension = q.dimension ? sql.raw(`${q.dimension}_id`) : sql`null::uuid`;
  const counts = sql.raw(COUNT_COLUMNS.join(', '));
  const months = q.bucket !== 'day' ? splitRange(q.from, q.to) : undefined;
  const head = (period: string, table: string) =>
    sql`select ${tag}::int as q, ${sql.raw(period)} as b, ${dimension} as g, ${counts} from ${sql.raw(table)}
        where organisation_id = ${q.organisationId}::uuid and grain = ${sql.raw(String(grain))}`;
  const dailyPart = (from: string, toExclusive: string | null, toInclusive: string | null) => sql`
    ${head('day', 'metric_daily_rollups')} and day >= ${from}::date
      and ${toExclusive ? sql`day < ${toExclusive}::date` : sql`day <= ${toInclusive}::date`} and ${where}`;
  const parts: SQL[] = [];
  if (months) {
    if (q.from < months.beforeEnd) parts.push(dailyPart(q.from, months.beforeEnd, null));
    parts.push(sql`
      ${head('month', 'metric_monthly_rollups')} and month >= ${months.firstWhole}::date
        and month <= ${months.lastWholeStart}::date and ${where}`);
    if (months.afterStart <= q.to) parts.push(dailyPart(months.afterStart, null, q.to));
  } else parts.push(dailyPart(q.from, null, q.to));
  return parts;
}

/**
 * Sums the rollups of several periods or filters in one statement (a dashboard's current and previous period
 * cost one round trip), each grouped by bucket and dimension. Each query reads the grain of the dimensions it
 * filters or groups on; whole months come from the monthly rollups (unless daily buckets are asked for), the
 * days at either end from the daily ones, so a year is twelve month-rows per key rather than 365 day-rows.
 */
export async function sumRollupsBatch(db: Executor, queries: readonly RollupQuery[]): Promise<RollupSum[][]> {
  const out: RollupSum[][] = queries.map(() => []);
  const parts = queries.flatMap((q, i) =>
    q.surveyIds.length === 0 || q.unitIds?.length === 0 ? [] : queryParts(q, i),
  );
  if (parts.length === 0) return out;
  const sums = sql.raw(COUNT_COLUMNS.map((c) => `sum(${c})::int as ${c}`).join(', '));
  // Buckets are cut per query: a month bucket is the month's first day, a day bucket the day itself.
  const monthBuckets = queries.flatMap((q, i) => (q.bucket === 'month' ? [i] : []));
  const dayBuckets = queries.flatMap((q, i) => (q.bucket === 'day' ? [i] : []));
  const list = (tags: number[]) => sql.raw(tags.length > 0 ? tags.join(', ') : '-1');
  const result = await db.execute(sql`
    select q, case when q in (${list(monthBuckets)}) then to_char(date_trunc('month', b), 'YYYY-MM-DD')
                   when q in (${list(dayBuckets)}) then b::text end as bucket,
           g::text as dimension, ${sums}
    from (${sql.join(parts, sql` union all `)}) r group by 1, 2, 3`);
  for (const row of rowsOf(result)) {
    out[Number(row.q)]!.push({
      bucket: (row.bucket as string | null) ?? null,
      dimension: (row.dimension as string | null) ?? null,
      scores: SCORES.map((s) => Number(row[s])),
      unscored: Number(row.unscored),
    });
  }
  return out;
}

/** Sums the rollups of one period, grouped by bucket and dimension (see sumRollupsBatch). */
export async function sumRollups(db: Executor, q: RollupQuery): Promise<RollupSum[]> {
  return (await sumRollupsBatch(db, [q]))[0]!;
}

/** One key of a rollup grain with its counts, for comparing rollups with a recount. */
export interface RollupRow {
  key: string;
  counts: number[];
}

function keyExpression(grain: string, period: SQL, prefix: string): SQL {
  const col = (c: string) => sql.raw(`coalesce(${prefix}${c}::text, '-')`);
  return sql`concat_ws('|', ${sql.raw(grain)}::text, ${period}::text, ${sql.raw(`${prefix}survey_id`)}, ${col('unit_id')}, ${col('channel_id')}, ${col('segment_id')}, ${col('employee_id')})`;
}

/** The organisation's daily or monthly rollups of every grain as keys and counts (zero rows dropped). */
export async function readRollupRows(
  db: Executor,
  organisationId: string,
  table: 'daily' | 'monthly',
): Promise<RollupRow[]> {
  const name = table === 'daily' ? 'metric_daily_rollups' : 'metric_monthly_rollups';
  const period = table === 'daily' ? 'day' : 'month';
  const result = await db.execute(sql`
    select ${keyExpression('grain', sql.raw(period), '')} as key, ${sql.raw(COUNT_COLUMNS.join(', '))}
    from ${sql.raw(name)} where organisation_id = ${organisationId}::uuid`);
  return rowsOf(result)
    .map((row) => ({ key: row.key as string, counts: COUNT_COLUMNS.map((c) => Number(row[c])) }))
    .filter((row) => row.counts.some((c) => c !== 0))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * The same keys and counts recounted from the raw responses, one plain GROUP BY per grain with the dropped
 * dimensions nulled (the reference the rollups must equal; deliberately not the rebuild's GROUPING SETS).
 */
export async function recountRollupRows(
  db: Executor,
  organisationId: string,
  timeZone: string,
  table: 'daily' | 'monthly',
): Promise<RollupRow[]> {
  const day = localDay(timeZone);
  const period = table === 'daily' ? day : sql`date_trunc('month', ${day})::date`;
  const perGrain = ROLLUP_GRAINS.map((grain) => {
    const keep = (bit: number, column: string) => (grain & bit ? `r.${column}` : 'null::uuid');
    return sql`
      select concat_ws('|', ${sql.raw(String(grain))}, ${period}::text, r.survey_id,
                       coalesce(${sql.raw(keep(1, 'unit_id'))}::text, '-'), coalesce(${sql.raw(keep(2, 'channel_id'))}::text, '-'),
                       coalesce(${sql.raw(keep(4, 'segment_id'))}::text, '-'), coalesce(${sql.raw(keep(8, 'employee_id'))}::text, '-')) as key,
             ${sql.raw(countSums('r'))}
      from responses r where r.organisation_id = ${organisationId}::uuid group by 1`;
  });
  const result = await db.execute(sql.join(perGrain, sql` union all `));
  return rowsOf(result)
    .map((row) => ({ key: row.key as string, counts: COUNT_COLUMNS.map((c) => Number(row[c])) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}

/** Answers received per survey, summed from the monthly rollups' coarsest grain (never from the raw responses). */
export async function surveyResponseCounts(
  db: Executor,
  organisationId: string,
  surveyIds: string[],
): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db
    .select({
      surveyId: m.surveyId,
      count: sql<number>`coalesce(sum(${m.s0} + ${m.s1} + ${m.s2} + ${m.s3} + ${m.s4} + ${m.s5} + ${m.s6} + ${m.s7} + ${m.s8} + ${m.s9} + ${m.s10} + ${m.unscored}), 0)::int`,
    })
    .from(m)
    .where(
      and(eq(m.organisationId, organisationId), eq(m.grain, grainFor([])), inArray(m.surveyId, surveyIds)),
    )
    .groupBy(m.surveyId);
  return new Map(rows.map((r) => [r.surveyId, Number(r.count)]));
}
