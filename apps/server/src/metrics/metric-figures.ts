// Turning summed rollup counts into what the API shows: a figure with its status, margin and interval, and the
// change against a baseline with its significance. All the statistics come from core; this file only decides
// which histogram is compared with which.

import type { MetricName } from '@centric/contracts/metrics/metric.schemas';
import {
  compareMetric,
  type EnpsScope,
  type Histogram,
  METRIC_SCALES,
  type MetricKind,
  npsBreakdown,
  summariseMetric,
} from '@centric/core/metrics/index';
import type { RollupSum } from '@centric/db/metrics/metric-rollup.repository';

/** Summed counts of a group: eleven score counts and the unscored answers. */
export interface Counts {
  scores: number[];
  unscored: number;
}

/** Counts with nothing in them. */
export function emptyCounts(): Counts {
  return { scores: new Array(11).fill(0), unscored: 0 };
}

/** Adds a rollup sum into counts (in place). */
export function addInto(into: Counts, sum: Pick<RollupSum, 'scores' | 'unscored'>): void {
  sum.scores.forEach((count, i) => {
    into.scores[i]! += count;
  });
  into.unscored += sum.unscored;
}

/** The histogram of a metric's scale from counts. */
export function histogramOf(kind: MetricKind, counts: Counts): Histogram {
  const scale = METRIC_SCALES[kind];
  return { scale, counts: counts.scores.slice(scale.min, scale.max + 1) };
}

/** How figures are computed for one request. */
export interface FigureOptions {
  minimumSample: number;
  enpsScope: EnpsScope;
}

/** A figure as the contract shows it, without the change. */
export interface Figure {
  value: number | null;
  n: number;
  status: 'ok' | 'insufficient' | 'suppressed';
  marginOfError: number | null;
  low: number | null;
  high: number | null;
}

/** The figure of a metric for counts. */
export function figureOf(metric: MetricName, counts: Counts, options: FigureOptions): Figure {
  if (metric === 'responses') {
    const n = counts.scores.reduce((a, b) => a + b, 0) + counts.unscored;
    return { value: n, n, status: 'ok', marginOfError: null, low: null, high: null };
  }
  const result = summariseMetric(metric, histogramOf(metric, counts), {
    minimumSample: options.minimumSample,
    enpsScope: options.enpsScope,
  });
  if (result.status !== 'ok')
    return { value: null, n: result.n, status: result.status, marginOfError: null, low: null, high: null };
  return {
    value: result.value,
    n: result.n,
    status: 'ok',
    marginOfError: result.marginOfError,
    low: result.low,
    high: result.high,
  };
}

/** The change from `baseline` to `current`, and whether it is significant; null when it cannot be tested. */
export function changeOf(
  metric: MetricName,
  baseline: Counts | undefined,
  current: Counts,
  options: FigureOptions,
): { change: number | null; significant: boolean } {
  if (!baseline) return { change: null, significant: false };
  if (metric === 'responses') {
    const total = (c: Counts) => c.scores.reduce((a, b) => a + b, 0) + c.unscored;
    // A count has no sampling error to test: the change is shown, never flagged as significant.
    return { change: total(current) - total(baseline), significant: false };
  }
  const result = compareMetric(metric, histogramOf(metric, baseline), histogramOf(metric, current), {
    minimumSample: options.minimumSample,
    enpsScope: options.enpsScope,
  });
  return result.status === 'ok'
    ? { change: result.change, significant: result.significant }
    : { change: null, significant: false };
}

/** Promoters, passives and detractors (NPS and eNPS, when the value may be shown). */
export function breakdownOf(metric: MetricName, counts: Counts, figure: Figure) {
  if ((metric !== 'nps' && metric !== 'enps') || figure.status === 'suppressed')
    return { promoters: null, passives: null, detractors: null };
  const b = npsBreakdown(histogramOf(metric, counts), metric);
  return { promoters: b.promoters, passives: b.passives, detractors: b.detractors };
}
