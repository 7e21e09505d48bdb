import { describe, expect, it } from 'vitest';
import {
  addHistograms,
  addScore,
  countBetween,
  countOf,
  emptyHistogram,
  histogramEntries,
  histogramFromEntries,
  histogramFromScores,
  histogramMean,
  histogramTotal,
  histogramVariance,
  mergeHistograms,
  subtractHistograms,
  validateHistogram,
} from './histogram';
import { METRIC_SCALES } from './metric-result';
import { npsBreakdown, npsValue } from './nps.metric';

const NPS = METRIC_SCALES.nps;
const CSAT = METRIC_SCALES.csat;

describe('building histograms', () => {
  it('counts individual scores per value, lowest score first', () => {
    const histogram = histogramFromScores(CSAT, [5, 4, 5, 1, 5]);
    expect(histogram.counts).toEqual([1, 0, 0, 1, 3]);
    expect(histogramTotal(histogram)).toBe(5);
    expect(countOf(histogram, 5)).toBe(3);
    expect(countBetween(histogram, 4, 5)).toBe(4);
  });

  it('sums repeated rollup rows for the same score and round-trips through entries', () => {
    const histogram = histogramFromEntries(NPS, [
      [10, 3],
      [0, 1],
      [10, 2],
    ]);
    expect(countOf(histogram, 10)).toBe(5);
    expect(histogramEntries(histogram)).toEqual([
      [0, 1],
      [10, 5],
    ]);
    expect(histogramFromEntries(NPS, histogramEntries(histogram))).toEqual(histogram);
  });

  it.each([
    ['a score above the scale', () => histogramFromScores(CSAT, [6])],
    ['a score below the scale', () => histogramFromScores(NPS, [-1])],
    ['a fractional score', () => histogramFromScores(NPS, [7.5])],
    ['a negative count', () => histogramFromEntries(NPS, [[9, -1]])],
    ['a fractional count', () => histogramFromEntries(NPS, [[9, 0.5]])],
    ['an inverted scale', () => emptyHistogram({ min: 5, max: 1 })],
    ['counts of the wrong length', () => validateHistogram({ scale: CSAT, counts: [1, 2, 3] })],
  ])('rejects %s', (_, build) => {
    expect(build).toThrow(RangeError);
  });
});

describe('combining histograms', () => {
  const monday = histogramFromScores(NPS, [10, 9, 6, 8]);
  const tuesday = histogramFromScores(NPS, [0, 10, 10]);

  it('adds, merges and subtracts count by count', () => {
    const both = addHistograms(monday, tuesday);
    expect(histogramEntries(both)).toEqual([
      [0, 1],
      [6, 1],
      [8, 1],
      [9, 1],
      [10, 3],
    ]);
    expect(mergeHistograms(NPS, [monday, tuesday])).toEqual(both);
    expect(mergeHistograms(NPS, [])).toEqual(emptyHistogram(NPS));
    expect(subtractHistograms(both, tuesday)).toEqual(monday);
  });

  it('gives the same NPS from summed daily rollups as from the raw answers', () => {
    // Monday: 2 promoters, 1 detractor of 4; Tuesday: 2 promoters, 1 detractor of 3.
    // Together: 4 promoters and 2 detractors of 7 → NPS = (4 − 2) / 7 · 100 = 28.571…
    const raw = histogramFromScores(NPS, [10, 9, 6, 8, 0, 10, 10]);
    const rolledUp = mergeHistograms(NPS, [monday, tuesday]);
    expect(npsValue(npsBreakdown(rolledUp))).toBeCloseTo(200 / 7, 12);
    expect(npsValue(npsBreakdown(rolledUp))).toBe(npsValue(npsBreakdown(raw)));
  });

  it('adds and removes single answers without mutating the original', () => {
    const more = addScore(monday, 10, 2);
    expect(countOf(more, 10)).toBe(3);
    expect(countOf(monday, 10)).toBe(1);
    expect(countOf(addScore(more, 10, -3), 10)).toBe(0);
    expect(() => addScore(monday, 10, -2)).toThrow(RangeError);
  });

  it('refuses to subtract answers that are not there, and to mix scales', () => {
    expect(() => subtractHistograms(monday, tuesday)).toThrow(/score 0/);
    expect(() => addHistograms(monday, emptyHistogram(CSAT))).toThrow(/different scales/);
  });
});

describe('moments', () => {
  it.each([
    // 3, 5, 7 once each: mean 15/3 = 5; squared deviations 4 + 0 + 4 = 8; variance 8/(3 − 1) = 4.
    [[3, 5, 7], 5, 4],
    // 1, 1, 1, 5: mean 8/4 = 2; deviations² 1 + 1 + 1 + 9 = 12; variance 12/3 = 4.
    [[1, 1, 1, 5], 2, 4],
    // No spread: variance 0.
    [[4, 4], 4, 0],
  ])('scores %j have mean %d and sample variance %d', (scores, mean, variance) => {
    const histogram = histogramFromScores(METRIC_SCALES.ces, scores);
    expect(histogramMean(histogram)).toBeCloseTo(mean, 12);
    expect(histogramVariance(histogram)).toBeCloseTo(variance, 12);
  });

  it('refuses a mean of nothing and a variance of one answer', () => {
    expect(() => histogramMean(emptyHistogram(CSAT))).toThrow(RangeError);
    expect(() => histogramVariance(histogramFromScores(CSAT, [3]))).toThrow(RangeError);
  });
});
