// Reading a transaction CSV (`customer_id,date,amount[,transaction_id]`, header row) into line-numbered records.
import { Readable } from 'node:stream';
import type { RecordIssue, TransactionRecord } from '@centric/core/clv/index';
import { parse } from 'csv-parse';

/** The columns a transaction file must have, and the optional one. */
export const TRANSACTION_COLUMNS = ['customer_id', 'date', 'amount'] as const;

/** What reading a file gives: its rows, and the problems of its shape (missing columns, ragged lines). */
export interface TransactionFile {
  readonly records: TransactionRecord[];
  readonly issues: RecordIssue[];
}

/**
 * Parses CSV text or a byte stream. Quoted fields, a BOM and blank lines are handled by csv-parse; a missing
 * column stops at the header, a line with the wrong number of cells is reported and skipped.
 */
export async function readTransactionCsv(
  input: string | Readable,
  onBytes?: (bytes: number) => void,
): Promise<TransactionFile> {
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  const parser = source.pipe(
    parse({ bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }),
  );
  const records: TransactionRecord[] = [];
  const issues: RecordIssue[] = [];
  let index: { customerId: number; date: number; amount: number; transactionId: number } | null = null;
  let width = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number };
    }>) {
      const line = info.lines;
      if (index === null) {
        const header = record.map((h) => h.trim().toLowerCase());
        const missing = TRANSACTION_COLUMNS.filter((c) => !header.includes(c));
        if (missing.length > 0) {
          issues.push({
            line,
            severity: 'error',
            message: `the header must name the columns customer_id, date, amount (missing: ${missing.join(', ')}; found: ${header.join(', ') || 'nothing'})`,
          });
          break;
        }
        index = {
          customerId: header.indexOf('customer_id'),
          date: header.indexOf('date'),
          amount: header.indexOf('amount'),
          transactionId: header.indexOf('transaction_id'),
        };
        width = header.length;
        continue;
      }
      if (record.length !== width) {
        issues.push({
          line,
          severity: 'error',
          message: `has ${record.length} cells where the header has ${width}`,
        });
        continue;
      }
      records.push({
        line,
        customerId: record[index.customerId]!,
        date: record[index.date]!,
        amount: record[index.amount]!,
        transactionId: index.transactionId >= 0 ? record[index.transactionId] : undefined,
      });
      if (onBytes && records.length % 10_000 === 0) onBytes(info.bytes);
    }
  } catch (error) {
    const err = error as Error & { lines?: number };
    issues.push({ line: err.lines ?? 0, severity: 'error', message: `not valid CSV: ${err.message}` });
  }
  if (index === null && issues.length === 0)
    issues.push({ line: 1, severity: 'error', message: 'the file is empty: expected a header row' });
  return { records, issues };
}

/** Formats issues as `line N: message` lines, at most `limit` of them plus a count of the rest. */
export function formatIssues(issues: readonly RecordIssue[], limit = 20): string[] {
  const lines = issues
    .slice(0, limit)
    .map((i) => `line ${i.line}: ${i.severity === 'warning' ? 'warning: ' : ''}${i.message}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines;
}
