import { describe, expect, it } from 'vitest';
import { elapsedShare, targetProgress, targetStatus } from './target-progress';

describe('target progress', () => {
  it.each([
    // label, baseline, target, current, direction, fraction, improvement, remaining, met
    ['NPS rises halfway', 20, 30, 25, 'rise', 0.5, 5, 5, false],
    ['NPS reaches target', 20, 30, 30, 'rise', 1, 10, 0, true],
    ['NPS beats target', 20, 30, 34, 'rise', 1.4, 14, 0, true],
    ['NPS falls below baseline', 20, 30, 16, 'rise', -0.4, -4, 14, false],
    ['negative NPS rises', -10, 10, 0, 'rise', 0.5, 10, 10, false],
    ['detractor share falls a quarter', 24, 16, 22, 'fall', 0.25, 2, 6, false],
    ['detractor share reaches target', 24, 16, 15, 'fall', 1.125, 9, 0, true],
    ['detractor share rises (worse)', 24, 16, 28, 'fall', -0.5, -4, 12, false],
    ['time to contact 48 h → 24 h, now 30 h', 48, 24, 30, 'fall', 0.75, 18, 6, false],
    ['hold the line: not worse', 40, 40, 41, 'rise', 1, 1, 0, true],
    ['hold the line: worse', 40, 40, 39, 'rise', 0, -1, 1, false],
  ] as const)('%s', (_label, baseline, target, current, direction, fraction, improvement, remaining, met) => {
    const p = targetProgress({ baseline, target, current });
    expect(p.direction).toBe(direction);
    expect(p.fraction).toBeCloseTo(fraction, 10);
    expect(p.improvement).toBeCloseTo(improvement, 10);
    expect(p.remaining).toBeCloseTo(remaining, 10);
    expect(p.met).toBe(met);
    expect(p.clamped).toBe(Math.min(1, Math.max(0, fraction)));
  });

  it('has no progress without a current value', () => {
    const p = targetProgress({ baseline: 20, target: 30, current: null });
    expect(p).toMatchObject({ fraction: null, clamped: null, met: false });
    expect(targetStatus(p, '2026-01-01', '2026-12-31', '2026-06-01')).toBe('no-data');
  });

  it('refuses a non-finite baseline', () => {
    expect(() => targetProgress({ baseline: Number.NaN, target: 1, current: 1 })).toThrow(RangeError);
  });
});

describe('target status against the time passed', () => {
  it.each([
    // label, baseline, target, current, today, status
    ['met early', 20, 30, 31, '2026-03-01', 'met'],
    ['halfway at the half', 20, 30, 25, '2026-07-02', 'on-track'],
    ['a fifth of the way at the half', 20, 30, 22, '2026-07-02', 'behind'],
    ['worse than the baseline', 20, 30, 18, '2026-02-01', 'regressed'],
    ['falling target ahead of time', 24, 16, 20, '2026-04-01', 'on-track'],
    ['falling target past due, unmet', 24, 16, 18, '2027-02-01', 'behind'],
  ] as const)('%s', (_label, baseline, target, current, today, status) => {
    const p = targetProgress({ baseline, target, current });
    expect(targetStatus(p, '2026-01-01', '2026-12-31', today)).toBe(status);
  });

  it.each([
    ['2026-01-01', '2026-01-11', '2026-01-06', 0.5],
    ['2026-01-01', '2026-01-11', '2025-12-01', 0],
    ['2026-01-01', '2026-01-11', '2026-02-01', 1],
    ['2026-01-01', '2026-01-01', '2026-01-01', 1],
  ] as const)('elapsed share %s → %s on %s is %s', (start, due, today, share) => {
    expect(elapsedShare(start, due, today)).toBeCloseTo(share, 10);
  });
});
