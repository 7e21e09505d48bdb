import type { RollupDelta } from '@centric/core/metrics/rollup-delta';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';

const SCORES = Array.from({ length: 11 }, (_, i) => `s${i}`);
const COUNT_COLUMNS = [...SCORES, 'unscored'];

/** Summed counts of one group: `scores[i]` answers gave score i; `unscored` gave no main score. */
export interface RollupSum {
  /** The period bucket: a day 'YYYY-MM-DD', or the first day of a month when read from the monthly rollups. */
  bucket: string | null;
  /** The value of the grouping dimension (unit, channel or segment id), or null. */
  dimension: string | null;
  scores: number[];
  unscored: number;
}

function toRecords(deltas: readonly RollupDelta[], daily: boolean) {
  return deltas.map((d) => {
    const record: Record<string, unknown> = {
      organisation_id: d.organisationId,
      [daily ? 'day' : 'month']: d.period,
      survey_id: d.surveyId,
      unit_id: d.unitId,
      channel_id: d.channelId,
      segment_id: d.segmentId,
      unscored: d.unscored,
    };
    if (daily) record.employee_id = d.employeeId;
    d.scores.forEach((count, i) => {
      record[`s${i}`] = count;
    });
    return record;
  });
}

async function upsert(tx: Executor, table: 'daily' | 'monthly', deltas: readonly RollupDelta[]) {
  if (deltas.length === 0) return;
  const daily = table === 'daily';
  const name = daily ? 'metric_daily_rollups' : 'metric_monthly_rollups';
  const keys = daily
    ? ['organisation_id', 'day', 'survey_id', 'unit_id', 'channel_id', 'segment_id', 'employee_id']
    : ['organisation_id', 'month', 'survey_id', 'unit_id', 'channel_id', 'segment_id'];
  const columns = [...keys, ...COUNT_COLUMNS].join(', ');
  const increments = COUNT_COLUMNS.map((c) => `${c} = ${name}.${c} + excluded.${c}`).join(', ');
  // One JSON parameter per batch: a 5,000-answer import is one statement whatever its number of keys.
  await tx.execute(
    sql`insert into ${sql.raw(name)} (${sql.raw(columns)})
        select ${sql.raw(columns)} from json_populate_recordset(null::${sql.raw(name)}, ${JSON.stringify(toRecords(deltas, daily))}::json)
        on conflict on constraint ${sql.raw(`${name}_key`)} do update set ${sql.raw(increments)}`,
  );
}

/** Adds a batch's deltas to the daily and monthly rollups (inside the write's transaction). */
export async function applyRollupDeltas(
  tx: Executor,
  deltas: { daily: readonly RollupDelta[]; monthly: readonly RollupDelta[] },
): Promise<void> {
  await upsert(tx, 'daily', deltas.daily);
  await upsert(tx, 'monthly', deltas.monthly);
}

function countSums(from: string): string {
  return [
    ...SCORES.map((s, i) => `count(*) filter (where ${from}.score = ${i})::int as ${s}`),
    `count(*) filter (where ${from}.score is null)::int as unscored`,
  ].join(', ');
}

/** The local day of a response in a time zone, as SQL. */
function localDay(timeZone: string): SQL {
  return sql`(r.responded_at at time zone ${timeZone})::date`;
}

/**
 * Recomputes an organisation's rollups from its responses (after a time-zone change, a restore, or bulk data
 * written around the write path); answers the number of daily and monthly keys written.
 */
export async function rebuildRollups(
  tx: Executor,
  organisationId: string,
  timeZone: string,
): Promise<{ daily: number; monthly: number }> {
  await tx.execute(sql`delete from metric_daily_rollups where organisation_id = ${organisationId}`);
  await tx.execute(sql`delete from metric_monthly_rollups where organisation_id = ${organisationId}`);
  const counts = sql.raw(countSums('r'));
  const daily = await tx.execute(sql`
    insert into metric_daily_rollups (organisation_id, day, survey_id, unit_id, channel_id, segment_id, employee_id, ${sql.raw(COUNT_COLUMNS.join(', '))})
    select r.organisation_id, ${localDay(timeZone)}, r.survey_id, r.unit_id, r.channel_id, r.segment_id, r.employee_id, ${counts}
    from responses r where r.organisation_id = ${organisationId}
    group by 1, 2, 3, 4, 5, 6, 7`);
  const sums = sql.raw(COUNT_COLUMNS.map((c) => `sum(${c})::int`).join(', '));
  const monthly = await tx.execute(sql`
    insert into metric_monthly_rollups (organisation_id, month, survey_id, unit_id, channel_id, segment_id, ${sql.raw(COUNT_COLUMNS.join(', '))})
    select organisation_id, date_trunc('month', day)::date, survey_id, unit_id, channel_id, segment_id, ${sums}
    from metric_daily_rollups where organisation_id = ${organisationId}
    group by 1, 2, 3, 4, 5, 6`);
  return { daily: affected(daily), monthly: affected(monthly) };
}

function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return Number(r.rowCount ?? r.affectedRows ?? 0);
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

/**
 * Sums the rollups of a period, grouped by bucket and dimension. Whole months are read from the monthly rollups
 * (unless daily buckets or an employee are asked for), the days at either end from the daily ones, so a year is
 * twelve month-rows per key rather than 365 day-rows.
 */
export async function sumRollups(db: Executor, q: RollupQuery): Promise<RollupSum[]> {
  if (q.surveyIds.length === 0 || q.unitIds?.length === 0) return [];
  const filters: SQL[] = [sql`survey_id in ${uuidList(q.surveyIds)}`];
  if (q.unitIds) filters.push(sql`unit_id in ${uuidList(q.unitIds)}`);
  if (q.channelId) filters.push(sql`channel_id = ${q.channelId}::uuid`);
  if (q.segmentId) filters.push(sql`segment_id = ${q.segmentId}::uuid`);
  const where = sql.join(filters, sql` and `);
  const dimension = q.dimension ? sql.raw(`${q.dimension}_id`) : sql`null::uuid`;
  const sums = sql.raw(COUNT_COLUMNS.map((c) => `sum(${c})::int as ${c}`).join(', '));
  const months = q.bucket !== 'day' && !q.employeeId ? splitRange(q.from, q.to) : undefined;
  const employee = q.employeeId ? sql` and employee_id = ${q.employeeId}::uuid` : sql``;
  const dailyPart = (from: string, toExclusive: string | null, toInclusive: string | null) => sql`
    select day as b, ${dimension} as g, ${sql.raw(COUNT_COLUMNS.join(', '))} from metric_daily_rollups
    where organisation_id = ${q.organisationId}::uuid and day >= ${from}::date
      and ${toExclusive ? sql`day < ${toExclusive}::date` : sql`day <= ${toInclusive}::date`}
      and ${where}${employee}`;
  const parts: SQL[] = [];
  if (months) {
    if (q.from < months.beforeEnd) parts.push(dailyPart(q.from, months.beforeEnd, null));
    parts.push(sql`
      select month as b, ${dimension} as g, ${sql.raw(COUNT_COLUMNS.join(', '))} from metric_monthly_rollups
      where organisation_id = ${q.organisationId}::uuid and month >= ${months.firstWhole}::date
        and month <= ${months.lastWholeStart}::date and ${where}`);
    if (months.afterStart <= q.to) parts.push(dailyPart(months.afterStart, null, q.to));
  } else parts.push(dailyPart(q.from, null, q.to));
  const bucket =
    q.bucket === 'none'
      ? sql`null::text`
      : q.bucket === 'month'
        ? sql`to_char(date_trunc('month', b), 'YYYY-MM-DD')`
        : sql`b::text`;
  const result = await db.execute(sql`
    select ${bucket} as bucket, g::text as dimension, ${sums}
    from (${sql.join(parts, sql` union all `)}) r group by 1, 2`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((row) => ({
    bucket: (row.bucket as string | null) ?? null,
    dimension: (row.dimension as string | null) ?? null,
    scores: SCORES.map((s) => Number(row[s])),
    unscored: Number(row.unscored),
  }));
}

/** One key of the daily grain with its counts, for comparing rollups with a recount. */
export interface RollupRow {
  key: string;
  counts: number[];
}

/** The organisation's daily or monthly rollups as keys and counts (zero rows dropped). */
export async function readRollupRows(
  db: Executor,
  organisationId: string,
  table: 'daily' | 'monthly',
): Promise<RollupRow[]> {
  const name = table === 'daily' ? 'metric_daily_rollups' : 'metric_monthly_rollups';
  const period = table === 'daily' ? 'day' : 'month';
  const employee = table === 'daily' ? 'employee_id' : 'null';
  const result = await db.execute(sql`
    select concat_ws('|', ${sql.raw(period)}::text, survey_id, coalesce(unit_id::text, '-'), coalesce(channel_id::text, '-'),
                     coalesce(segment_id::text, '-'), coalesce(${sql.raw(employee)}::text, '-')) as key,
           ${sql.raw(COUNT_COLUMNS.join(', '))}
    from ${sql.raw(name)} where organisation_id = ${organisationId}::uuid`);
  return rowsOf(result)
    .map((row) => ({ key: row.key as string, counts: COUNT_COLUMNS.map((c) => Number(row[c])) }))
    .filter((row) => row.counts.some((c) => c !== 0))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** The same keys and counts recounted from the raw responses (the reference the rollups must equal). */
export async function recountRollupRows(
  db: Executor,
  organisationId: string,
  timeZone: string,
  table: 'daily' | 'monthly',
): Promise<RollupRow[]> {
  const day = localDay(timeZone);
  const period = table === 'daily' ? day : sql`date_trunc('month', ${day})::date`;
  const employee = table === 'daily' ? sql`r.employee_id` : sql`null`;
  const result = await db.execute(sql`
    select concat_ws('|', ${period}::text, r.survey_id, coalesce(r.unit_id::text, '-'), coalesce(r.channel_id::text, '-'),
                     coalesce(r.segment_id::text, '-'), coalesce(${employee}::text, '-')) as key,
           ${sql.raw(countSums('r'))}
    from responses r where r.organisation_id = ${organisationId}::uuid group by 1`);
  return rowsOf(result)
    .map((row) => ({ key: row.key as string, counts: COUNT_COLUMNS.map((c) => Number(row[c])) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}
