// NPS: % promoters (9–10) minus % detractors (0–6) on a 0–10 "how likely are you to recommend" question.

import { type Histogram, histogramTotal } from './histogram';
import { npsInterval, resolveConfidence } from './margin-of-error';
import {
  assertMetricScale,
  type InsufficientResult,
  type MetricEstimate,
  type MetricOptions,
} from './metric-result';
import { checkMinimumSample, resolveMinimumSample } from './minimum-sample';

/** Lowest score of a promoter. */
export const PROMOTER_MIN_SCORE = 9;
/** Highest score of a detractor. */
export const DETRACTOR_MAX_SCORE = 6;

/** Answers split into promoters, passives and detractors. */
export interface NpsBreakdown {
  /** All answers. */
  readonly n: number;
  /** Answers of 9 or 10. */
  readonly promoters: number;
  /** Answers of 7 or 8. */
  readonly passives: number;
  /** Answers of 0 to 6. */
  readonly detractors: number;
}

/** Splits a 0–10 histogram into promoters, passives and detractors. */
export function npsBreakdown(histogram: Histogram, metric: 'nps' | 'enps' = 'nps'): NpsBreakdown {
  assertMetricScale(metric, histogram);
  let promoters = 0;
  let detractors = 0;
  histogram.counts.forEach((count, score) => {
    if (score >= PROMOTER_MIN_SCORE) promoters += count;
    else if (score <= DETRACTOR_MAX_SCORE) detractors += count;
  });
  const n = histogramTotal(histogram);
  return { n, promoters, passives: n - promoters - detractors, detractors };
}

/** The NPS in points (−100…100) of a breakdown; throws when there are no answers. */
export function npsValue(breakdown: NpsBreakdown): number {
  if (breakdown.n === 0) throw new RangeError('the NPS of no answers does not exist');
  return (100 * (breakdown.promoters - breakdown.detractors)) / breakdown.n;
}

/** The NPS of a 0–10 histogram with its margin of error, or "not enough responses" below the minimum sample. */
export function summariseNps(
  histogram: Histogram,
  options: MetricOptions = {},
  metric: 'nps' | 'enps' = 'nps',
): MetricEstimate | InsufficientResult {
  const breakdown = npsBreakdown(histogram, metric);
  const insufficient = checkMinimumSample(metric, breakdown.n, resolveMinimumSample(options.minimumSample));
  if (insufficient) return insufficient;
  const interval = npsInterval(
    breakdown.promoters,
    breakdown.detractors,
    breakdown.n,
    resolveConfidence(options.confidence),
  );
  return { status: 'ok', metric, n: breakdown.n, ...interval };
}
