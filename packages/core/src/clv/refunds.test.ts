import { describe, expect, it } from 'vitest';
import { netRefunds } from './refunds';

const t = (customerId: string, date: string, amount: number, line?: number) => ({
  customerId,
  date,
  amount,
  ...(line !== undefined ? { line } : {}),
});

describe('netting refunds against purchases', () => {
  it.each([
    [
      'merges same-day purchases',
      [t('a', '2026-01-01', 10), t('a', '2026-01-01', 5)],
      [['2026-01-01', 15]],
      0,
    ],
    [
      'lowers a same-day purchase',
      [t('a', '2026-01-01', 10), t('a', '2026-01-01', -4)],
      [['2026-01-01', 6]],
      0,
    ],
    [
      'lowers the latest earlier purchase, not the first',
      [t('a', '2026-01-01', 10), t('a', '2026-02-01', 20), t('a', '2026-02-10', -5)],
      [
        ['2026-01-01', 10],
        ['2026-02-01', 15],
      ],
      0,
    ],
    [
      'drops a purchase refunded entirely and carries the rest back',
      [t('a', '2026-01-01', 10), t('a', '2026-02-01', 20), t('a', '2026-02-10', -25)],
      [['2026-01-01', 5]],
      1,
    ],
    [
      'drops a same-day purchase and refund of equal amounts',
      [t('a', '2026-01-01', 10), t('a', '2026-01-01', -10)],
      [],
      1,
    ],
    ['keeps a free purchase (zero amount)', [t('a', '2026-01-01', 0)], [['2026-01-01', 0]], 0],
  ] as const)('%s', (_, input, expected, cancelled) => {
    const netted = netRefunds(input);
    expect(netted.purchases.map((p) => [p.date, p.amount])).toEqual(expected);
    expect(netted.purchasesCancelled).toBe(cancelled);
    expect(netted.unmatched).toEqual([]);
  });

  it('reports a refund larger than the purchases before it, with its line', () => {
    const netted = netRefunds([
      t('a', '2026-01-05', 10, 2),
      t('a', '2026-01-01', -3, 3),
      t('b', '2026-01-01', 7, 4),
    ]);
    expect(netted.unmatched).toEqual([{ customerId: 'a', date: '2026-01-01', amount: -3, line: 3 }]);
    expect(netted.purchases.map((p) => [p.customerId, p.amount])).toEqual([
      ['a', 10],
      ['b', 7],
    ]);
    expect(netted.refunds).toBe(1);
  });
});
