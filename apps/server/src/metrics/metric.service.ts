import type {
  ComparisonResultBody,
  comparisonQuery,
  MetricName,
  MetricPoint,
  MetricQuery,
  MetricResultBody,
} from '@centric/contracts/metrics/metric.schemas';
import { fail } from '@centric/core/errors';
import { leaderboard, periodKey, periodKeysBetween } from '@centric/core/metrics/index';
import { type RollupQuery, sumRollups, sumRollupsBatch } from '@centric/db/metrics/metric-rollup.repository';
import type { z } from 'zod';
import type { OrgContext } from '../context';
import {
  addInto,
  breakdownOf,
  type Counts,
  changeOf,
  emptyCounts,
  figureOf,
  histogramOf,
} from './metric-figures';
import { type Group, groupsOf, isPeriodGrouping, totalOf } from './metric-groups';
import { type ResolvedScope, resolveScope } from './metric-scope';

/** The longest daily series (two years of points). */
const MAX_DAILY_POINTS = 731;

function rollupQuery(
  ctx: OrgContext,
  scope: ResolvedScope,
  range: { from: string; to: string },
): RollupQuery {
  return {
    organisationId: ctx.organisation.id,
    from: range.from,
    to: range.to,
    surveyIds: scope.surveyIds,
    unitIds: scope.unitIds,
    channelId: scope.channelId,
    segmentId: scope.segmentId,
    employeeId: scope.employeeId,
    bucket: 'none',
  };
}

/**
 * A metric for any filter and period, from the rollups only: the headline value with its margin of error and
 * its change against the previous period of the same length, and a series by period or by group, each point
 * with its own margin and the significance of its change.
 */
export async function getMetric(
  ctx: OrgContext,
  metric: MetricName,
  query: MetricQuery,
): Promise<MetricResultBody> {
  const scope = await resolveScope(ctx, metric, query);
  const groupBy = query.groupBy;
  if (groupBy === 'day' && scope.days > MAX_DAILY_POINTS)
    throw fail.invalid(
      `a daily series may span at most ${MAX_DAILY_POINTS} days; group by week or month instead`,
    );
  const options = { minimumSample: scope.minimumSample, enpsScope: scope.enpsScope };
  const current = rollupQuery(ctx, scope, scope);
  const previous = rollupQuery(ctx, scope, scope.previous);
  const dimension =
    groupBy === 'unit' || groupBy === 'channel' || groupBy === 'segment' ? groupBy : undefined;
  if (isPeriodGrouping(groupBy)) current.bucket = groupBy === 'day' || groupBy === 'week' ? 'day' : 'month';
  current.dimension = dimension;
  previous.dimension = dimension;
  // Both periods in one statement: one round trip (and one turn of PGlite's single connection).
  const [sums = [], previousSums = []] = await sumRollupsBatch(ctx.deps.db, [current, previous]);

  const total = totalOf(sums);
  const headline = figureOf(metric, total, options);
  const point = (group: Group, baseline: Counts | undefined): MetricPoint => ({
    key: group.key,
    label: group.label,
    ...figureOf(metric, group.counts, options),
    ...changeOf(metric, baseline, group.counts, options),
    ...(group.hasChildren === undefined ? {} : { hasChildren: group.hasChildren }),
  });

  let series: MetricPoint[] = [];
  if (isPeriodGrouping(groupBy)) {
    const byKey = new Map(periodKeysBetween(groupBy, scope.from, scope.to).map((k) => [k, emptyCounts()]));
    for (const sum of sums) {
      const counts = byKey.get(periodKey(groupBy, sum.bucket!));
      if (counts) addInto(counts, sum);
    }
    let before: Counts | undefined;
    for (const [key, counts] of byKey) {
      series.push(point({ key, label: key, counts }, before));
      before = counts;
    }
  } else if (dimension) {
    const groups = groupsOf(dimension, sums, scope);
    const baselines = new Map(groupsOf(dimension, previousSums, scope).map((g) => [g.key, g.counts]));
    series = groups.map((g) => point(g, baselines.get(g.key)));
  }

  return {
    metric,
    from: scope.from,
    to: scope.to,
    ...headline,
    ...changeOf(metric, totalOf(previousSums), total, options),
    minimumSample: scope.minimumSample,
    ...breakdownOf(metric, total, headline),
    groupBy: groupBy ?? null,
    series,
  };
}

/**
 * Which units, channels or segments are significantly above, level with or below the rest of the organisation
 * (Holm-corrected z-tests of each group against everyone else): the consistency of the experience.
 */
export async function compareMetric(
  ctx: OrgContext,
  metric: 'nps' | 'csat' | 'ces' | 'enps',
  query: z.output<typeof comparisonQuery>,
): Promise<ComparisonResultBody> {
  const scope = await resolveScope(ctx, metric, query);
  const options = { minimumSample: scope.minimumSample, enpsScope: scope.enpsScope };
  const q = rollupQuery(ctx, scope, scope);
  q.dimension = query.by;
  const sums = await sumRollups(ctx.deps.db, q);
  const total = totalOf(sums);
  let groups: Group[];
  if (query.by === 'unit' && query.units === 'leaves') {
    const parents = new Set(scope.catalogue.units.map((u) => u.parentId));
    const inScope = scope.unitIds ? new Set(scope.unitIds) : undefined;
    const leaves = scope.catalogue.units
      .filter((u) => !parents.has(u.id) && (!inScope || inScope.has(u.id)))
      .sort((a, b) => a.name.localeCompare(b.name));
    const byId = new Map<string, Group>(
      leaves.map((u) => [u.id, { key: u.id, label: u.name, counts: emptyCounts() }]),
    );
    for (const sum of sums) {
      const group = sum.dimension ? byId.get(sum.dimension) : undefined;
      if (group) addInto(group.counts, sum);
    }
    groups = [...byId.values()];
  } else {
    groups = groupsOf(query.by, sums, scope).filter((g) => g.key !== 'none');
  }
  const board = leaderboard(
    metric,
    groups.map((g) => ({ id: g, histogram: histogramOf(metric, g.counts), enpsScope: options.enpsScope })),
    { minimumSample: scope.minimumSample, overall: histogramOf(metric, total) },
  );
  const overall = figureOf(metric, total, options);
  const entries = board.entries.map((e) => {
    const figure = figureOf(metric, e.id.counts, options);
    return {
      key: e.id.key,
      label: e.id.label,
      value: figure.value,
      n: figure.n,
      status: figure.status,
      marginOfError: figure.marginOfError,
      verdict: e.verdict,
      difference: e.comparison?.change ?? null,
      pValue: e.adjustedPValue,
    };
  });
  return {
    metric,
    by: query.by,
    from: scope.from,
    to: scope.to,
    overall: {
      value: overall.value,
      n: overall.n,
      status: overall.status,
      marginOfError: overall.marginOfError,
    },
    entries,
    below: entries.filter((e) => e.verdict === 'below').map((e) => e.key),
  };
}
