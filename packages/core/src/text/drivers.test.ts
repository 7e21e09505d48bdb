import { describe, expect, it } from 'vitest';
import { npsGroup, themeDrivers, themeDriversFromCounts, themeIdsOf } from './drivers';

// 100 responses: 40 promoters, 20 passives, 40 detractors (NPS 0). "wait" is in 30 detractors' and
// 2 promoters' comments; "staff" in 20 promoters' and 5 detractors'; "price" evenly in 4 + 4.
function responses() {
  const out: { score: number; themeIds: string[] }[] = [];
  for (let i = 0; i < 40; i++)
    out.push({
      score: 10,
      themeIds: [...(i < 2 ? ['wait'] : []), ...(i < 20 ? ['staff'] : []), ...(i >= 36 ? ['price'] : [])],
    });
  for (let i = 0; i < 20; i++) out.push({ score: 8, themeIds: [] });
  for (let i = 0; i < 40; i++)
    out.push({
      score: 3,
      themeIds: [...(i < 30 ? ['wait'] : []), ...(i < 5 ? ['staff'] : []), ...(i >= 36 ? ['price'] : [])],
    });
  return out;
}

describe('themeDrivers', () => {
  const drivers = themeDrivers(responses());
  const byId = Object.fromEntries(drivers.map((d) => [d.themeId, d]));

  it('ranks the theme that costs most NPS first', () => {
    expect(drivers.map((d) => d.themeId)).toEqual(['wait', 'price', 'staff']);
  });

  it('computes shares among detractors and promoters', () => {
    expect(byId.wait!.detractorShare).toBe(0.75);
    expect(byId.wait!.promoterShare).toBe(0.05);
    expect(byId.wait!.shareDifference).toBeCloseTo(0.7, 10);
    expect(byId.wait!.shareP).toBeLessThan(1e-9);
  });

  it('computes NPS with and without the theme, and the impact on the overall NPS', () => {
    // with wait: 2 promoters, 30 detractors of 32 → −87.5; without: 38 P, 20 passives, 10 D of 68 → 41.18
    expect(byId.wait!.npsWith).toBeCloseTo(-87.5, 6);
    expect(byId.wait!.npsWithout).toBeCloseTo(41.176, 3);
    expect(byId.wait!.npsEffect).toBeCloseTo(-128.676, 3);
    expect(byId.wait!.npsImpact).toBeCloseTo(-41.176, 3);
    expect(byId.wait!.significant).toBe(true);
    expect(byId.staff!.npsImpact).toBeGreaterThan(0);
  });

  it('does not call an evenly spread theme significant', () => {
    expect(byId.price!.npsWith).toBe(0);
    expect(byId.price!.significant).toBe(false);
    expect(byId.price!.npsEffectP).toBeGreaterThan(0.5);
  });

  it('rejects a score outside 0–10', () => {
    expect(() => themeDrivers([{ score: 11, themeIds: [] }])).toThrow(/0 to 10/);
    expect(npsGroup(6)).toBe('detractor');
    expect(npsGroup(7)).toBe('passive');
  });

  it('maps an untagged comment to Other', () => {
    expect(themeIdsOf({ themes: [], other: true })).toEqual(['other']);
  });
});

describe('themeDriversFromCounts', () => {
  it('gives the same drivers from rollup counts as from the comments', () => {
    const total = { promoters: 40, passives: 20, detractors: 40 };
    const withTheme = new Map([
      ['wait', { promoters: 2, passives: 0, detractors: 30 }],
      ['staff', { promoters: 20, passives: 0, detractors: 5 }],
      ['price', { promoters: 4, passives: 0, detractors: 4 }],
    ]);
    expect(themeDriversFromCounts(total, withTheme)).toEqual(themeDrivers(responses()));
  });

  it.each([
    ['more detractors than in all', { promoters: 0, passives: 0, detractors: 41 }],
    ['more promoters than in all', { promoters: 41, passives: 0, detractors: 0 }],
  ])('refuses a theme with %s', (_, counts) => {
    const total = { promoters: 40, passives: 20, detractors: 40 };
    expect(() => themeDriversFromCounts(total, new Map([['x', counts]]))).toThrow(/more comments/);
  });

  it('leaves out themes below the minimum count', () => {
    const total = { promoters: 5, passives: 0, detractors: 5 };
    const drivers = themeDriversFromCounts(
      total,
      new Map([
        ['rare', { promoters: 1, passives: 0, detractors: 0 }],
        ['common', { promoters: 2, passives: 0, detractors: 3 }],
      ]),
      { minCount: 2 },
    );
    expect(drivers.map((d) => d.themeId)).toEqual(['common']);
  });
});
