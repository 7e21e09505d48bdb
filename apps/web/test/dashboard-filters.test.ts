import { describe, expect, it } from 'vitest';
import { trendGrouping } from '../src/dashboard/dashboard-filters';
import { formatChange, formatValue } from '../src/dashboard/metric-format';

describe('dashboard trend grouping', () => {
  it.each([
    ['2026-10-03', '2026-11-01', 'week'],
    ['2026-08-03', '2026-11-02', 'week'],
    ['2026-08-02', '2026-11-02', 'month'],
    ['2025-11-02', '2026-11-01', 'month'],
  ] as const)('%s to %s is cut by %s', (from, to, grouping) => {
    expect(trendGrouping(from, to)).toBe(grouping);
  });
});

describe('metric formatting', () => {
  it.each([
    ['nps', 30, '30.0'],
    ['nps', -19.44, '−19.4'],
    ['csat', 76.06, '76.1%'],
    ['ces', 5.456, '5.46'],
    ['nps', null, '—'],
  ] as const)('%s %s shows as %s', (metric, value, shown) => {
    expect(formatValue(metric, value)).toBe(shown);
  });
  it('signs changes', () => {
    expect(formatChange('nps', 9.61)).toBe('+9.6');
    expect(formatChange('ces', -0.444)).toBe('−0.44');
  });
});
