import { contactDueAt, DEFAULT_CASE_RULES } from '@centric/core/voice/case-rules';
import type { Executor } from '@centric/db/database';
import { caseNotes, cases, responses, surveys, units } from '@centric/db/schema';
import { and, desc, eq, gte, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { mixSeed, Random } from './demo-random';

const HOUR = 3_600_000;
/** How many recent unhappy answers get a case (the rest are older than the closed loop's start). */
const MAX_CASES = 40;

/**
 * Opens closed-loop cases for the latest unhappy answers of the last month, as the case job would have, and
 * moves them on deterministically: older ones mostly resolved with a root cause, some contacted, and a few left
 * untouched past their SLA (overdue, escalated to the parent unit's head), so the Cases page has a story.
 */
export async function writeDemoCases(
  db: Executor,
  organisationId: string,
  seed: number,
  now: number,
): Promise<number> {
  const rng = new Random(mixSeed(seed, 'cases'));
  const unhappy = await db
    .select({
      id: responses.id,
      unitId: responses.unitId,
      customerId: responses.customerId,
      respondedAt: responses.respondedAt,
    })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(
      and(
        eq(responses.organisationId, organisationId),
        isNotNull(responses.unitId),
        gte(responses.respondedAt, new Date(now - 30 * 24 * HOUR)),
        or(
          and(eq(surveys.kind, 'nps'), sql`${responses.score} <= ${DEFAULT_CASE_RULES.npsAtMost}`),
          and(eq(surveys.kind, 'csat'), sql`${responses.score} <= ${DEFAULT_CASE_RULES.csatAtMost}`),
          and(eq(surveys.kind, 'ces'), sql`${responses.score} >= ${DEFAULT_CASE_RULES.cesAtLeast}`),
        ),
      ),
    )
    .orderBy(desc(responses.respondedAt), responses.id)
    .limit(MAX_CASES);
  if (unhappy.length === 0) return 0;
  const unitRows = await db
    .select({ id: units.id, parentId: units.parentId, headPersonId: units.headPersonId })
    .from(units)
    .where(
      and(
        eq(units.organisationId, organisationId),
        inArray(units.id, [...new Set(unhappy.map((r) => r.unitId!))]),
      ),
    );
  const parents = await db
    .select({ id: units.id, headPersonId: units.headPersonId })
    .from(units)
    .where(eq(units.organisationId, organisationId));
  const unitOf = new Map(unitRows.map((u) => [u.id, u]));
  const headOf = new Map(parents.map((u) => [u.id, u.headPersonId]));
  const causes = DEFAULT_CASE_RULES.rootCauses;
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const notes: (typeof caseNotes.$inferInsert)[] = [];
  for (const r of unhappy) {
    const unit = unitOf.get(r.unitId!);
    const owner = unit?.headPersonId ?? null;
    const openedAt = new Date(r.respondedAt.getTime() + rng.int(1, 20) * 60_000);
    const dueAt = contactDueAt(openedAt, DEFAULT_CASE_RULES);
    const id = uuidv7({ msecs: openedAt.getTime() });
    const age = now - openedAt.getTime();
    const roll = rng.next();
    const base = {
      id,
      organisationId,
      responseId: r.id,
      customerId: r.customerId,
      unitId: r.unitId,
      ownerPersonId: owner,
      openedAt,
      dueAt,
    };
    const note = (text: string, at: Date, kind: 'note' | 'event' = 'event') =>
      notes.push({
        organisationId,
        caseId: id,
        kind,
        text,
        at,
        authorPersonId: kind === 'note' ? owner : null,
      });
    note('Opened for an unhappy answer', openedAt);
    if (dueAt.getTime() < now && roll < 0.15) {
      // Nobody called in time: overdue and escalated.
      const escalatedTo = unit?.parentId ? (headOf.get(unit.parentId) ?? null) : null;
      caseRows.push({ ...base, status: 'new', overdueAt: dueAt, escalatedToPersonId: escalatedTo });
      note('Overdue: nobody contacted the customer in time; escalated', dueAt);
    } else if (age < 36 * HOUR || roll < 0.35) {
      caseRows.push({ ...base, status: 'new' });
    } else {
      const contactedAt = new Date(openedAt.getTime() + rng.int(2, 40) * HOUR);
      if (contactedAt.getTime() >= now || roll < 0.55) {
        caseRows.push({
          ...base,
          status: 'contacted',
          contactedAt: new Date(Math.min(contactedAt.getTime(), now - HOUR)),
        });
        note(
          'Called the customer and apologised; looking into it',
          new Date(Math.min(contactedAt.getTime(), now - HOUR)),
          'note',
        );
      } else {
        const closedAt = new Date(Math.min(contactedAt.getTime() + rng.int(1, 72) * HOUR, now - HOUR));
        const rootCause = rng.pick(causes);
        const wontFix = roll > 0.93;
        caseRows.push({
          ...base,
          status: wontFix ? 'wont_fix' : 'resolved',
          contactedAt,
          closedAt,
          rootCause,
          recovered: wontFix ? null : rng.chance(0.6) ? 'yes' : rng.chance(0.5) ? 'no' : 'pending',
        });
        note('Called the customer', contactedAt, 'note');
        note(`${wontFix ? 'Closed as won’t fix' : 'Resolved'} (root cause: ${rootCause})`, closedAt);
      }
    }
  }
  await db.insert(cases).values(caseRows).onConflictDoNothing();
  await db.insert(caseNotes).values(notes);
  return caseRows.length;
}
