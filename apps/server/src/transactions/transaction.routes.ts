import {
  createTransactionBody,
  listTransactionsQuery,
  transaction,
  transactionPage,
} from '@centric/contracts/transactions/transaction.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createTransaction, listTransactions } from './transaction.service';

/** Routes of transactions. */
export function transactionRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['transactions'];
  app.get(
    '/api/v1/transactions',
    {
      schema: {
        tags,
        summary: 'List transactions, newest first',
        security: SECURED,
        querystring: listTransactionsQuery,
        response: { 200: transactionPage, ...ERRORS },
      },
    },
    async (req) => listTransactions(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/transactions',
    {
      schema: {
        tags,
        summary: 'Record a purchase or refund',
        security: SECURED,
        body: createTransactionBody,
        response: { 201: transaction, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createTransaction(await ctx(req), req.body)),
  );
}
