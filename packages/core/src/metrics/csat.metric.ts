// CSAT: the share of answers in the top two boxes (4 and 5) of a 1–5 satisfaction question, in %.

import { countBetween, type Histogram, histogramTotal } from './histogram';
import { proportionInterval, resolveConfidence } from './margin-of-error';
import {
  assertMetricScale,
  type InsufficientResult,
  type MetricEstimate,
  type MetricOptions,
} from './metric-result';
import { checkMinimumSample, resolveMinimumSample } from './minimum-sample';

/** Lowest score counted as satisfied (the top two boxes of 1–5). */
export const CSAT_SATISFIED_MIN_SCORE = 4;

/** Satisfied answers and all answers of a 1–5 histogram. */
export interface CsatCounts {
  /** All answers. */
  readonly n: number;
  /** Answers of 4 or 5. */
  readonly satisfied: number;
}

/** Counts the satisfied answers of a 1–5 histogram. */
export function csatCounts(histogram: Histogram): CsatCounts {
  assertMetricScale('csat', histogram);
  return {
    n: histogramTotal(histogram),
    satisfied: countBetween(histogram, CSAT_SATISFIED_MIN_SCORE, histogram.scale.max),
  };
}

/** The CSAT in % of satisfied answers; throws when there are no answers. */
export function csatValue(counts: CsatCounts): number {
  if (counts.n === 0) throw new RangeError('the CSAT of no answers does not exist');
  return (100 * counts.satisfied) / counts.n;
}

/** The CSAT of a 1–5 histogram with its margin of error, or "not enough responses" below the minimum sample. */
export function summariseCsat(
  histogram: Histogram,
  options: MetricOptions = {},
): MetricEstimate | InsufficientResult {
  const counts = csatCounts(histogram);
  const insufficient = checkMinimumSample('csat', counts.n, resolveMinimumSample(options.minimumSample));
  if (insufficient) return insufficient;
  const interval = proportionInterval(counts.satisfied, counts.n, resolveConfidence(options.confidence));
  return { status: 'ok', metric: 'csat', n: counts.n, ...interval };
}
