import type {
  ResponseImportOptions,
  ResponseImportPreviewBody,
} from '@centric/contracts/responses/response-import.schemas';
import type { ImportRow } from '@centric/core/imports/import-row';
import { responseImportFormat } from '@centric/core/imports/response-import-formats';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { looksLikeJson, readImportFile } from './import-records';
import { ImportResolver } from './import-resolver';

type Row = ResponseImportPreviewBody['rows'][number];

/**
 * The first lines of a file read exactly as the import would read them (the same format, names and checks),
 * each with its status; nothing is written. The web page sends the first part of the file it previews.
 */
export async function previewResponseFile(
  ctx: OrgContext,
  path: string,
  options: ResponseImportOptions,
  limit = 20,
): Promise<ResponseImportPreviewBody> {
  authorize(ctx, 'response.import');
  const format = responseImportFormat(options.format);
  const resolver = await ImportResolver.load(ctx.deps.db, ctx.organisation.id, {
    createMissing: options.createMissing,
    newSurveyKind: options.surveyKind ?? (options.format === 'online' ? 'csat' : 'nps'),
  });
  const json = format.json && (await looksLikeJson(path));
  const rows: (Row | { row: ImportRow })[] = [];
  let columns: string[] = [];
  let reader: ReturnType<typeof format.bind> | null = null;
  const empty = {
    respondedAt: null,
    score: null,
    comment: null,
    survey: null,
    channel: null,
    segment: null,
    unit: null,
    customer: null,
    employee: null,
  };
  for await (const item of readImportFile(path, { json, columns: format.columns })) {
    if (item.kind === 'fatal')
      return {
        fileError: `line ${item.line}: ${item.message}`,
        columns,
        rows: await finish(),
        wouldCreate: [],
      };
    if (item.kind === 'header') {
      columns = item.cells;
      reader = format.bind(item.cells, options);
      if (!reader.ok)
        return { fileError: `the header does not fit: ${reader.error}`, columns, rows: [], wouldCreate: [] };
      continue;
    }
    if (rows.length >= limit) break;
    if (item.kind === 'bad') {
      rows.push({ line: item.line, status: 'error', message: item.message, ...empty });
      continue;
    }
    if (!reader?.ok) break;
    const read = reader.value(item.cells, item.line);
    if (read.ok === 'skip') rows.push({ line: item.line, status: 'skipped', message: read.reason, ...empty });
    else if (!read.ok) rows.push({ line: item.line, status: 'error', message: read.error, ...empty });
    else rows.push({ row: read.value });
  }
  const done = await finish();
  const missing = resolver.missing();
  return {
    fileError:
      reader === null ? `the file is empty: expected a header row (${format.columns.join(',')})` : null,
    columns,
    rows: done,
    wouldCreate: [
      ...missing.surveys.map((n) => `survey "${n}"`),
      ...missing.channels.map((n) => `channel "${n}"`),
      ...missing.segments.map((n) => `segment "${n}"`),
      ...missing.units.map((n) => `unit "${n}"`),
      ...(missing.customers > 0 ? [`${missing.customers} customer(s)`] : []),
    ],
  };

  async function finish(): Promise<Row[]> {
    const read = rows.flatMap((r) => ('row' in r ? [r.row] : []));
    const customers = await resolver.customersOf(ctx.deps.db, read);
    return rows.map((r) => {
      if (!('row' in r)) return r;
      const row = r.row;
      const resolved = resolver.resolve(row, customers);
      return {
        line: row.line,
        status: resolved.ok ? 'ok' : 'error',
        message: resolved.ok ? null : resolved.error,
        respondedAt: row.respondedAt.toISOString(),
        score: row.score,
        comment: row.comment,
        survey: row.survey,
        channel: row.channel,
        segment: row.segment,
        unit: row.unit,
        customer: row.customerId ?? row.customerEmail,
        employee: row.employeeEmail,
      };
    });
  }
}
