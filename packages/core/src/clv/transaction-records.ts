// Validation of a transaction file's rows (`customer_id,date,amount[,transaction_id]`) before a fit or an import:
// every problem is reported with its line, so a person can fix the file in one pass.
import { toDayNumber } from './summary';

/** One row of a transaction file as text, with its line number in the file (the header is line 1). */
export interface TransactionRecord {
  readonly line: number;
  readonly customerId: string;
  readonly date: string;
  readonly amount: string;
  /** Optional id of the transaction in the source system; duplicates of it are errors. */
  readonly transactionId?: string | undefined;
}

/** A valid row: amount as a number, the purchase day as ISO `YYYY-MM-DD` (UTC day of an instant). */
export interface ValidTransaction {
  readonly line: number;
  readonly customerId: string;
  readonly date: string;
  /** The instant given, or midnight UTC of the day. */
  readonly occurredAt: string;
  readonly amount: number;
  readonly transactionId: string | null;
}

/** A problem with one line; errors stop a fit or an import, warnings are reported and the line is used. */
export interface RecordIssue {
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/**
 * `fit` follows the published analyses (zero amounts are purchases with no spend, as in CDNOW); `import` follows
 * the stored-transaction rule of the API (a zero amount is not a transaction).
 */
export type RecordMode = 'fit' | 'import';

const AMOUNT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
/** Largest amount accepted, as in the API (numeric(14, 2)). */
const MAX_AMOUNT = 1e11;

/** Parses a date cell: an ISO day, or an ISO instant with an offset (its UTC day); null when neither. */
export function parseTransactionDate(text: string): { date: string; occurredAt: string } | null {
  const value = text.trim();
  try {
    if (value.length === 10) {
      toDayNumber(value);
      return { date: value, occurredAt: `${value}T00:00:00.000Z` };
    }
    const match = INSTANT.exec(value);
    if (!match) return null;
    toDayNumber(match[1]!);
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return null;
    const iso = instant.toISOString();
    return { date: iso.slice(0, 10), occurredAt: iso };
  } catch {
    return null;
  }
}

/** Checks every row; answers the valid rows and every issue found, in line order. */
export function validateTransactionRecords(
  records: Iterable<TransactionRecord>,
  options: { mode: RecordMode; knownCustomer?: (id: string) => boolean },
): { transactions: ValidTransaction[]; issues: RecordIssue[] } {
  const transactions: ValidTransaction[] = [];
  const issues: RecordIssue[] = [];
  const byTransactionId = new Map<string, number>();
  const byContent = new Map<string, number>();
  for (const record of records) {
    const { line } = record;
    const problems: string[] = [];
    const customerId = record.customerId.trim();
    if (customerId === '') problems.push('customer_id is empty');
    else if (options.knownCustomer && !options.knownCustomer(customerId))
      problems.push(`unknown customer "${customerId}" (no customer has this id)`);
    const day = parseTransactionDate(record.date);
    if (!day)
      problems.push(
        `date "${record.date}" is not an ISO date (YYYY-MM-DD, or an instant such as 2026-03-01T10:30:00Z)`,
      );
    const amountText = record.amount.trim();
    const amount = AMOUNT.test(amountText) ? Number(amountText) : Number.NaN;
    if (Number.isNaN(amount))
      problems.push(
        `amount "${record.amount}" is not a number (use a dot for decimals, no thousands separator)`,
      );
    else if (Math.abs(amount) >= MAX_AMOUNT) problems.push(`amount ${amountText} is too large`);
    else if (amount === 0 && options.mode === 'import')
      problems.push('amount is zero: a zero amount is not a transaction');
    const transactionId = record.transactionId?.trim() || null;
    if (transactionId !== null) {
      const first = byTransactionId.get(transactionId);
      if (first !== undefined) problems.push(`transaction_id "${transactionId}" repeats line ${first}`);
      else byTransactionId.set(transactionId, line);
    }
    if (problems.length > 0) {
      for (const message of problems) issues.push({ line, severity: 'error', message });
      continue;
    }
    if (amount === 0)
      issues.push({
        line,
        severity: 'warning',
        message: 'amount is zero: counted as a purchase with no spend',
      });
    if (transactionId === null) {
      const key = `${customerId}\u0000${day!.occurredAt}\u0000${amount}`;
      const first = byContent.get(key);
      if (first !== undefined)
        issues.push({
          line,
          severity: 'warning',
          message: `same customer, date and amount as line ${first}: kept as a second purchase that day (add a transaction_id column to tell them apart)`,
        });
      else byContent.set(key, line);
    }
    transactions.push({
      line,
      customerId,
      date: day!.date,
      occurredAt: day!.occurredAt,
      amount,
      transactionId,
    });
  }
  return { transactions, issues };
}
