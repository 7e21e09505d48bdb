import { describe, expect, it } from 'vitest';
import { periodFilter } from '../src/text/period';

describe('periodFilter', () => {
  it.each([
    [null, '2026-12-01T10:00:00Z', 'UTC', {}],
    [3, '2026-12-01T10:00:00Z', 'UTC', { from: '2026-10', to: '2026-12' }],
    [12, '2026-12-01T10:00:00Z', 'UTC', { from: '2026-01', to: '2026-12' }],
    [3, '2026-02-15T10:00:00Z', 'UTC', { from: '2025-12', to: '2026-02' }],
    // Still 30 November in New York when it is already 1 December in UTC.
    [1, '2026-12-01T02:00:00Z', 'America/New_York', { from: '2026-11', to: '2026-11' }],
  ] as const)('the last %s months from %s in %s', (months, now, tz, expected) => {
    expect(periodFilter(months, new Date(now), tz)).toEqual(expected);
  });
});
