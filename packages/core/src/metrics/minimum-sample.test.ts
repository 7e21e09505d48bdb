import { describe, expect, it } from 'vitest';
import { summariseCes } from './ces.metric';
import { summariseCsat } from './csat.metric';
import { histogramFromEntries } from './histogram';
import { METRIC_SCALES } from './metric-result';
import { checkMinimumSample, DEFAULT_MINIMUM_SAMPLE, resolveMinimumSample } from './minimum-sample';
import { summariseNps } from './nps.metric';

const nps = (n: number) => histogramFromEntries(METRIC_SCALES.nps, [[10, n]]);
const csat = (n: number) => histogramFromEntries(METRIC_SCALES.csat, [[5, n]]);
const ces = (n: number) => histogramFromEntries(METRIC_SCALES.ces, [[2, n]]);

describe('minimum sample', () => {
  it.each([
    // metric, answers, setting, expected status: below the minimum is "not enough responses".
    ['nps', 29, undefined, { status: 'insufficient', metric: 'nps', n: 29, minimum: 30 }],
    ['nps', 30, undefined, { status: 'ok' }],
    ['nps', 0, undefined, { status: 'insufficient', metric: 'nps', n: 0, minimum: 30 }],
    ['csat', 49, 50, { status: 'insufficient', metric: 'csat', n: 49, minimum: 50 }],
    ['csat', 50, 50, { status: 'ok' }],
    ['ces', 9, 10, { status: 'insufficient', metric: 'ces', n: 9, minimum: 10 }],
    ['ces', 10, 10, { status: 'ok' }],
  ] as const)('%s with %d answers and minimum %s → %o', (metric, n, minimumSample, expected) => {
    const options = { minimumSample };
    const result =
      metric === 'nps'
        ? summariseNps(nps(n), options)
        : metric === 'csat'
          ? summariseCsat(csat(n), options)
          : summariseCes(ces(n), options);
    expect(result).toMatchObject(expected);
  });

  it('defaults to 30 and accepts no setting below 2', () => {
    expect(DEFAULT_MINIMUM_SAMPLE).toBe(30);
    expect(resolveMinimumSample(undefined)).toBe(30);
    expect(resolveMinimumSample(2)).toBe(2);
    expect(() => resolveMinimumSample(1)).toThrow(RangeError);
    expect(() => resolveMinimumSample(12.5)).toThrow(RangeError);
  });

  it('returns null when the sample is enough', () => {
    expect(checkMinimumSample('nps', 30, 30)).toBeNull();
  });
});
