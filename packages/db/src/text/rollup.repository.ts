import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { textRollups, units } from '../schema';

/** One aggregated rollup row. */
export interface RollupTotal {
  month: string | null;
  unitId: string | null;
  themeId: string;
  npsGroup: string;
  label: 'positive' | 'neutral' | 'negative';
  comments: number;
  scoreSum: number;
}

/** Which rollups to read: months YYYY-MM inclusive, a unit subtree (path prefix), themes. */
export interface RollupFilter {
  fromMonth?: string | undefined;
  toMonth?: string | undefined;
  unitPathPrefix?: string | undefined;
  themeIds?: readonly string[] | undefined;
}

/**
 * Rebuilds the organisation's theme rollups from its tags and analyses in one statement pair (inside the
 * caller's transaction): the month in the organisation's time zone, the unit, the NPS group of NPS answers.
 */
export async function rebuildRollups(tx: Executor, organisationId: string, timeZone: string): Promise<void> {
  await tx.delete(textRollups).where(eq(textRollups.organisationId, organisationId));
  const group = sql.raw(`case when s.kind = 'nps' and r.score is not null then
      case when r.score >= 9 then 'promoter' when r.score >= 7 then 'passive' else 'detractor' end
    else 'none' end`);
  await tx.execute(sql`
    insert into text_rollups (organisation_id, month, unit_id, theme_id, nps_group, label, comments, score_sum)
    select t.organisation_id, to_char(r.responded_at at time zone ${timeZone}, 'YYYY-MM'), r.unit_id, t.theme_id,
           ${group}, t.label, count(*)::int, sum(t.score)
    from text_tags t join responses r on r.id = t.response_id join surveys s on s.id = r.survey_id
    where t.organisation_id = ${organisationId}
    group by 1, 2, 3, 4, 5, 6
    union all
    select a.organisation_id, to_char(r.responded_at at time zone ${timeZone}, 'YYYY-MM'), r.unit_id, '*',
           ${group}, a.label, count(*)::int, sum(a.score)
    from text_analyses a join responses r on r.id = a.response_id join surveys s on s.id = r.survey_id
    where a.organisation_id = ${organisationId}
    group by 1, 2, 3, 4, 5, 6`);
}

/** Sums of the rollups matching the filter, grouped by theme, NPS group and label, and optionally month or unit. */
export async function rollupTotals(
  db: Executor,
  organisationId: string,
  filter: RollupFilter,
  by: { month?: boolean; unit?: boolean } = {},
): Promise<RollupTotal[]> {
  const month = by.month ? textRollups.month : sql<null>`null`;
  const unit = by.unit ? textRollups.unitId : sql<null>`null`;
  const rows = await db
    .select({
      month: sql<string | null>`${month}`,
      unitId: sql<string | null>`${unit}`,
      themeId: textRollups.themeId,
      npsGroup: textRollups.npsGroup,
      label: textRollups.label,
      comments: sql<number>`sum(${textRollups.comments})::int`,
      scoreSum: sql<number>`sum(${textRollups.scoreSum})::float8`,
    })
    .from(textRollups)
    .where(
      and(
        eq(textRollups.organisationId, organisationId),
        filter.fromMonth ? gte(textRollups.month, filter.fromMonth) : undefined,
        filter.toMonth ? lte(textRollups.month, filter.toMonth) : undefined,
        filter.themeIds ? inArray(textRollups.themeId, [...filter.themeIds]) : undefined,
        filter.unitPathPrefix
          ? inArray(
              textRollups.unitId,
              db
                .select({ id: units.id })
                .from(units)
                .where(
                  and(
                    eq(units.organisationId, organisationId),
                    sql`${units.path} like ${filter.unitPathPrefix}`,
                  ),
                ),
            )
          : undefined,
      ),
    )
    .groupBy(sql`1`, sql`2`, textRollups.themeId, textRollups.npsGroup, textRollups.label);
  return rows.map((r) => ({ ...r, comments: Number(r.comments), scoreSum: Number(r.scoreSum) }));
}
