import { describe, expect, it } from 'vitest';
import { groupHistories, groupSpendHistories } from './histories';

describe('groupHistories', () => {
  it('merges identical histories into weighted rows and maps each customer to its row', () => {
    const { histories, row } = groupHistories(
      { x: [0, 2, 0, 2, 0, 1], tx: [0, 5, 0, 5, 0, 3], T: [10, 10, 10, 10, 12, 10] },
      'week',
    );
    expect(Array.from(histories.weight)).toEqual([2, 2, 1, 1]);
    expect(Array.from(row)).toEqual([0, 1, 0, 1, 2, 3]);
    expect(histories.timeUnit).toBe('week');
    for (let i = 0; i < row.length; i++) expect(histories.x[row[i]!]).toBe([0, 2, 0, 2, 0, 1][i]);
  });

  it('groups customers without repeats regardless of a stray recency', () => {
    const { histories } = groupHistories({ x: [0, 0], tx: [0, 3], T: [5, 5] }, 'day');
    expect(histories.weight.length).toBe(1);
    expect(histories.tx[0]).toBe(0);
  });

  it.each([
    ['a fractional count', { x: [1.5], tx: [1], T: [2] }],
    ['a recency after the age', { x: [1], tx: [3], T: [2] }],
    ['a negative age', { x: [0], tx: [0], T: [-1] }],
    ['columns of different lengths', { x: [0, 1], tx: [0], T: [1] }],
  ])('rejects %s', (_name, columns) => {
    expect(() => groupHistories(columns, 'week')).toThrow(RangeError);
  });
});

describe('groupSpendHistories', () => {
  it('keeps repeat buyers with positive spend, grouping equal pairs', () => {
    const { histories, row } = groupSpendHistories([0, 2, 2, 1, 3], [0, 10, 10, 20, -5]);
    expect(Array.from(row)).toEqual([-1, 0, 0, 1, -1]);
    expect(Array.from(histories.weight)).toEqual([2, 1]);
    expect(Array.from(histories.meanSpend)).toEqual([10, 20]);
  });
});
