import type { Page } from '@centric/contracts/common/pagination.schemas';
import type {
  createTransactionBody,
  listTransactionsQuery,
  Transaction,
} from '@centric/contracts/transactions/transaction.schemas';
import { fail } from '@centric/core/errors';
import { toPage } from '@centric/db/common/cursor';
import { findCustomer } from '@centric/db/customers/customer.repository';
import {
  insertTransactions,
  listTransactions as listTransactionRows,
  type TransactionRow,
} from '@centric/db/transactions/transaction.repository';
import { findUnit } from '@centric/db/units/unit.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';

/** A transaction as the API shows it. */
export function presentTransaction(row: TransactionRow): Transaction {
  return {
    id: row.id,
    customerId: row.customerId,
    occurredAt: iso(row.occurredAt),
    amount: Number(row.amount),
    unitId: row.unitId,
    externalId: row.externalId,
    createdAt: iso(row.createdAt),
  };
}

/** Lists transactions, newest first. */
export async function listTransactions(
  ctx: OrgContext,
  query: z.output<typeof listTransactionsQuery>,
): Promise<Page<Transaction>> {
  authorize(ctx, 'transaction.read');
  const page = toPage(await listTransactionRows(ctx.deps.db, ctx.organisation.id, query), query.limit);
  return { items: page.items.map(presentTransaction), nextCursor: page.nextCursor };
}

/** Records a purchase or refund. */
export async function createTransaction(
  ctx: OrgContext,
  input: z.output<typeof createTransactionBody>,
): Promise<Transaction> {
  authorize(ctx, 'transaction.write');
  return ctx.deps.db.transaction(async (tx) => {
    if (!(await findCustomer(tx, ctx.organisation.id, input.customerId)))
      throw fail.invalid(`customer ${input.customerId} does not exist`);
    if (input.unitId && !(await findUnit(tx, ctx.organisation.id, input.unitId)))
      throw fail.invalid(`unit ${input.unitId} does not exist`);
    const [row] = await insertTransactions(tx, [
      { organisationId: ctx.organisation.id, ...input, occurredAt: new Date(input.occurredAt) },
    ]);
    await audit(ctx, tx, {
      action: 'create',
      entity: 'transaction',
      entityId: row!.id,
      changes: { amount: input.amount },
    });
    return presentTransaction(row!);
  });
}
