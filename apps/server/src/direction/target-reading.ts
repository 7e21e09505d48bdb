import type { beforeAfterBody, TargetBody, TargetMetric } from '@centric/contracts/direction/target.schemas';
import { beforeAfter, shareBeforeAfter, targetProgress, targetStatus } from '@centric/core/direction/index';
import { addDays, type Histogram, localDayKey, npsBreakdown } from '@centric/core/metrics/index';
import { sumRollups } from '@centric/db/metrics/metric-rollup.repository';
import type { z } from 'zod';
import type { OrgContext } from '../context';
import { figureOf, histogramOf } from '../metrics/metric-figures';
import { totalOf } from '../metrics/metric-groups';
import { resolveScope } from '../metrics/metric-scope';

/** The binding of a stored target. */
export interface StoredTarget {
  metric: string;
  filters: Record<string, string>;
  windowDays: number;
  baseline: number | null;
  target: number;
  startDate: string;
  dueDate: string;
}

/** A metric over one window of days. */
interface Reading {
  value: number | null;
  n: number;
  histogram: Histogram | null;
  /** Detractors (detractor-share only). */
  hits: number;
  minimumSample: number;
}

/**
 * A target's progress is part of the plan everyone in the organisation sees, so it is read as the organisation
 * (an executive's view of the metric) rather than with the reader's own unit scope. Only the headline value of
 * the target's own filters is ever returned, never a breakdown.
 */
function organisationView(ctx: OrgContext): OrgContext {
  return { ...ctx, actor: { ...ctx.actor, role: 'executive', unitId: null } };
}

/** The metric of a target over [from, to], from the rollups (never the raw responses). */
async function read(
  ctx: OrgContext,
  metric: TargetMetric,
  filters: Record<string, string>,
  from: string,
  to: string,
): Promise<Reading> {
  const kind = metric === 'detractor-share' ? 'nps' : metric;
  const view = organisationView(ctx);
  const scope = await resolveScope(view, kind, { ...filters, from, to });
  const sums = await sumRollups(ctx.deps.db, {
    organisationId: ctx.organisation.id,
    from,
    to,
    surveyIds: scope.surveyIds,
    unitIds: scope.unitIds,
    channelId: scope.channelId,
    segmentId: scope.segmentId,
    employeeId: scope.employeeId,
    bucket: 'none',
  });
  const total = totalOf(sums);
  const options = { minimumSample: scope.minimumSample, enpsScope: scope.enpsScope };
  const figure = figureOf(kind, total, options);
  const histogram = kind === 'responses' ? null : histogramOf(kind, total);
  let value = figure.status === 'ok' ? figure.value : null;
  let hits = 0;
  if (metric === 'detractor-share' && histogram) {
    const b = npsBreakdown(histogram, 'nps');
    hits = b.detractors;
    value = value === null || b.n === 0 ? null : (100 * b.detractors) / b.n;
  }
  return { value, n: figure.n, histogram, hits, minimumSample: scope.minimumSample };
}

/** A metric's headline value over [from, to] as the organisation sees it (null below the minimum sample). */
export async function readMetricValue(
  ctx: OrgContext,
  metric: TargetMetric,
  filters: Record<string, string>,
  from: string,
  to: string,
): Promise<number | null> {
  return (await read(ctx, metric, filters, from, to)).value;
}

/** The baseline window of a target: the `windowDays` before its start. */
function baselineWindow(t: Pick<StoredTarget, 'startDate' | 'windowDays'>) {
  return { from: addDays(t.startDate, -t.windowDays), to: addDays(t.startDate, -1) };
}

/** The latest window of a target on `today`: up to `windowDays`, inside [start, due]; null before the start. */
function currentWindow(t: StoredTarget, today: string) {
  if (today < t.startDate) return null;
  const to = today < t.dueDate ? today : t.dueDate;
  const earliest = addDays(to, -(t.windowDays - 1));
  // ISO days compare as strings.
  const from = [earliest, t.startDate].sort()[1]!;
  return { from, to };
}

/** Today in the organisation's time zone. */
export function todayOf(ctx: OrgContext): string {
  return localDayKey(ctx.deps.clock.now(), ctx.organisation.timeZone);
}

/** The baseline of a new target: the metric over the window before its start (null with too few answers). */
export async function captureBaseline(
  ctx: OrgContext,
  t: { metric: TargetMetric; filters: Record<string, string>; windowDays: number; startDate: string },
): Promise<number | null> {
  const w = baselineWindow(t);
  return (await read(ctx, t.metric, t.filters, w.from, w.to)).value;
}

/** Checks a target's filters against the organisation (unknown unit, survey … are refused). */
export async function checkTargetFilters(
  ctx: OrgContext,
  metric: TargetMetric,
  filters: Record<string, string>,
): Promise<void> {
  await resolveScope(organisationView(ctx), metric === 'detractor-share' ? 'nps' : metric, filters);
}

/** A stored target with its live progress. */
export async function readTarget(ctx: OrgContext, t: StoredTarget): Promise<TargetBody> {
  const metric = t.metric as TargetMetric;
  const today = todayOf(ctx);
  const w = currentWindow(t, today);
  const reading = w ? await read(ctx, metric, t.filters, w.from, w.to) : null;
  const current = reading?.value ?? null;
  const base = {
    metric,
    filters: t.filters,
    windowDays: t.windowDays,
    baseline: t.baseline,
    target: t.target,
    current,
    n: reading?.n ?? 0,
    startDate: t.startDate,
    dueDate: t.dueDate,
  };
  if (t.baseline === null) {
    return {
      ...base,
      // Without a baseline the direction is the metric's own: shares of detractors should fall.
      direction: metric === 'detractor-share' ? 'fall' : 'rise',
      progress: null,
      improvement: null,
      status: 'no-data',
    };
  }
  const p = targetProgress({ baseline: t.baseline, target: t.target, current });
  return {
    ...base,
    direction: p.direction,
    progress: p.fraction,
    improvement: p.improvement,
    status: targetStatus(p, t.startDate, t.dueDate, today),
  };
}

/** The before/after comparison of a finished target: the baseline window against the last window. */
export async function readBeforeAfter(
  ctx: OrgContext,
  t: StoredTarget,
  direction: 'rise' | 'fall',
): Promise<z.infer<typeof beforeAfterBody> | null> {
  const metric = t.metric as TargetMetric;
  if (metric === 'responses') return null;
  const today = todayOf(ctx);
  const w = currentWindow(t, today);
  if (!w) return null;
  const bw = baselineWindow(t);
  const [before, after] = await Promise.all([
    read(ctx, metric, t.filters, bw.from, bw.to),
    read(ctx, metric, t.filters, w.from, w.to),
  ]);
  if (!before.histogram || !after.histogram) return null;
  const result =
    metric === 'detractor-share'
      ? shareBeforeAfter(
          { hits: before.hits, n: before.n },
          { hits: after.hits, n: after.n },
          direction,
          before.minimumSample,
        )
      : beforeAfter(metric, before.histogram, after.histogram, direction, {
          minimumSample: before.minimumSample,
          enpsScope: { kind: 'group' },
        });
  const c = result.change;
  return {
    verdict: result.verdict,
    before: c.status === 'ok' ? c.baseline : null,
    after: c.status === 'ok' ? c.current : null,
    change: c.status === 'ok' ? c.change : null,
    pValue: c.status === 'ok' ? c.pValue : null,
    nBefore: before.n,
    nAfter: after.n,
  };
}
