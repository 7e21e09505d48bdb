import { importTransactionsBody, importTransactionsResult } from '@centric/contracts/clv/clv.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { importTransactions } from './transaction-import.service';

/** Largest transaction file accepted (the JSON body that carries it). */
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

/** The transaction CSV import. */
export function transactionImportRoutes({ app, ctx }: RouteEnv): void {
  app.post(
    '/api/v1/transactions/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['transactions'],
        summary: 'Import a transaction CSV, all or nothing (dryRun: check and preview only)',
        security: SECURED,
        body: importTransactionsBody,
        response: { 200: importTransactionsResult, ...ERRORS },
      },
    },
    async (req) => importTransactions(await ctx(req), req.body),
  );
}
