import { describe, expect, it } from 'vitest';
import { cesMoments, summariseCes } from './ces.metric';
import { emptyHistogram, histogramFromEntries } from './histogram';
import { METRIC_SCALES } from './metric-result';

describe('CES', () => {
  it('is the mean of 1–7 with a Student-t margin from the histogram spread', () => {
    // Ten each of 3, 5 and 7: mean 5; s² = 80/29 = 2.758621; SE = .303239; t(.975, 29) = 2.045230
    // → MoE = .6202 → 5 ± 0.62, i.e. 4.38 … 5.62.
    const histogram = histogramFromEntries(METRIC_SCALES.ces, [
      [3, 10],
      [5, 10],
      [7, 10],
    ]);
    expect(cesMoments(histogram)).toEqual({ n: 30, mean: 5, variance: 80 / 29 });
    const result = summariseCes(histogram);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.value).toBe(5);
    expect(result.marginOfError).toBeCloseTo(0.6202, 4);
    expect(result.method).toBe('student-t');
  });

  it('reports an empty histogram as not enough responses rather than failing', () => {
    expect(summariseCes(emptyHistogram(METRIC_SCALES.ces))).toEqual({
      status: 'insufficient',
      metric: 'ces',
      n: 0,
      minimum: 30,
    });
  });
});
