import type { CreateResponse, UpdateResponse } from '@centric/contracts/responses/response.schemas';
import { fail } from '@centric/core/errors';
import { scoreOutsideScale } from '@centric/core/surveys/survey-kinds';
import { findChannel, findSegment, findTouchpoint } from '@centric/db/catalogue/catalogue.repository';
import { findCustomer } from '@centric/db/customers/customer.repository';
import type { Executor } from '@centric/db/database';
import { findPerson } from '@centric/db/people/person.repository';
import {
  deleteResponseRow,
  findResponse,
  insertResponses,
  type NewResponse,
  type ResponseRow,
  updateResponseRow,
} from '@centric/db/responses/response.repository';
import { type BulkResponse, bulkInsertStatement } from '@centric/db/responses/response-bulk.repository';
import {
  BulkLoadParents,
  mayBypassRowChecks,
  restoreRowChecks,
} from '@centric/db/responses/response-parents.repository';
import {
  type AlongsideInsert,
  insertResponsesAlongside,
} from '@centric/db/responses/response-statement.repository';
import { findSurvey, type SurveyRow } from '@centric/db/surveys/survey.repository';
import { findUnit } from '@centric/db/units/unit.repository';
import { v7 as uuidv7 } from 'uuid';
import type { OrgContext } from '../context';
import { audit, auditCreatedAlongside } from '../platform/audit';
import type { ResponseChange } from './response.hooks';

/**
 * The one write path for responses: create, import, edit, delete and re-attribution all go through here, so
 * every hook (rollups with the write; cases, text analysis, webhooks after commit) sees every change.
 */
export async function createResponses(
  ctx: OrgContext,
  inputs: CreateResponse[],
  options: CreateOptions = {},
): Promise<ResponseRow[]> {
  const { db, responseHooks } = ctx.deps;
  // Without in-transaction work of the caller's, a create is one statement: the rows, the hooks' work over them
  // (the rollup counts) and the audit entry, atomic on its own, one round trip instead of a transaction's five.
  const alongside = options.inTransaction ? null : responseHooks.createdAlongside(ctx.organisation.id);
  if (alongside) {
    const values = await newResponseValues(ctx, db, inputs, options);
    const all = [...alongside, auditCreatedAlongside(ctx, 'response')];
    const rows = options.insert
      ? await options.insert(db, values, all)
      : await insertResponsesAlongside(db, values, all);
    options.onCommitted?.(rows);
    await responseHooks.runAfterCommit(rows.map((row) => ({ kind: 'created', after: row })));
    return rows;
  }
  const changes: ResponseChange[] = [];
  const rows = await db.transaction(async (tx) => {
    const values = await newResponseValues(ctx, tx, inputs, options);
    const inserted = options.insert
      ? await options.insert(tx, values, [])
      : await insertResponses(tx, values);
    if (inserted.length === 0) return [];
    // The caller's claim (an invitation used once, an idempotency key) lands with the rows or not at all.
    await options.inTransaction?.(tx, inserted);
    for (const row of inserted) changes.push({ kind: 'created', after: row });
    await responseHooks.runInTransaction(tx, changes);
    await audit(ctx, tx, {
      action: 'create',
      entity: 'response',
      entityId: inserted.length === 1 ? inserted[0]!.id : null,
      changes: inserted.length === 1 ? null : { count: inserted.length },
    });
    return inserted;
  });
  options.onCommitted?.(rows);
  await responseHooks.runAfterCommit(changes);
  return rows;
}

/** The rows of a create, checked (scale, references in this organisation) and attributed; ids set. */
async function newResponseValues(
  ctx: OrgContext,
  db: Executor,
  inputs: CreateResponse[],
  options: CreateOptions,
): Promise<NewResponse[]> {
  const surveys = new Map<string, SurveyRow>((options.surveys ?? []).map((s) => [s.id, s]));
  // A batch usually names the same few channels, units and customers: each is looked up once.
  const lookups: Lookups = new Map();
  const values: NewResponse[] = [];
  for (const [index, input] of inputs.entries()) {
    const where = inputs.length > 1 ? ` (item ${index + 1})` : '';
    let survey = surveys.get(input.surveyId);
    if (!survey) {
      survey = await findSurvey(db, ctx.organisation.id, input.surveyId);
      if (!survey) throw fail.invalid(`survey ${input.surveyId} does not exist${where}`);
      surveys.set(survey.id, survey);
    }
    checkScore(survey, input.score, where);
    const attribution = await resolveAttribution(ctx, db, input, where, lookups);
    values.push({
      id: uuidv7(),
      organisationId: ctx.organisation.id,
      surveyId: survey.id,
      score: input.score,
      comment: input.comment,
      ...attribution,
      answers: input.answers,
      source: input.source,
      language: input.language,
      respondedAt: input.respondedAt ? new Date(input.respondedAt) : ctx.deps.clock.now(),
    });
  }
  return values;
}

/** The writer a file import hands its batches to, inside the import's one transaction. */
export interface ImportWriter {
  /** The import's transaction, for what must land with the responses (created surveys, customers). */
  tx: Executor;
  /**
   * Writes a batch (thousands of rows, one statement) and updates the rollups for it in the same transaction.
   * Its statement is built at once; it is sent after the batches handed over before it are written, so a
   * caller may hand over the next batch while one is in flight.
   */
  write(rows: BulkResponse[]): Promise<void>;
  /**
   * Waits for the batches handed over and turns the row-by-row checks back on (a batch's insert turns them off
   * when the session may, and they stay off from one insert to the next): call it before using `tx` for
   * anything else once batches are being written.
   */
  settle(): Promise<void>;
  /** The rows written so far. */
  readonly written: number;
}

/**
 * The batch form of the write path, for file imports: `work` writes its batches through the writer, all in one
 * transaction (all or nothing), each batch one set-based insert, its foreign keys checked once per distinct
 * parent (BulkLoadParents). Hooks with an `imported` form (the rollups) run once when every batch is in, the
 * others' in-transaction work on each batch. After commit the hooks hear of the import once (`afterImport`), so a
 * million rows queue a handful of jobs rather than a million. Answers what `work` answers and the rows written.
 */
export async function importResponses<T>(
  ctx: OrgContext,
  importId: string,
  work: (writer: ImportWriter) => Promise<T>,
): Promise<{ result: T; written: number }> {
  const { db, responseHooks } = ctx.deps;
  let written = 0;
  const result = await db.transaction(async (tx) => {
    // The rows' foreign keys are checked once per distinct parent instead of once per row and key.
    const parents = new BulkLoadParents(ctx.organisation.id);
    const bypass = await mayBypassRowChecks(tx);
    // Batches are written one after another; each one's statement is built as soon as it is handed over.
    let last: Promise<void> = Promise.resolve();
    let previous: Promise<void> = last;
    // Whether the last insert left the row checks off; only inserts run between two of them, so they are turned
    // back on once, before anything else (one round trip less per batch).
    let checksOff = false;
    const checksOn = async () => {
      if (!checksOff) return;
      await restoreRowChecks(tx);
      checksOff = false;
    };
    const writer: ImportWriter = {
      tx,
      get written() {
        return written;
      },
      write(rows) {
        if (rows.length === 0) return previous;
        const insert = bulkInsertStatement(rows, { withoutRowChecks: bypass });
        const run = previous.then(async () => {
          await parents.lock(tx, rows);
          await tx.execute(insert);
          checksOff = bypass;
          if (responseHooks.hasBulkChunkWork) {
            await checksOn();
            await responseHooks.runForBulkChunk(tx, () =>
              rows.map((row) => ({ kind: 'created', after: { ...row, touchpointId: null } })),
            );
          }
          written += rows.length;
        });
        last = run;
        previous = run.catch(() => {});
        return run;
      },
      async settle() {
        // A failed batch fails the settling with its own error (its transaction is aborted anyway).
        await last;
        await checksOn();
      },
    };
    const out = await work(writer);
    await writer.settle();
    if (written > 0)
      await responseHooks.runImported(tx, {
        organisationId: ctx.organisation.id,
        importId,
        count: written,
        withoutRowChecks: bypass,
      });
    await audit(ctx, tx, {
      action: 'import',
      entity: 'response',
      entityId: null,
      changes: { importId, count: written },
    });
    return out;
  });
  if (written > 0)
    await responseHooks.runAfterImport({ organisationId: ctx.organisation.id, importId, count: written });
  return { result, written };
}

/** What a caller of createResponses may add to the write's transaction. */
export interface CreateOptions {
  /** Surveys of this organisation the caller has just read (its cache), so the write does not read them again. */
  surveys?: SurveyRow[];
  /**
   * Writes the rows (their ids already set) in place of the plain insert and answers those written: a caller's
   * claim (the idempotency keys of a batch) and the insert in one statement, the rows whose claim was lost left
   * out. `alongside` (the hooks' work and the audit entry, as CTEs over the rows inserted) must run in the same
   * statement; it is empty inside a transaction, where that work follows the insert.
   */
  insert?(db: Executor, values: NewResponse[], alongside: AlongsideInsert): Promise<ResponseRow[]>;
  /** Called once the rows are committed, before the after-commit hooks run (a caller may answer then). */
  onCommitted?(rows: ResponseRow[]): void;
  /** Runs after the insert in the same transaction; throwing undoes the write. */
  inTransaction?(tx: Executor, rows: ResponseRow[]): Promise<void>;
}

/** Edits a response's answer or re-attributes it. */
export async function updateResponse(
  ctx: OrgContext,
  id: string,
  input: UpdateResponse,
): Promise<ResponseRow> {
  const { db, responseHooks } = ctx.deps;
  let change: ResponseChange | undefined;
  const row = await db.transaction(async (tx) => {
    const before = await findResponse(tx, ctx.organisation.id, id);
    if (!before) throw fail.notFound('response');
    if (input.score !== undefined) {
      const survey = await findSurvey(tx, ctx.organisation.id, before.surveyId);
      if (survey) checkScore(survey, input.score, '');
    }
    await checkReferences(ctx, tx, input, '');
    const after = await updateResponseRow(tx, ctx.organisation.id, id, input);
    change = { kind: 'updated', before, after };
    await responseHooks.runInTransaction(tx, [change]);
    await audit(ctx, tx, {
      action: 'update',
      entity: 'response',
      entityId: id,
      changes: diff(before, after),
    });
    return after;
  });
  if (change) await responseHooks.runAfterCommit([change]);
  return row;
}

/** Deletes a response. */
export async function deleteResponse(ctx: OrgContext, id: string): Promise<void> {
  const { db, responseHooks } = ctx.deps;
  let change: ResponseChange | undefined;
  await db.transaction(async (tx) => {
    const before = await findResponse(tx, ctx.organisation.id, id);
    if (!before) throw fail.notFound('response');
    await deleteResponseRow(tx, ctx.organisation.id, id);
    change = { kind: 'deleted', before };
    await responseHooks.runInTransaction(tx, [change]);
    await audit(ctx, tx, { action: 'delete', entity: 'response', entityId: id });
  });
  if (change) await responseHooks.runAfterCommit([change]);
}

function checkScore(survey: SurveyRow, score: number | null, where: string): void {
  const outside = scoreOutsideScale(survey.kind, score);
  if (outside) throw fail.invalid(`${outside}${where}`);
}

type Attribution = Pick<
  NewResponse,
  'customerId' | 'channelId' | 'touchpointId' | 'segmentId' | 'unitId' | 'employeeId'
>;

async function resolveAttribution(
  ctx: OrgContext,
  tx: Executor,
  input: CreateResponse,
  where: string,
  lookups: Lookups,
): Promise<Attribution> {
  const refs = await checkReferences(ctx, tx, input, where, lookups);
  return {
    customerId: input.customerId,
    channelId: input.channelId,
    touchpointId: input.touchpointId,
    // A response inherits its customer's segment and home unit unless told otherwise.
    segmentId: input.segmentId ?? refs.customer?.segmentId ?? null,
    unitId: input.unitId ?? refs.customer?.homeUnitId ?? null,
    employeeId: input.employeeId,
  };
}

/** Lookups already made in one write, by kind and id. */
type Lookups = Map<string, Promise<unknown>>;

function once<T>(lookups: Lookups, key: string, find: () => Promise<T>): Promise<T> {
  let found = lookups.get(key) as Promise<T> | undefined;
  if (!found) {
    found = find();
    lookups.set(key, found);
  }
  return found;
}

/** Every referenced record must exist in this organisation: ids of another organisation are refused. */
async function checkReferences(
  ctx: OrgContext,
  tx: Executor,
  input: Partial<Attribution>,
  where: string,
  lookups: Lookups = new Map(),
) {
  const org = ctx.organisation.id;
  const customer = input.customerId
    ? await once(lookups, `customer:${input.customerId}`, () => findCustomer(tx, org, input.customerId!))
    : undefined;
  if (input.customerId && !customer)
    throw fail.invalid(`customer ${input.customerId} does not exist${where}`);
  if (
    input.channelId &&
    !(await once(lookups, `channel:${input.channelId}`, () => findChannel(tx, org, input.channelId!)))
  )
    throw fail.invalid(`channel ${input.channelId} does not exist${where}`);
  if (input.touchpointId) {
    const touchpoint = await once(lookups, `touchpoint:${input.touchpointId}`, () =>
      findTouchpoint(tx, org, input.touchpointId!),
    );
    if (!touchpoint) throw fail.invalid(`touchpoint ${input.touchpointId} does not exist${where}`);
    if (input.channelId && touchpoint.channelId !== input.channelId) {
      throw fail.invalid(`touchpoint ${input.touchpointId} belongs to another channel${where}`);
    }
  }
  if (
    input.segmentId &&
    !(await once(lookups, `segment:${input.segmentId}`, () => findSegment(tx, org, input.segmentId!)))
  )
    throw fail.invalid(`segment ${input.segmentId} does not exist${where}`);
  if (input.unitId && !(await once(lookups, `unit:${input.unitId}`, () => findUnit(tx, org, input.unitId!))))
    throw fail.invalid(`unit ${input.unitId} does not exist${where}`);
  if (
    input.employeeId &&
    !(await once(lookups, `employee:${input.employeeId}`, () => findPerson(tx, org, input.employeeId!)))
  )
    throw fail.invalid(`employee ${input.employeeId} does not exist${where}`);
  return { customer };
}

function diff(before: ResponseRow, after: ResponseRow): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of [
    'score',
    'comment',
    'customerId',
    'channelId',
    'touchpointId',
    'segmentId',
    'unitId',
    'employeeId',
  ] as const) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}
