import type { ImportTransactionsResult, importTransactionsBody } from '@centric/contracts/clv/clv.schemas';
import { type RecordIssue, validateTransactionRecords } from '@centric/core/clv/index';
import { fail } from '@centric/core/errors';
import { findExistingTransactionIds, matchCustomerKeys } from '@centric/db/clv/clv.repository';
import { insertTransactions } from '@centric/db/transactions/transaction.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import { queueRefit } from '../clv/clv.jobs';
import { formatIssues, readTransactionCsv } from '../clv/transaction-file';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';

const PREVIEW_ROWS = 20;
const INSERT_BATCH = 2000;

/**
 * Imports a transaction CSV all or nothing: every line is checked first (shape, customer, date, amount,
 * duplicate transaction ids in the file and in what is stored); one bad line and nothing is stored, with every
 * bad line reported. A dry run only checks and previews. After an import the CLV models are refitted in the
 * background.
 */
export async function importTransactions(
  ctx: OrgContext,
  input: z.output<typeof importTransactionsBody>,
): Promise<ImportTransactionsResult> {
  authorize(ctx, 'transaction.write');
  const org = ctx.organisation.id;
  const file = await readTransactionCsv(input.csv);
  const keys = [...new Set(file.records.map((r) => r.customerId.trim()).filter(Boolean))];
  const customerOf = await matchCustomerKeys(ctx.deps.db, org, keys);
  const checked = validateTransactionRecords(file.records, {
    mode: 'import',
    knownCustomer: (id) => customerOf.has(id),
  });
  const given = checked.transactions.flatMap((t) => (t.transactionId ? [t.transactionId] : []));
  const stored = await findExistingTransactionIds(ctx.deps.db, org, given);
  const issues: RecordIssue[] = [...file.issues, ...checked.issues];
  for (const t of checked.transactions)
    if (t.transactionId && stored.has(t.transactionId))
      issues.push({
        line: t.line,
        severity: 'error',
        message: `transaction_id "${t.transactionId}" is already stored (imported before?)`,
      });
  issues.sort((p, q) => p.line - q.line);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const result = {
    rows: file.records.length,
    errors,
    warnings,
    preview: checked.transactions.slice(0, PREVIEW_ROWS).map((t) => ({
      line: t.line,
      customerId: t.customerId,
      occurredAt: t.occurredAt,
      amount: t.amount,
    })),
  };
  if (errors.length === 0 && checked.transactions.length === 0)
    errors.push({ line: 1, severity: 'error', message: 'the file has no transactions' });
  if (input.dryRun) return { ...result, applied: false, imported: 0, refitQueued: false };
  if (errors.length > 0)
    throw fail.invalid(
      `${errors.length} bad line(s), nothing imported: ${formatIssues(errors, 3).join('; ')}`,
      { errors, warnings },
    );
  const now = ctx.deps.clock.now();
  await ctx.deps.db.transaction(async (tx) => {
    for (let i = 0; i < checked.transactions.length; i += INSERT_BATCH) {
      await insertTransactions(
        tx,
        checked.transactions.slice(i, i + INSERT_BATCH).map((t) => ({
          organisationId: org,
          customerId: customerOf.get(t.customerId)!,
          occurredAt: new Date(t.occurredAt),
          amount: t.amount,
          externalId: t.transactionId,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    await audit(ctx, tx, {
      action: 'import',
      entity: 'transaction',
      changes: { rows: checked.transactions.length },
    });
  });
  const refitQueued = await queueRefit(ctx.deps, org);
  return { ...result, applied: true, imported: checked.transactions.length, refitQueued };
}
