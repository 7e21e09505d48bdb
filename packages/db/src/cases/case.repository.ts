import { and, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { caseNotes, cases, responses, units } from '../schema';

/** A case row. */
export type CaseRow = typeof cases.$inferSelect;
/** A case note row. */
export type CaseNoteRow = typeof caseNotes.$inferSelect;

/** Opens a case for a response unless one exists; answers the new row or undefined. */
export async function insertCase(db: Executor, values: typeof cases.$inferInsert) {
  const [row] = await db.insert(cases).values(values).onConflictDoNothing().returning();
  return row;
}

/** Finds one case of the organisation. */
export async function findCase(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.organisationId, organisationId), eq(cases.id, id)))
    .limit(1);
  return row;
}

/** Updates a case. */
export async function updateCaseRow(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof cases.$inferInsert>,
): Promise<CaseRow> {
  const [row] = await db
    .update(cases)
    .set(values)
    .where(and(eq(cases.organisationId, organisationId), eq(cases.id, id)))
    .returning();
  return row!;
}

/** A page of cases with their response's score and comment, newest first. */
export function listCases(
  db: Executor,
  organisationId: string,
  query: {
    cursor?: string | undefined;
    limit: number;
    statuses?: string[] | undefined;
    overdueBefore?: Date | undefined;
    personId?: string | undefined;
    unitPathPrefix?: string | undefined;
  },
) {
  const page = keyset(
    cases.id,
    query,
    'desc',
    eq(cases.organisationId, organisationId),
    query.statuses ? inArray(cases.status, query.statuses as CaseRow['status'][]) : undefined,
    query.overdueBefore ? overdueCondition(query.overdueBefore) : undefined,
    query.personId
      ? or(eq(cases.ownerPersonId, query.personId), eq(cases.escalatedToPersonId, query.personId))
      : undefined,
    query.unitPathPrefix ? inSubtree(organisationId, query.unitPathPrefix) : undefined,
  );
  return db
    .select({ case: cases, score: responses.score, comment: responses.comment })
    .from(cases)
    .innerJoin(responses, eq(responses.id, cases.responseId))
    .where(page.where)
    .orderBy(page.orderBy)
    .limit(page.limit);
}

/** The facts the statistics need, for every case of the organisation (in scope). */
export function caseFacts(db: Executor, organisationId: string, unitPathPrefix?: string) {
  return db
    .select({
      openedAt: cases.openedAt,
      contactedAt: cases.contactedAt,
      status: cases.status,
      dueAt: cases.dueAt,
      recovered: cases.recovered,
    })
    .from(cases)
    .where(
      and(
        eq(cases.organisationId, organisationId),
        unitPathPrefix ? inSubtree(organisationId, unitPathPrefix) : undefined,
      ),
    );
}

/** Claims the cases that became overdue by `now` and were not yet flagged, so each is escalated once. */
export function claimOverdueCases(db: Executor, now: Date, limit = 500) {
  return db
    .update(cases)
    .set({ overdueAt: now, updatedAt: now })
    .where(
      sql`${cases.id} in (select id from cases where status = 'new' and contacted_at is null
        and overdue_at is null and due_at < ${now} order by due_at limit ${limit} for update skip locked)`,
    )
    .returning();
}

/** Adds a note or event to a case. */
export async function insertCaseNote(db: Executor, values: typeof caseNotes.$inferInsert) {
  const [row] = await db.insert(caseNotes).values(values).returning();
  return row!;
}

/** The notes of a case, oldest first. */
export function listCaseNotes(db: Executor, organisationId: string, caseId: string) {
  return db
    .select()
    .from(caseNotes)
    .where(and(eq(caseNotes.organisationId, organisationId), eq(caseNotes.caseId, caseId)))
    .orderBy(caseNotes.at, caseNotes.id);
}

/** The responses of a customer, newest first (their history with the organisation). */
export function customerResponses(db: Executor, organisationId: string, customerId: string, limit = 50) {
  return db
    .select()
    .from(responses)
    .where(and(eq(responses.organisationId, organisationId), eq(responses.customerId, customerId)))
    .orderBy(desc(responses.respondedAt))
    .limit(limit);
}

function overdueCondition(now: Date): SQL {
  return and(eq(cases.status, 'new'), isNull(cases.contactedAt), lt(cases.dueAt, now))!;
}

function inSubtree(organisationId: string, pathPrefix: string): SQL {
  return inArray(
    cases.unitId,
    sql`(select ${units.id} from ${units} where ${units.organisationId} = ${organisationId} and ${units.path} like ${pathPrefix})`,
  );
}
