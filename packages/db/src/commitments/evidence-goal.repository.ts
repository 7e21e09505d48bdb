import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { evidenceGoals, goals } from '../schema';

/** Links a piece of evidence to the goals it set or reviewed. */
export async function linkEvidenceGoals(
  db: Executor,
  organisationId: string,
  evidenceId: string,
  goalIds: readonly string[],
): Promise<void> {
  if (goalIds.length === 0) return;
  await db.insert(evidenceGoals).values(goalIds.map((goalId) => ({ organisationId, evidenceId, goalId })));
}

/** The goals linked to pieces of evidence, keyed by evidence id (the goal rows, for their live progress). */
export async function goalsOfEvidence(db: Executor, organisationId: string, evidenceIds: readonly string[]) {
  const out = new Map<string, (typeof goals.$inferSelect)[]>();
  if (evidenceIds.length === 0) return out;
  const rows = await db
    .select({ evidenceId: evidenceGoals.evidenceId, goal: goals })
    .from(evidenceGoals)
    .innerJoin(goals, and(eq(goals.id, evidenceGoals.goalId), eq(goals.organisationId, organisationId)))
    .where(
      and(
        eq(evidenceGoals.organisationId, organisationId),
        inArray(evidenceGoals.evidenceId, [...evidenceIds]),
      ),
    )
    .orderBy(goals.id);
  for (const r of rows) out.set(r.evidenceId, [...(out.get(r.evidenceId) ?? []), r.goal]);
  return out;
}

/** The organisation's goals among these ids (to check a link points at real goals). */
export function goalsByIds(db: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(goals)
    .where(and(eq(goals.organisationId, organisationId), inArray(goals.id, [...ids])));
}
