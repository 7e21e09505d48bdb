import { z } from 'zod';
import { id, instant } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** A purchase (positive) or refund (negative amount). */
export const transaction = z.object({
  id,
  customerId: id,
  occurredAt: z.string(),
  amount: z.number(),
  unitId: id.nullable(),
  externalId: z.string().nullable(),
  createdAt: z.string(),
});
/** A transaction. */
export type Transaction = z.infer<typeof transaction>;
/** A page of transactions. */
export const transactionPage = pageOf(transaction);
/** Query of GET /transactions (newest first). */
export const listTransactionsQuery = pageQuery.extend({ customerId: id.optional() });

/** Body of POST /transactions. */
export const createTransactionBody = z.strictObject({
  customerId: id,
  occurredAt: instant,
  amount: z
    .number()
    .finite()
    .refine((a) => a !== 0, 'a zero amount is not a transaction')
    .refine((a) => Math.abs(a) < 1e11, 'amount is too large')
    .describe('in the organisation’s currency; negative for a refund'),
  unitId: id.nullable().default(null),
  externalId: z.string().trim().min(1).max(200).nullable().default(null),
});
