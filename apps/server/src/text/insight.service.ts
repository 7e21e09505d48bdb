import type {
  insightQuery,
  ThemeInsight,
  ThemeInsights,
  ThemeTrends,
  TopThemes,
  topThemesQuery,
  trendsQuery,
} from '@centric/contracts/text/insight.schemas';
import { fail } from '@centric/core/errors';
import type { Codeframe } from '@centric/core/text/codeframe';
import { themeDriversFromCounts } from '@centric/core/text/drivers';
import { nps } from '@centric/core/text/stats';
import { type RollupFilter, type RollupTotal, rollupTotals } from '@centric/db/text/rollup.repository';
import { findUnit, listUnits } from '@centric/db/units/unit.repository';
import type { z } from 'zod';
import { authorize, unitScope } from '../auth/authorize';
import type { OrgContext } from '../context';
import { OTHER } from './comment.analyser';
import { loadCodeframe } from './text-processing';

/** The rollup theme id that counts every analysed comment. */
const ALL = '*';

/** Volume, sentiment and NPS effect (with significance) of every theme, for a unit subtree and months. */
export async function themeInsights(
  ctx: OrgContext,
  query: z.output<typeof insightQuery>,
): Promise<ThemeInsights> {
  const filter = await rollupFilter(ctx, query);
  const [rows, { codeframe }] = [
    await rollupTotals(ctx.deps.db, ctx.organisation.id, filter),
    await loadCodeframe(ctx.deps.db, ctx.organisation.id),
  ];
  const byTheme = tally(rows, (r) => r.themeId);
  const all = byTheme.get(ALL) ?? emptyTally();
  byTheme.delete(ALL);
  const withTheme = new Map([...byTheme].map(([id, t]) => [id, t.nps]));
  const npsTotal = all.nps.promoters + all.nps.passives + all.nps.detractors;
  const drivers = new Map(
    (npsTotal > 0 ? themeDriversFromCounts(all.nps, withTheme) : []).map((d) => [d.themeId, d]),
  );
  const names = themeNames(codeframe);
  const themes: ThemeInsight[] = [...byTheme]
    .filter(([id]) => names.has(id))
    .map(([themeId, t]) => {
      const d = drivers.get(themeId);
      return {
        themeId,
        name: names.get(themeId)!.name,
        parentId: names.get(themeId)!.parentId,
        count: t.count,
        share: all.count > 0 ? t.count / all.count : 0,
        positive: t.positive,
        neutral: t.neutral,
        negative: t.negative,
        meanScore: t.count > 0 ? round(t.scoreSum / t.count) : null,
        npsComments: t.nps.promoters + t.nps.passives + t.nps.detractors,
        detractorShare: finite(d?.detractorShare),
        promoterShare: finite(d?.promoterShare),
        shareDifference: finite(d?.shareDifference),
        shareP: finite(d?.shareP),
        npsWith: finite(d?.npsWith),
        npsWithout: finite(d?.npsWithout),
        npsEffect: finite(d?.npsEffect),
        npsEffectP: finite(d?.npsEffectP),
        npsImpact: finite(d?.npsImpact),
        significant: d?.significant ?? false,
      };
    })
    .sort((a, b) => b.count - a.count || a.themeId.localeCompare(b.themeId));
  return {
    comments: all.count,
    positive: all.positive,
    neutral: all.neutral,
    negative: all.negative,
    npsComments: npsTotal,
    nps: finite(nps(all.nps)),
    themes,
  };
}

/** The most mentioned themes of each unit, or of each month (not counting "Other"). */
export async function topThemes(ctx: OrgContext, query: z.output<typeof topThemesQuery>): Promise<TopThemes> {
  const filter = await rollupFilter(ctx, query);
  const byUnit = query.groupBy === 'unit';
  const rows = await rollupTotals(ctx.deps.db, ctx.organisation.id, filter, { unit: byUnit, month: !byUnit });
  const { codeframe } = await loadCodeframe(ctx.deps.db, ctx.organisation.id);
  const names = themeNames(codeframe);
  const unitNames = byUnit
    ? new Map(
        (await listUnits(ctx.deps.db, ctx.organisation.id, { limit: 100_000 })).map((u) => [u.id, u.name]),
      )
    : new Map<string, string>();
  const groups = new Map<string, RollupTotal[]>();
  for (const r of rows) {
    const key = (byUnit ? r.unitId : r.month) ?? 'none';
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  return {
    groups: [...groups]
      .map(([key, list]) => {
        const themes = tally(list, (r) => r.themeId);
        const comments = themes.get(ALL)?.count ?? 0;
        return {
          key,
          label: byUnit ? (unitNames.get(key) ?? 'No unit') : key,
          comments,
          themes: [...themes]
            .filter(([id]) => id !== ALL && id !== OTHER && names.has(id))
            .map(([themeId, t]) => ({
              themeId,
              name: names.get(themeId)!.name,
              count: t.count,
              share: comments > 0 ? t.count / comments : 0,
              meanScore: t.count > 0 ? round(t.scoreSum / t.count) : null,
            }))
            .sort((a, b) => b.count - a.count || a.themeId.localeCompare(b.themeId))
            .slice(0, query.limit),
        };
      })
      .sort((a, b) =>
        byUnit ? b.comments - a.comments || a.label.localeCompare(b.label) : a.key.localeCompare(b.key),
      ),
  };
}

/** Each theme's month by month volume, share of comments, mean sentiment and NPS of the comments mentioning it. */
export async function themeTrends(
  ctx: OrgContext,
  query: z.output<typeof trendsQuery>,
): Promise<ThemeTrends> {
  const filter = await rollupFilter(ctx, query);
  if (query.themeId) filter.themeIds = [query.themeId, ALL];
  const rows = await rollupTotals(ctx.deps.db, ctx.organisation.id, filter, { month: true });
  const { codeframe } = await loadCodeframe(ctx.deps.db, ctx.organisation.id);
  const names = themeNames(codeframe);
  const months = [...new Set(rows.map((r) => r.month!))].sort();
  const cells = tally(rows, (r) => `${r.themeId}|${r.month}`);
  const themeIds = [...new Set(rows.map((r) => r.themeId))].filter((id) => id !== ALL && names.has(id));
  return {
    months,
    series: themeIds
      .map((themeId) => ({
        themeId,
        name: names.get(themeId)!.name,
        points: months.map((month) => {
          const t = cells.get(`${themeId}|${month}`) ?? emptyTally();
          const all = cells.get(`${ALL}|${month}`)?.count ?? 0;
          return {
            month,
            count: t.count,
            share: all > 0 ? t.count / all : null,
            meanScore: t.count > 0 ? round(t.scoreSum / t.count) : null,
            npsWith: finite(nps(t.nps)),
          };
        }),
      }))
      .sort((a, b) => total(b) - total(a) || a.themeId.localeCompare(b.themeId)),
  };
}

/** The rollup filter of a query within the actor's part of the organisation (a filter narrows, never widens). */
async function rollupFilter(ctx: OrgContext, query: z.output<typeof insightQuery>): Promise<RollupFilter> {
  authorize(ctx, 'text.read');
  if (query.from && query.to && query.from > query.to) throw fail.invalid('from must not be after to');
  const scope = await unitScope(ctx, 'text.read');
  let unitPathPrefix = scope;
  if (query.unitId) {
    const unit = await findUnit(ctx.deps.db, ctx.organisation.id, query.unitId);
    if (!unit) throw fail.invalid(`unit ${query.unitId} does not exist`);
    if (scope && !unit.path.startsWith(scope.slice(0, -1)))
      throw fail.forbidden('that unit is outside your part of the organisation');
    unitPathPrefix = `${unit.path}%`;
  }
  return { fromMonth: query.from, toMonth: query.to, unitPathPrefix };
}

interface Tally {
  count: number;
  positive: number;
  neutral: number;
  negative: number;
  scoreSum: number;
  nps: { promoters: number; passives: number; detractors: number };
}

function emptyTally(): Tally {
  return {
    count: 0,
    positive: 0,
    neutral: 0,
    negative: 0,
    scoreSum: 0,
    nps: { promoters: 0, passives: 0, detractors: 0 },
  };
}

/** Sums rollup rows by a key: counts per label and per NPS group. */
function tally(rows: readonly RollupTotal[], keyOf: (r: RollupTotal) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const r of rows) {
    const key = keyOf(r);
    let t = out.get(key);
    if (!t) {
      t = emptyTally();
      out.set(key, t);
    }
    t.count += r.comments;
    t[r.label] += r.comments;
    t.scoreSum += r.scoreSum;
    if (r.npsGroup === 'promoter') t.nps.promoters += r.comments;
    else if (r.npsGroup === 'passive') t.nps.passives += r.comments;
    else if (r.npsGroup === 'detractor') t.nps.detractors += r.comments;
  }
  return out;
}

/** Names and parents of the codeframe's themes, and "Other"; themes removed since tagging are left out. */
function themeNames(codeframe: Codeframe): Map<string, { name: string; parentId: string | null }> {
  const names = new Map(codeframe.themes.map((t) => [t.id, { name: t.name, parentId: t.parentId }]));
  names.set(OTHER, { name: 'Other', parentId: null });
  return names;
}

function total(series: { points: { count: number }[] }): number {
  return series.points.reduce((s, p) => s + p.count, 0);
}

function finite(x: number | undefined): number | null {
  return x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10_000) / 10_000;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
