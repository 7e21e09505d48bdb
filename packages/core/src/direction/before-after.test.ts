import { describe, expect, it } from 'vitest';
import { histogramFromEntries } from '../metrics/histogram';
import { METRIC_SCALES } from '../metrics/metric-result';
import { beforeAfter, shareBeforeAfter } from './before-after';

const nps = (promoters: number, passives: number, detractors: number) =>
  histogramFromEntries(METRIC_SCALES.nps, [
    [10, promoters],
    [8, passives],
    [3, detractors],
  ]);
const ces = (entries: [number, number][]) => histogramFromEntries(METRIC_SCALES.ces, entries);

describe('before/after comparison', () => {
  it.each([
    // NPS 0 → 30 of 200 each (the significance table's case reversed): z = 3.707 → improved for a rising target.
    ['NPS up, rising target', 'nps', nps(70, 60, 70), nps(100, 60, 40), 'rise', 'improved'],
    ['NPS down, rising target', 'nps', nps(100, 60, 40), nps(70, 60, 70), 'rise', 'worsened'],
    // NPS 30 → 35, p = .525: noise.
    ['NPS up by noise', 'nps', nps(100, 60, 40), nps(110, 50, 40), 'rise', 'no-significant-change'],
    ['too few answers', 'nps', nps(5, 5, 5), nps(100, 60, 40), 'rise', 'not-compared'],
  ] as const)('%s', (_label, kind, before, after, direction, verdict) => {
    expect(beforeAfter(kind, before, after, direction).verdict).toBe(verdict);
  });

  it('reads a significant fall as an improvement for a falling target', () => {
    // Effort 6 → 5 on 40 answers each (s² = 40/39, 80/29): z = −1/√(.0256+.0690) ≈ −3.25.
    const before = ces([
      [5, 20],
      [7, 20],
    ]);
    const after = ces([
      [3, 13],
      [5, 14],
      [7, 13],
    ]);
    const result = beforeAfter('ces', before, after, 'fall');
    expect(result.change.status).toBe('ok');
    expect(result.verdict).toBe('improved');
    expect(beforeAfter('ces', before, after, 'rise').verdict).toBe('worsened');
  });
});

describe('before/after of a share', () => {
  it.each([
    // 60/200 = 30 % → 30/200 = 15 %: pooled p̄ = .225, SE = 100·√(.225·.775·.01) = 4.176; z = −3.59 → improved.
    ['detractor share halves', { hits: 60, n: 200 }, { hits: 30, n: 200 }, 'fall', 'improved', -15],
    ['detractor share doubles', { hits: 30, n: 200 }, { hits: 60, n: 200 }, 'fall', 'worsened', 15],
    // 30 % → 28 %: z ≈ −.44 → noise.
    [
      'detractor share wobbles',
      { hits: 60, n: 200 },
      { hits: 56, n: 200 },
      'fall',
      'no-significant-change',
      -2,
    ],
    ['too few answers', { hits: 6, n: 20 }, { hits: 3, n: 200 }, 'fall', 'not-compared', null],
  ] as const)('%s', (_label, before, after, direction, verdict, change) => {
    const result = shareBeforeAfter(before, after, direction, 30);
    expect(result.verdict).toBe(verdict);
    if (change !== null && result.change.status === 'ok')
      expect(result.change.change).toBeCloseTo(change, 10);
  });

  it('computes the pooled standard error', () => {
    const result = shareBeforeAfter({ hits: 60, n: 200 }, { hits: 30, n: 200 }, 'fall', 30);
    expect(result.change.status === 'ok' && result.change.standardError).toBeCloseTo(4.176, 3);
  });
});
