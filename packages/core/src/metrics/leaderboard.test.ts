import { describe, expect, it } from 'vitest';
import { histogramFromEntries } from './histogram';
import { holmAdjust, leaderboard } from './leaderboard';
import { METRIC_SCALES } from './metric-result';

const nps = (promoters: number, passives: number, detractors: number) =>
  histogramFromEntries(METRIC_SCALES.nps, [
    [10, promoters],
    [8, passives],
    [3, detractors],
  ]);

describe('leaderboard without noise', () => {
  // Overall: n = 610, P = 305, D = 121 → NPS 30.2.
  const groups = [
    { id: 'tiny', histogram: nps(5, 4, 1) }, // n = 10 < 30 → insufficient, still part of the overall
    { id: 'south', histogram: nps(60, 80, 60) }, // NPS 0
    { id: 'centre', histogram: nps(100, 60, 40) }, // NPS 30
    { id: 'north', histogram: nps(140, 40, 20) }, // NPS 60
  ];

  it('places each group against the rest of the organisation, in tiers', () => {
    const board = leaderboard('nps', groups);
    expect(board.overall).toMatchObject({ status: 'ok', n: 610 });
    expect(board.entries.map((entry) => [entry.id, entry.verdict])).toEqual([
      ['north', 'above'],
      ['centre', 'level'],
      ['south', 'below'],
      ['tiny', 'insufficient'],
    ]);
    const byId = new Map(board.entries.map((entry) => [entry.id, entry]));
    // north vs rest (n 410, P 165, D 101 → 15.61): var = .8 − .6² = .44 and .648780 − .156098² = .624414;
    // SE = 100·√(.44/200 + .624414/410) = 6.102; z = 44.39/6.102 = 7.28.
    expect(byId.get('north')!.comparison!.change).toBeCloseTo(44.39, 2);
    expect(byId.get('north')!.comparison!.standardError).toBeCloseTo(6.102, 3);
    // centre vs rest (n 410, P 205, D 81 → 30.24): change −0.24, z = −0.036 → level.
    expect(byId.get('centre')!.comparison!.change).toBeCloseTo(-0.24, 2);
    // south vs rest (n 410, P 245, D 61 → 44.88): SE = 100·√(.6/200 + .544937/410) = 6.580; z = −6.82.
    expect(byId.get('south')!.comparison!.z).toBeCloseTo(-6.82, 2);
    expect(byId.get('tiny')!.comparison).toBeNull();
  });

  it("keeps the caller's order within a tier instead of ranking by noise", () => {
    // Two identical level groups and one slightly higher: none differs significantly, none is ordered.
    const board = leaderboard('nps', [
      { id: 'b', histogram: nps(100, 60, 40) },
      { id: 'a', histogram: nps(104, 58, 38) },
      { id: 'c', histogram: nps(100, 60, 40) },
    ]);
    expect(board.entries.map((entry) => [entry.id, entry.verdict])).toEqual([
      ['b', 'level'],
      ['a', 'level'],
      ['c', 'level'],
    ]);
  });

  it('corrects for testing many groups at once (Holm)', () => {
    // A, B, C at NPS 30 (100/60/40), D at 45 (120/50/30), each n = 200.
    // D vs rest (n 600, NPS 30, var .61): var_D = .75 − .45² = .5475; SE = 100·√(.5475/200 + .61/600) = 6.127;
    // z = 15/6.127 = 2.448; p = .0144 < .05, but Holm multiplies the smallest of 4 p-values by 4: .0574 ≥ .05.
    const four = ['A', 'B', 'C'].map((id) => ({ id, histogram: nps(100, 60, 40) }));
    four.push({ id: 'D', histogram: nps(120, 50, 30) });
    const corrected = leaderboard('nps', four);
    const d = corrected.entries.find((entry) => entry.id === 'D')!;
    expect(d.comparison!.pValue).toBeCloseTo(0.0144, 4);
    expect(d.adjustedPValue).toBeCloseTo(0.0574, 4);
    expect(d.verdict).toBe('level');
    const uncorrected = leaderboard('nps', four, { correction: 'none' });
    expect(uncorrected.entries[0]).toMatchObject({ id: 'D', verdict: 'above' });
  });

  it('adjusts p-values by Holm step-down', () => {
    // Sorted .01, .03, .04, .5 → ×4, ×3, ×2, ×1 = .04, .09, .08, .5 → running max .04, .09, .09, .5.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.5]);
    expect(adjusted.map((p) => Math.round(p * 100) / 100)).toEqual([0.04, 0.09, 0.09, 0.5]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('does not compare a group whose rest is too small, and checks groups lie within the overall', () => {
    const board = leaderboard('nps', [{ id: 'only', histogram: nps(20, 10, 10) }]);
    expect(board.entries[0]).toMatchObject({ id: 'only', verdict: 'not-compared', comparison: null });
    expect(() =>
      leaderboard('nps', [{ id: 'x', histogram: nps(20, 10, 10) }], { overall: nps(5, 5, 5) }),
    ).toThrow(RangeError);
  });

  it('applies the eNPS anonymity rule to each group', () => {
    const enps = (n: number) => histogramFromEntries(METRIC_SCALES.enps, [[10, n]]);
    const board = leaderboard(
      'enps',
      [
        { id: 'team of 4', histogram: enps(4), enpsScope: { kind: 'group', headcount: 4 } },
        { id: 'ada', histogram: enps(40), enpsScope: { kind: 'person' } },
      ],
      { minimumSample: 2 },
    );
    expect(board.entries.map((entry) => entry.verdict)).toEqual(['suppressed', 'suppressed']);
    expect(() => leaderboard('enps', [{ id: 'no scope', histogram: enps(40) }])).toThrow(/scope/);
  });
});
