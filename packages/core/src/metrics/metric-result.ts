// The shared vocabulary of every metric: which metrics exist, the scale each is asked on, and the
// discriminated result a dashboard renders. A result is never a bare number, so no screen can show a
// value without also knowing whether there were enough answers to show it at all.

import { SCORE_RANGE } from '../surveys/survey-kinds';
import type { Histogram, ScoreScale } from './histogram';

/** The survey metrics Centric computes from score histograms. */
export const METRIC_KINDS = ['nps', 'enps', 'csat', 'ces'] as const;
/** One of the survey metrics. */
export type MetricKind = (typeof METRIC_KINDS)[number];

/** The scale each metric's question is asked on (shared with the survey definitions). */
export const METRIC_SCALES: Readonly<Record<MetricKind, ScoreScale>> = {
  nps: SCORE_RANGE.nps,
  enps: SCORE_RANGE.enps,
  csat: SCORE_RANGE.csat,
  ces: SCORE_RANGE.ces,
};

/** How an interval was computed; shown next to the margin so an analyst can check it. */
export type IntervalMethod = 'wald' | 'adjusted-wald' | 'student-t';

/** A confidence interval around a metric, in the metric's own unit (NPS points, CSAT %, CES score). */
export interface Interval {
  /** The metric as observed (the adjustment for small samples moves the interval, never the value). */
  readonly value: number;
  /** Half the width of the interval: the "±" shown next to the value. */
  readonly marginOfError: number;
  /** Lower end of the interval, clipped to the metric's range. */
  readonly low: number;
  /** Upper end of the interval, clipped to the metric's range. */
  readonly high: number;
  /** Confidence level of the interval, e.g. 0.95. */
  readonly confidence: number;
  /** The method used. */
  readonly method: IntervalMethod;
}

/** A metric with enough answers to be shown, with its interval. */
export interface MetricEstimate extends Interval {
  /** Discriminant: the value may be shown. */
  readonly status: 'ok';
  /** Which metric this is. */
  readonly metric: MetricKind;
  /** Number of answers behind the value. */
  readonly n: number;
}

/** Too few answers for the value to mean anything: shown as "not enough responses". */
export interface InsufficientResult {
  /** Discriminant: show "not enough responses" instead of a value. */
  readonly status: 'insufficient';
  /** Which metric was asked for. */
  readonly metric: MetricKind;
  /** Number of answers there are. */
  readonly n: number;
  /** Number of answers needed. */
  readonly minimum: number;
}

/** Why an eNPS value is withheld to protect employees' anonymity. */
export type SuppressionReason = 'per-person' | 'group-too-small';

/** A value withheld to protect anonymity, whatever the number of answers or the settings. */
export interface SuppressedResult {
  /** Discriminant: show "hidden to protect anonymity" instead of a value. */
  readonly status: 'suppressed';
  /** Only eNPS is ever suppressed. */
  readonly metric: 'enps';
  /** Number of answers there are. */
  readonly n: number;
  /** Why it is withheld. */
  readonly reason: SuppressionReason;
  /** The smallest group for which the value may be shown. */
  readonly minimum: number;
}

/** What a dashboard gets for one metric over one filter and period. */
export type MetricResult = MetricEstimate | InsufficientResult | SuppressedResult;

/** Settings an organisation may change; both have defaults. */
export interface MetricOptions {
  /** Answers needed before a value is shown (default 30, at least 2). */
  readonly minimumSample?: number;
  /** Confidence level of intervals (default 0.95). */
  readonly confidence?: number;
}

/** Throws unless the histogram is on the metric's scale, so a CSAT rollup is never read as an NPS. */
export function assertMetricScale(metric: MetricKind, histogram: Histogram): void {
  const expected = METRIC_SCALES[metric];
  if (histogram.scale.min !== expected.min || histogram.scale.max !== expected.max) {
    throw new RangeError(
      `${metric} needs scores on ${expected.min}–${expected.max}, got ${histogram.scale.min}–${histogram.scale.max}`,
    );
  }
}
