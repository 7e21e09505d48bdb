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

/** The rollup rows of stored analyses: their tags, plus one "*" row per analysis (every analysed comment). */
function contributions(organisationId: string, ids?: readonly string[]) {
  const only = ids
    ? sql`and a.response_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  return sql`
    select a.organisation_id, a.month, a.unit_id, t.theme_id, a.nps_group, t.label,
           count(*)::int as comments, sum(t.score)::real as score_sum
    from text_tags t join text_analyses a on a.response_id = t.response_id
    where a.organisation_id = ${organisationId} ${only}
    group by 1, 2, 3, 4, 5, 6
    union all
    select a.organisation_id, a.month, a.unit_id, '*', a.nps_group, a.label, count(*)::int, sum(a.score)::real
    from text_analyses a
    where a.organisation_id = ${organisationId} ${only}
    group by 1, 2, 3, 4, 5, 6`;
}

/** Rebuilds the organisation's theme rollups from its stored analyses and tags (inside the caller's transaction). */
export async function rebuildRollups(tx: Executor, organisationId: string): Promise<void> {
  await tx.delete(textRollups).where(eq(textRollups.organisationId, organisationId));
  await tx.execute(sql`
    insert into text_rollups (organisation_id, month, unit_id, theme_id, nps_group, label, comments, score_sum)
    ${contributions(organisationId)}`);
}

/**
 * Adds (+1) or takes out (−1) the stored analyses of these responses from the rollups, so one new or edited
 * comment costs a few rows instead of a rebuild. Take out before replacing or deleting an analysis, add after.
 */
export async function applyToRollups(
  tx: Executor,
  organisationId: string,
  ids: readonly string[],
  sign: 1 | -1,
): Promise<void> {
  if (ids.length === 0) return;
  const s = sql.raw(String(sign));
  await tx.execute(sql`
    insert into text_rollups (organisation_id, month, unit_id, theme_id, nps_group, label, comments, score_sum)
    select organisation_id, month, unit_id, theme_id, nps_group, label, ${s} * comments, ${s} * score_sum
    from (${contributions(organisationId, ids)}) c
    on conflict on constraint text_rollups_key do update
      set comments = text_rollups.comments + excluded.comments,
          score_sum = text_rollups.score_sum + excluded.score_sum`);
  if (sign < 0)
    await tx
      .delete(textRollups)
      .where(and(eq(textRollups.organisationId, organisationId), lte(textRollups.comments, 0)));
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
