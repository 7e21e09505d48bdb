import { describe, expect, it } from 'vitest';
import { csatCounts, csatValue, summariseCsat } from './csat.metric';
import { histogramFromEntries, histogramFromScores } from './histogram';
import { METRIC_SCALES } from './metric-result';

describe('CSAT', () => {
  it('counts the top two boxes (4 and 5) of 1–5', () => {
    const counts = csatCounts(histogramFromScores(METRIC_SCALES.csat, [1, 2, 3, 4, 5, 5]));
    // 3 of 6 in the top two boxes → 50 %.
    expect(counts).toEqual({ n: 6, satisfied: 3 });
    expect(csatValue(counts)).toBe(50);
  });

  it.each([
    // 60 fives + 30 fours = 90 satisfied of 120 → 75 %; SE = √(.75 · .25/120) = .039528 → ±7.7.
    [60, 30, 20, 10, 75, 7.7, 'wald'],
    // 36 of 40 → 90 %; only 4 not satisfied, so Agresti–Coull: ±10.1 (worked in margin-of-error.test.ts).
    [20, 16, 4, 0, 90, 10.1, 'adjusted-wald'],
  ] as const)(
    '%d fives, %d fours, %d threes, %d ones → %d %% ± %d',
    (fives, fours, threes, ones, value, moe, method) => {
      const result = summariseCsat(
        histogramFromEntries(METRIC_SCALES.csat, [
          [5, fives],
          [4, fours],
          [3, threes],
          [1, ones],
        ]),
      );
      expect(result.status).toBe('ok');
      if (result.status !== 'ok') return;
      expect(result.value).toBeCloseTo(value, 10);
      expect(Math.round(result.marginOfError * 10) / 10).toBe(moe);
      expect(result.method).toBe(method);
    },
  );
});
