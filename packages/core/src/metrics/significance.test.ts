import { describe, expect, it } from 'vitest';
import { histogramFromEntries } from './histogram';
import { METRIC_SCALES } from './metric-result';
import { compareMetric, zTest } from './significance';

const nps = (promoters: number, passives: number, detractors: number) =>
  histogramFromEntries(METRIC_SCALES.nps, [
    [10, promoters],
    [8, passives],
    [3, detractors],
  ]);
const csat = (satisfied: number, dissatisfied: number) =>
  histogramFromEntries(METRIC_SCALES.csat, [
    [5, satisfied],
    [2, dissatisfied],
  ]);
const ces = (entries: [number, number][]) => histogramFromEntries(METRIC_SCALES.ces, entries);

// Ten each of 3, 5, 7 (mean 5, s² = 80/29) and twenty each of 5, 7 (mean 6, s² = 40/39).
const cesBaseline = ces([
  [3, 10],
  [5, 10],
  [7, 10],
]);
const cesCurrent = ces([
  [5, 20],
  [7, 20],
]);

describe('significance of a change', () => {
  it.each([
    // NPS 30 → 0 (P/D 100/40 → 70/70 of 200): var₁ = .61, var₂ = .7 − 0 = .7;
    // SE = 100·√(.61/200 + .7/200) = 100·√.00655 = 8.093; z = −30/8.093 = −3.707; p = .00021 → significant.
    ['NPS 30 → 0', 'nps', nps(100, 60, 40), nps(70, 60, 70), -30, 8.093, -3.707, 0.00021, true],
    // NPS 30 → 35 (P/D 110/40 of 200): var₂ = .75 − .35² = .6275;
    // SE = 100·√((.61 + .6275)/200) = 7.866; z = 5/7.866 = .636; p = .525 → not significant.
    ['NPS 30 → 35', 'nps', nps(100, 60, 40), nps(110, 50, 40), 5, 7.866, 0.636, 0.525, false],
    // CSAT 75 % (90/120) → 60 % (60/100): pooled p̄ = 150/220 = .681818;
    // SE = 100·√(.681818 · .318182 · (1/120 + 1/100)) = 6.307; z = −15/6.307 = −2.378; p = .0174 → significant.
    ['CSAT 75 % → 60 %', 'csat', csat(90, 30), csat(60, 40), -15, 6.307, -2.378, 0.0174, true],
    // CSAT 75 % → 70 % (84/120): p̄ = 174/240 = .725; SE = 100·√(.725 · .275 · 2/120) = 5.764;
    // z = −5/5.764 = −.867; p = .386 → not significant.
    ['CSAT 75 % → 70 %', 'csat', csat(90, 30), csat(84, 36), -5, 5.764, -0.867, 0.386, false],
    // CES 5 → 6: SE = √(2.758621/30 + 1.025641/40) = √.117595 = .3429; z = 1/.3429 = 2.916; p = .00354 → significant.
    ['CES 5 → 6', 'ces', cesBaseline, cesCurrent, 1, 0.3429, 2.916, 0.00354, true],
  ] as const)('%s', (_, kind, a, b, change, se, z, p, significant) => {
    const result = compareMetric(kind, a, b);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.change).toBeCloseTo(change, 10);
    expect(result.standardError).toBeCloseTo(se, 3);
    expect(result.z).toBeCloseTo(z, 3);
    // p-values are worked to three significant figures.
    expect(Math.abs(result.pValue - p) / p).toBeLessThan(0.005);
    expect(result.significant).toBe(significant);
    expect(result.alpha).toBe(0.05);
  });

  it('honours a stricter alpha', () => {
    // The CSAT drop above has p = .0174: significant at .05, not at .01.
    const result = compareMetric('csat', csat(90, 30), csat(60, 40), { alpha: 0.01 });
    expect(result).toMatchObject({ status: 'ok', significant: false, alpha: 0.01 });
  });

  it('does not test a side below the minimum sample', () => {
    expect(compareMetric('nps', nps(100, 60, 40), nps(10, 10, 9))).toEqual({
      status: 'insufficient',
      metric: 'nps',
      nBaseline: 200,
      nCurrent: 29,
      minimum: 30,
    });
  });

  it('never compares an eNPS side withheld for anonymity', () => {
    const team = histogramFromEntries(METRIC_SCALES.enps, [[10, 4]]);
    const before = histogramFromEntries(METRIC_SCALES.enps, [[10, 40]]);
    expect(compareMetric('enps', before, team, { enpsScope: { kind: 'group' }, minimumSample: 2 })).toEqual({
      status: 'suppressed',
      metric: 'enps',
      reason: 'group-too-small',
    });
  });
});

describe('z-test', () => {
  it('handles samples without spread', () => {
    // All promoters before, all detractors after: SE 0, the change is certain.
    expect(zTest(-200, 0)).toMatchObject({ z: Number.NEGATIVE_INFINITY, pValue: 0, significant: true });
    expect(zTest(0, 0)).toMatchObject({ z: 0, pValue: 1, significant: false });
  });

  it('rejects impossible inputs', () => {
    expect(() => zTest(1, -1)).toThrow(RangeError);
    expect(() => zTest(1, 1, 5)).toThrow(RangeError);
  });
});
