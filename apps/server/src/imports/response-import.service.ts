import { createWriteStream, type WriteStream } from 'node:fs';
import type { ImportDuplicateBody } from '@centric/contracts/responses/response-import.schemas';
import { fail } from '@centric/core/errors';
import { IssueLog } from '@centric/core/imports/import-report';
import type { FormatOptions } from '@centric/core/imports/import-row';
import {
  type ResponseImportFormatName,
  responseImportFormat,
} from '@centric/core/imports/response-import-formats';
import type { SurveyKind } from '@centric/core/surveys/survey-kinds';
import type { Executor } from '@centric/db/database';
import {
  closeRunningResponseImport,
  findAppliedImportByFingerprint,
  finishResponseImport,
  insertResponseImport,
  lockImportFingerprint,
  markResponseImportApplied,
  type ResponseImportRow,
} from '@centric/db/imports/response-import.repository';
import type { BulkResponse } from '@centric/db/responses/response-bulk.repository';
import { v7 as uuidv7 } from 'uuid';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { importResponses } from '../responses/response.writer';
import { fingerprintFile } from './import-fingerprint';
import { bulkIdSource } from './import-ids';
import { clearProgress, reportProgress } from './import-progress';
import { fileSize } from './import-records';
import { ImportResolver, type ResolvedRow } from './import-resolver';
import { holdImport, RUNNER_ID } from './import-runner';
import { type ScanResult, scanImportFile } from './import-scan';

/** What the person importing asks for. */
export interface ResponseImportRequest extends FormatOptions {
  format: ResponseImportFormatName;
  /** The file's name for people (the report, the import's row). */
  fileName: string;
  /** Create surveys, channels, segments, units and customers named in the file that do not exist. */
  createMissing: boolean;
  /** Apply the good lines and report (and write out) the bad ones, instead of all or nothing. */
  skipInvalid: boolean;
  /** Check every line and report; change nothing. */
  dryRun: boolean;
  /** With skipInvalid: where to write the rejected lines (the header first), as a re-importable file. */
  rejectedFile?: string | undefined;
  /** The kind of a survey the import creates (default: CSAT for online reviews, NPS otherwise). */
  surveyKind?: SurveyKind | undefined;
  /** An id for the import drawn by the caller (the API answers it before the work ends). */
  importId?: string | undefined;
  /** Import the file although an applied import of the organisation had the same bytes. */
  allowDuplicate?: boolean | undefined;
  /** The SHA-256 of the file's bytes when the caller already has it (an upload hashes as it receives). */
  fingerprint?: string | undefined;
}

/** How an import went. */
export interface ResponseImportSummary {
  id: string;
  /** applied; checked (dry run, no bad line); rejected (bad lines, nothing changed). */
  status: 'applied' | 'checked' | 'rejected';
  format: ResponseImportFormatName;
  fileName: string;
  /** Data lines read (the header not counted). */
  lines: number;
  /** Responses written. */
  imported: number;
  /** Lines passed over by the format (an export's extra header rows, unfinished responses). */
  skipped: number;
  /** Every bad line counted. */
  badLines: number;
  /** The first bad lines, in line order, each with its reason. */
  issues: { line: number; message: string }[];
  /** What the import created (or, in a check, would create). */
  created: { surveys: string[]; channels: string[]; segments: string[]; units: string[]; customers: number };
  rejectedFile: string | null;
  /** The earlier applied import of the same bytes, when there is one (a dry run, or allowDuplicate). */
  duplicateOf: ImportDuplicateBody | null;
  /** Worth a look though not wrong: a dry run of a file already imported, or a re-import allowed. */
  warnings: string[];
  message: string;
}

type Outcome = Omit<
  ResponseImportSummary,
  'id' | 'format' | 'fileName' | 'message' | 'duplicateOf' | 'warnings'
>;

/**
 * The organisation's earlier applied import of a file with these bytes. A real import of it is refused
 * (409, naming the earlier import) unless the request allows a duplicate; a dry run only hears of it.
 */
export async function refuseDuplicateImport(
  ctx: OrgContext,
  fingerprint: string,
  request: Pick<ResponseImportRequest, 'fileName' | 'dryRun' | 'allowDuplicate'>,
): Promise<ImportDuplicateBody | null> {
  authorize(ctx, 'response.import');
  const row = await findAppliedImportByFingerprint(ctx.deps.db, ctx.organisation.id, fingerprint);
  if (!row) return null;
  const earlier = duplicateBody(row);
  if (!request.dryRun && !request.allowDuplicate) throw duplicateConflict(request.fileName, earlier);
  return earlier;
}

function duplicateBody(row: ResponseImportRow): ImportDuplicateBody {
  return {
    id: row.id,
    fileName: row.fileName,
    createdAt: row.createdAt.toISOString(),
    imported: row.imported,
  };
}

function duplicateConflict(fileName: string, earlier: ImportDuplicateBody) {
  return fail.conflict(
    `${fileName} is a file already imported: ${sameAs(earlier)}. Importing it again would duplicate its responses, so nothing was imported`,
    { duplicateOf: earlier },
  );
}

function sameAs(earlier: ImportDuplicateBody): string {
  const when = `${earlier.createdAt.slice(0, 10)} ${earlier.createdAt.slice(11, 16)} UTC`;
  return `the same bytes as "${earlier.fileName}", imported on ${when} (${earlier.imported} response(s), import ${earlier.id})`;
}

/** Reports progress: the pass, bytes read of the file, data lines read. */
export type ImportProgressFn = (
  stage: 'checking' | 'importing',
  bytes: number,
  total: number,
  lines: number,
) => void;

/** Thrown inside an applying import's transaction to undo it: the file has bad lines, or no response at all. */
class ImportRefused extends Error {}

/**
 * Imports a response file in one streaming pass inside one transaction. Every line is checked as it is read
 * (shape, dates, scores against the survey's scale, names, customers, employees) and the good ones are written
 * chunk by chunk through the response write path's batch form; a bad line — unless `skipInvalid` — stops the
 * writing, the reading goes on so that every bad line is counted and the first ones reported, and the
 * transaction is rolled back: the file is applied whole or not at all, and the rollups are current when it
 * commits. A dry run reads and checks the same way and writes nothing. The transaction first waits its turn
 * among the organisation's imports of the same bytes and looks again for an applied one, so of two uploads of
 * one new file at once exactly one is applied.
 */
export async function importResponseFile(
  ctx: OrgContext,
  path: string,
  request: ResponseImportRequest,
  onProgress?: ImportProgressFn,
): Promise<ResponseImportSummary> {
  authorize(ctx, 'response.import');
  const { db, clock } = ctx.deps;
  const org = ctx.organisation.id;
  const format = responseImportFormat(request.format);
  const total = await fileSize(path);
  const fingerprint = request.fingerprint ?? (await fingerprintFile(path));
  const duplicateOf = await refuseDuplicateImport(ctx, fingerprint, request);
  const warnings = duplicateOf
    ? [
        request.dryRun
          ? `${sameAs(duplicateOf)}: importing it will be refused unless a duplicate is allowed`
          : `imported again although an earlier import had ${sameAs(duplicateOf)}`,
      ]
    : [];
  const now = clock.now();
  const record = await insertResponseImport(db, {
    id: request.importId ?? uuidv7(),
    organisationId: org,
    format: request.format,
    fileName: request.fileName,
    status: 'running',
    fingerprint,
    runner: RUNNER_ID,
    heartbeatAt: now,
    createdBy: ctx.actor.personId,
    createdAt: now,
  });
  const importId = record.id;
  const release = holdImport(ctx.deps, importId);
  const stage = request.dryRun ? 'checking' : 'importing';
  const progress = (bytes: number, lines: number) => {
    reportProgress(importId, { stage, bytesDone: bytes, bytesTotal: total, lines });
    onProgress?.(stage, bytes, total, lines);
  };
  const resolver = await ImportResolver.load(db, org, {
    createMissing: request.createMissing,
    newSurveyKind: request.surveyKind ?? (request.format === 'online' ? 'csat' : 'nps'),
  });
  const log = new IssueLog();
  let rejected: WriteStream | null = null;
  let good = 0;
  let scan: ScanResult | null = null;
  const finish = async (summary: Outcome) => {
    const full: ResponseImportSummary = {
      id: importId,
      format: request.format,
      fileName: request.fileName,
      ...summary,
      duplicateOf,
      warnings,
      message: [describe(request, summary), ...warnings.map((w) => `warning: ${w}`)].join('; '),
    };
    await finishResponseImport(db, org, importId, {
      status: full.status,
      imported: full.imported,
      badLines: full.badLines,
      report: full as unknown as Record<string, unknown>,
      finishedAt: clock.now(),
    });
    return full;
  };
  const outcome = (status: Outcome['status'], imported: number, customers?: number): Outcome => {
    const missing = resolver.missing();
    return {
      status,
      lines: scan?.lines ?? 0,
      skipped: scan?.skipped ?? 0,
      badLines: log.total,
      issues: [...log.issues].sort((a, b) => a.line - b.line),
      created: customers === undefined ? missing : { ...missing, customers },
      rejectedFile: rejected ? (request.rejectedFile ?? null) : null,
      imported,
    };
  };
  /** Whether what was read refuses the file: a fatal error, a bad line (all or nothing), or no response. */
  const refused = () => scan?.fatal != null || (log.total > 0 && !request.skipInvalid) || good === 0;
  /** Reads the file once, through `db`, handing each chunk of good rows to `write` (none in a dry run). */
  const read = async (on: Executor, write: (rows: ResolvedRow[]) => Promise<void>) => {
    if (request.skipInvalid && request.rejectedFile) rejected = createWriteStream(request.rejectedFile);
    const out = rejected as WriteStream | null;
    scan = await scanImportFile(
      on,
      path,
      format,
      request,
      resolver,
      now,
      {
        header: (raw) => out?.write(line(raw)),
        async good(rows) {
          good += rows.length;
          // After a bad line nothing more is written: the transaction is to be rolled back anyway.
          if (log.total === 0 || request.skipInvalid) await write(rows);
        },
        bad(lineNo, message, raw) {
          log.add(lineNo, message);
          if (raw !== null) out?.write(line(raw));
        },
        progress,
      },
      out !== null,
    );
    if (scan.fatal) log.add(scan.fatal.line, scan.fatal.message);
    if (out) await close(out);
  };
  try {
    if (request.dryRun) {
      await read(db, async () => {});
      return await finish(outcome(refused() ? 'rejected' : 'checked', 0));
    }
    let customers = 0;
    let written: number;
    try {
      ({ written } = await importResponses(ctx, importId, async (writer) => {
        // The duplicate check above is no lock: two uploads of the same new file can both pass it. Imports of
        // these bytes take turns from here to their commit, and each looks again once it has its turn.
        await lockImportFingerprint(writer.tx, org, fingerprint);
        if (!request.allowDuplicate) {
          const earlier = await findAppliedImportByFingerprint(writer.tx, org, fingerprint, importId);
          if (earlier) throw duplicateConflict(request.fileName, duplicateBody(earlier));
        }
        // One chunk in flight while the next is read: on PostgreSQL the server writes while this process parses,
        // and the next chunk's customers are looked up on another connection meanwhile, not queued behind the
        // write (those this import created are the resolver's to remember; one deleted since is refused by the
        // write's parent check). PGlite has one connection, held by the transaction.
        const lookups = ctx.deps.handle.engine === 'postgres' ? db : writer.tx;
        let inFlight: Promise<void> = Promise.resolve();
        const nextId = bulkIdSource();
        await read(lookups, async (batch) => {
          // What a chunk creates is written once the chunk in flight is in, never between its insert and the
          // restore of the row checks; with nothing to create, the next insert is built while one is written.
          if (request.createMissing) await writer.settle();
          customers += await resolver.prepareForWrite(writer.tx, batch, now);
          const writing = writer.write(batch.map((r) => toBulk(r, nextId(), org, importId, now)));
          writing.catch(() => {});
          await inFlight;
          inFlight = writing;
        });
        // The last write in flight, and the row checks back on.
        await writer.settle();
        if (refused()) throw new ImportRefused();
        // Applied in the same commit as its responses: the next import of these bytes, let in by the lock, sees it.
        await markResponseImportApplied(writer.tx, org, importId, writer.written);
      }));
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      return await finish(outcome('rejected', 0));
    }
    return await finish(outcome('applied', written, customers));
  } catch (error) {
    const out = rejected as WriteStream | null;
    if (out && !out.closed) out.destroy();
    // Failed, unless its transaction committed (an error after the commit): then its responses are in, it stays
    // applied, and a later import of the same bytes is still refused.
    await closeRunningResponseImport(db, org, importId, {
      status: 'failed',
      imported: 0,
      badLines: log.total,
      report: { error: (error as Error).message },
      finishedAt: clock.now(),
    }).catch(() => {});
    throw error;
  } finally {
    release();
    clearProgress(importId);
  }
}

function toBulk(
  r: ResolvedRow,
  id: string,
  organisationId: string,
  importId: string,
  now: Date,
): BulkResponse {
  const customer = r.customer && 'id' in r.customer ? r.customer : null;
  return {
    id,
    organisationId,
    surveyId: r.surveyId,
    score: r.row.score,
    comment: r.row.comment,
    customerId: customer?.id ?? null,
    channelId: r.channelId,
    // Like the write path: a response inherits its customer's segment and home unit unless the file says otherwise.
    segmentId: r.segmentId ?? customer?.segmentId ?? null,
    unitId: r.unitId ?? customer?.homeUnitId ?? null,
    employeeId: r.employeeId,
    answers: r.row.answers,
    source: r.row.source,
    language: r.row.language,
    respondedAt: r.row.respondedAt,
    importId,
    createdAt: now,
    updatedAt: now,
  };
}

function line(raw: string): string {
  return `${raw.replace(/\r?\n$/, '')}\n`;
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

function describe(request: ResponseImportRequest, s: Outcome): string {
  const made = [
    ...s.created.surveys.map((n) => `survey "${n}"`),
    ...s.created.channels.map((n) => `channel "${n}"`),
    ...s.created.segments.map((n) => `segment "${n}"`),
    ...s.created.units.map((n) => `unit "${n}"`),
    ...(s.created.customers > 0 ? [`${s.created.customers} customer(s)`] : []),
  ];
  const bad = s.badLines > 0 ? `${s.badLines} bad line(s)` : 'no bad line';
  if (s.status === 'rejected')
    return `${request.fileName}: ${s.lines} line(s) read, ${bad}; nothing imported${s.badLines === 0 ? ' (no response in the file)' : ''}`;
  if (s.status === 'checked')
    return `${request.fileName}: ${s.lines} line(s) checked, ${bad}; nothing imported (dry run)${made.length ? `; would create ${made.join(', ')}` : ''}`;
  return `${request.fileName}: imported ${s.imported} response(s) of ${s.lines} line(s)${s.badLines ? `; ${s.badLines} bad line(s) skipped${s.rejectedFile ? ` and written to ${s.rejectedFile}` : ''}` : ''}${s.skipped ? `; ${s.skipped} passed over` : ''}${made.length ? `; created ${made.join(', ')}` : ''}`;
}
