import { describe, expect, it } from 'vitest';
import { histogramFromEntries, histogramFromScores } from './histogram';
import { METRIC_SCALES } from './metric-result';
import { npsBreakdown, npsValue, summariseNps } from './nps.metric';

const npsHistogram = (promoters: number, passives: number, detractors: number) =>
  histogramFromEntries(METRIC_SCALES.nps, [
    [10, promoters],
    [8, passives],
    [3, detractors],
  ]);

describe('NPS', () => {
  it('splits 0–10 at 6/7 and 8/9', () => {
    // 9 and 10 promote, 7 and 8 are passive, 0–6 detract.
    const breakdown = npsBreakdown(histogramFromScores(METRIC_SCALES.nps, [0, 6, 7, 8, 9, 10, 10]));
    expect(breakdown).toEqual({ n: 7, promoters: 3, passives: 2, detractors: 2 });
    // (3 − 2)/7 · 100 = 14.29.
    expect(npsValue(breakdown)).toBeCloseTo(100 / 7, 12);
  });

  it.each([
    // 100 promoters and 40 detractors of 200: 50 % − 20 % = 30; ±10.8 (worked in margin-of-error.test.ts).
    [100, 60, 40, 30, 10.8],
    // All 40 detractors: −100, where Wald would give ±0. Rocks: n' = 43, p' = .75/43 = .017442,
    // d' = 40.75/43 = .947674; var' = .965116 − .930233² = .099783; SE' = √(.099783/43) = .048172; MoE = 9.44.
    [0, 0, 40, -100, 9.4],
    // 70/60/70 of 200: 35 % − 35 % = 0; var = .7 − 0 = .7; SE = √(.7/200) = .059161; MoE = 11.6.
    [70, 60, 70, 0, 11.6],
  ])('%d promoters, %d passives, %d detractors → %d ± %d', (promoters, passives, detractors, value, moe) => {
    const result = summariseNps(npsHistogram(promoters, passives, detractors));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.value).toBeCloseTo(value, 10);
    expect(Math.round(result.marginOfError * 10) / 10).toBe(moe);
    expect(result.n).toBe(promoters + passives + detractors);
    expect(result.metric).toBe('nps');
  });

  it('refuses a histogram on another scale and an NPS of nothing', () => {
    expect(() => npsBreakdown(histogramFromScores(METRIC_SCALES.csat, [5]))).toThrow(
      /nps needs scores on 0–10/,
    );
    expect(() => npsValue({ n: 0, promoters: 0, passives: 0, detractors: 0 })).toThrow(RangeError);
  });
});
