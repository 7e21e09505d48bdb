import { and, eq, gte, lt } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { decisions, people } from '../schema';

/** A decision row. */
export type DecisionRow = typeof decisions.$inferSelect;

/** Inserts a decision. */
export async function insertDecision(db: Executor, values: typeof decisions.$inferInsert) {
  const [row] = await db.insert(decisions).values(values).returning();
  return row!;
}

/** Finds one decision of the organisation with the decider's name. */
export async function findDecision(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select({ decision: decisions, deciderName: people.name })
    .from(decisions)
    .innerJoin(people, eq(people.id, decisions.decidedByPersonId))
    .where(and(eq(decisions.organisationId, organisationId), eq(decisions.id, id)))
    .limit(1);
  return row;
}

/** Updates a decision. */
export async function updateDecisionRow(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof decisions.$inferInsert>,
) {
  await db
    .update(decisions)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(decisions.organisationId, organisationId), eq(decisions.id, id)));
}

/** One page of the decision log, newest first. */
export function listDecisions(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number; decidedBy?: string | undefined },
) {
  const page = keyset(
    decisions.id,
    query,
    'desc',
    eq(decisions.organisationId, organisationId),
    query.decidedBy ? eq(decisions.decidedByPersonId, query.decidedBy) : undefined,
  );
  return db
    .select({ decision: decisions, deciderName: people.name })
    .from(decisions)
    .innerJoin(people, eq(people.id, decisions.decidedByPersonId))
    .where(page.where)
    .orderBy(page.orderBy)
    .limit(page.limit);
}

/** The decisions taken in [from, to), for per-decision behaviours. */
export function decisionFacts(
  db: Executor,
  organisationId: string,
  range: { from: string; to: string; personId?: string | undefined },
) {
  return db
    .select({
      personId: decisions.decidedByPersonId,
      decidedOn: decisions.decidedOn,
      customerBenefit: decisions.customerBenefit,
      customerImpact: decisions.customerImpact,
      expectedClvEffect: decisions.expectedClvEffect,
    })
    .from(decisions)
    .where(
      and(
        eq(decisions.organisationId, organisationId),
        gte(decisions.decidedOn, range.from),
        lt(decisions.decidedOn, range.to),
        range.personId ? eq(decisions.decidedByPersonId, range.personId) : undefined,
      ),
    );
}
