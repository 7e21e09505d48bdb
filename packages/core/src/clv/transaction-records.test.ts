import { describe, expect, it } from 'vitest';
import { parseTransactionDate, validateTransactionRecords } from './transaction-records';

const row = (line: number, customerId: string, date: string, amount: string, transactionId?: string) => ({
  line,
  customerId,
  date,
  amount,
  transactionId,
});

describe('transaction dates', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026-03-01T23:30:00Z', '2026-03-01'],
    ['2026-03-01T23:30:00-02:00', '2026-03-02'],
    ['2024-02-29', '2024-02-29'],
  ])('%s is the day %s', (text, day) => {
    expect(parseTransactionDate(text)?.date).toBe(day);
  });

  it.each(['2026-02-30', '01/03/2026', '20260301', '2026-03-01T10:00', '', 'soon'])(
    '%j is refused',
    (text) => {
      expect(parseTransactionDate(text)).toBeNull();
    },
  );
});

describe('validating transaction rows', () => {
  it('reports every bad line with its number and keeps the good ones', () => {
    const { transactions, issues } = validateTransactionRecords(
      [
        row(2, 'c1', '2026-01-01', '10.50'),
        row(3, '', '2026-01-01', '3'),
        row(4, 'c1', '2026-13-01', '3'),
        row(5, 'c1', '2026-01-02', '1,200.00'),
        row(6, 'c1', '2026-01-03', '-4.50'),
      ],
      { mode: 'fit' },
    );
    expect(transactions.map((t) => [t.line, t.amount])).toEqual([
      [2, 10.5],
      [6, -4.5],
    ]);
    expect(issues.map((i) => [i.line, i.severity])).toEqual([
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(issues[1]!.message).toContain('not an ISO date');
    expect(issues[2]!.message).toContain('not a number');
  });

  it('treats zero amounts as free purchases when fitting and as errors when importing', () => {
    const rows = [row(2, 'c1', '2026-01-01', '0')];
    expect(validateTransactionRecords(rows, { mode: 'fit' }).issues[0]).toMatchObject({
      severity: 'warning',
    });
    const imported = validateTransactionRecords(rows, { mode: 'import' });
    expect(imported.issues[0]).toMatchObject({ line: 2, severity: 'error' });
    expect(imported.transactions).toEqual([]);
  });

  it('refuses a repeated transaction id and warns about identical rows without one', () => {
    const { issues } = validateTransactionRecords(
      [
        row(2, 'c1', '2026-01-01', '5', 't1'),
        row(3, 'c1', '2026-01-01', '5', 't1'),
        row(4, 'c2', '2026-01-01', '5'),
        row(5, 'c2', '2026-01-01', '5'),
      ],
      { mode: 'import' },
    );
    expect(issues).toEqual([
      { line: 3, severity: 'error', message: 'transaction_id "t1" repeats line 2' },
      expect.objectContaining({ line: 5, severity: 'warning' }),
    ]);
  });

  it('refuses unknown customers when told who is known', () => {
    const { issues } = validateTransactionRecords([row(2, 'ghost', '2026-01-01', '5')], {
      mode: 'import',
      knownCustomer: (id) => id === 'c1',
    });
    expect(issues[0]?.message).toBe('unknown customer "ghost" (no customer has this id)');
  });
});
