// CES: the mean customer-effort score on a 1–7 scale.

import { type Histogram, histogramMean, histogramTotal, histogramVariance } from './histogram';
import { meanInterval, resolveConfidence } from './margin-of-error';
import {
  assertMetricScale,
  type InsufficientResult,
  type MetricEstimate,
  type MetricOptions,
} from './metric-result';
import { checkMinimumSample, resolveMinimumSample } from './minimum-sample';

/** Number of answers, mean and sample variance of a 1–7 histogram. */
export interface CesMoments {
  /** All answers. */
  readonly n: number;
  /** Mean score. */
  readonly mean: number;
  /** Sample variance (n − 1 denominator); 0 below two answers, where no spread can be seen. */
  readonly variance: number;
}

/** The moments of a 1–7 histogram; throws when there are no answers. */
export function cesMoments(histogram: Histogram): CesMoments {
  assertMetricScale('ces', histogram);
  const n = histogramTotal(histogram);
  return { n, mean: histogramMean(histogram), variance: n >= 2 ? histogramVariance(histogram) : 0 };
}

/** The CES (mean score, 1…7) of a 1–7 histogram with its margin of error, or "not enough responses". */
export function summariseCes(
  histogram: Histogram,
  options: MetricOptions = {},
): MetricEstimate | InsufficientResult {
  assertMetricScale('ces', histogram);
  const n = histogramTotal(histogram);
  const insufficient = checkMinimumSample('ces', n, resolveMinimumSample(options.minimumSample));
  if (insufficient) return insufficient;
  const moments = cesMoments(histogram);
  const interval = meanInterval(
    moments.mean,
    moments.variance,
    n,
    histogram.scale,
    resolveConfidence(options.confidence),
  );
  return { status: 'ok', metric: 'ces', n, ...interval };
}
