// Below a minimum number of answers a metric is reported as "not enough responses" instead of a number:
// with 8 answers an NPS swings by tens of points from one respondent, and leaders would act on noise.

import type { InsufficientResult, MetricKind } from './metric-result';

/** Answers needed before a metric is shown, unless the organisation sets another number. */
export const DEFAULT_MINIMUM_SAMPLE = 30;

/** The smallest minimum an organisation may set: no spread, hence no margin, can be estimated from one answer. */
export const LOWEST_MINIMUM_SAMPLE = 2;

/** The minimum sample to apply: the setting if valid, else the default; throws on a setting below 2. */
export function resolveMinimumSample(minimumSample: number | undefined): number {
  if (minimumSample === undefined) return DEFAULT_MINIMUM_SAMPLE;
  if (!Number.isSafeInteger(minimumSample) || minimumSample < LOWEST_MINIMUM_SAMPLE) {
    throw new RangeError(
      `the minimum sample must be an integer ≥ ${LOWEST_MINIMUM_SAMPLE}, got ${minimumSample}`,
    );
  }
  return minimumSample;
}

/** Whether n answers are enough to show a value. */
export function meetsMinimumSample(n: number, minimum: number): boolean {
  return n >= minimum;
}

/** The "not enough responses" result when n is below the minimum, else null. */
export function checkMinimumSample(
  metric: MetricKind,
  n: number,
  minimum: number,
): InsufficientResult | null {
  return meetsMinimumSample(n, minimum) ? null : { status: 'insufficient', metric, n, minimum };
}
