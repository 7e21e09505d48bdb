import type {
  ResponseImportStateBody,
  ResponseImportSummaryBody,
} from '@centric/contracts/responses/response-import.schemas';
import { fail } from '@centric/core/errors';
import {
  findResponseImport,
  listResponseImports,
  type ResponseImportRow,
} from '@centric/db/imports/response-import.repository';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { iso } from '../platform/present';
import { progressOf, startOf } from './import-progress';

function present(row: ResponseImportRow): ResponseImportStateBody {
  // Imports recorded before the duplicate check have neither duplicateOf nor warnings.
  const report = row.report as
    | (Omit<ResponseImportSummaryBody, 'duplicateOf' | 'warnings'> &
        Partial<ResponseImportSummaryBody> & { error?: string })
    | null;
  return {
    id: row.id,
    format: row.format,
    fileName: row.fileName,
    status: row.status as ResponseImportStateBody['status'],
    createdAt: iso(row.createdAt),
    finishedAt: iso(row.finishedAt),
    imported: row.imported,
    badLines: row.badLines,
    progress: row.status === 'running' ? (progressOf(row.id) ?? null) : null,
    summary: report && !report.error ? { duplicateOf: null, warnings: [], ...report } : null,
    error: report?.error ?? null,
  };
}

/** One import: running (with progress, when this process runs it) or finished with its summary. */
export async function getResponseImport(ctx: OrgContext, id: string): Promise<ResponseImportStateBody> {
  authorize(ctx, 'response.import');
  // A running import is answered from this process: on the embedded engine its transaction holds the database.
  const progress = progressOf(id);
  const start = startOf(id);
  if (progress && start && start.organisationId === ctx.organisation.id)
    return {
      id,
      format: start.format,
      fileName: start.fileName,
      status: 'running',
      createdAt: iso(start.startedAt),
      finishedAt: null,
      imported: 0,
      badLines: 0,
      progress,
      summary: null,
      error: null,
    };
  const row = await findResponseImport(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('import');
  return present(row);
}

/** The organisation's latest imports. */
export async function listResponseImportStates(
  ctx: OrgContext,
): Promise<{ items: ResponseImportStateBody[] }> {
  authorize(ctx, 'response.import');
  return { items: (await listResponseImports(ctx.deps.db, ctx.organisation.id, 20)).map(present) };
}
