import type {
  createDecisionBody,
  Decision,
  listDecisionsQuery,
  updateDecisionBody,
} from '@centric/contracts/commitments/decision.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import { fail } from '@centric/core/errors';
import {
  type DecisionRow,
  findDecision,
  insertDecision,
  listDecisions as listDecisionRows,
  updateDecisionRow,
} from '@centric/db/commitments/decision.repository';
import { toPage } from '@centric/db/common/cursor';
import type { Executor } from '@centric/db/database';
import { units } from '@centric/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { actingPerson, peopleByIds, requireSelfOrDelegate, today } from './leader-context';

/** Whether a decision answers "what is in this for our customers?" with an expected impact. */
export function recordsCustomerImpact(d: Pick<DecisionRow, 'customerBenefit' | 'customerImpact'>): boolean {
  return Boolean(d.customerBenefit?.trim()) && d.customerImpact !== null;
}

/** A decision as the API shows it. */
export function presentDecision(row: { decision: DecisionRow; deciderName: string }): Decision {
  const d = row.decision;
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    decidedOn: d.decidedOn,
    decidedBy: { id: d.decidedByPersonId, name: row.deciderName },
    customerBenefit: d.customerBenefit,
    customerImpact: d.customerImpact,
    expectedClvEffect: d.expectedClvEffect,
    clvNote: d.clvNote,
    unitIds: d.unitIds,
    recordsCustomerImpact: recordsCustomerImpact(d),
    recordsClvEffect: d.expectedClvEffect !== null,
    createdAt: iso(d.createdAt),
  };
}

async function checkUnits(ctx: OrgContext, db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organisationId, ctx.organisation.id), inArray(units.id, [...ids])));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw fail.invalid(`unit ${missing[0]} does not exist`);
}

/** The decision log, newest first. */
export async function listDecisions(
  ctx: OrgContext,
  query: z.output<typeof listDecisionsQuery>,
): Promise<Page<Decision>> {
  authorize(ctx, 'decision.read');
  const rows = await listDecisionRows(ctx.deps.db, ctx.organisation.id, query);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.decision.id })),
    query.limit,
  );
  return { items: page.items.map(presentDecision), nextCursor: page.nextCursor };
}

/** Reads one decision. */
export async function getDecision(ctx: OrgContext, id: string): Promise<Decision> {
  authorize(ctx, 'decision.read');
  const row = await findDecision(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('decision');
  return presentDecision(row);
}

/** Records a decision in the log (the caller's, unless an admin records one for a leader). */
export async function createDecision(
  ctx: OrgContext,
  input: z.output<typeof createDecisionBody>,
): Promise<Decision> {
  authorize(ctx, 'decision.write');
  const decidedBy = input.decidedBy ?? actingPerson(ctx);
  requireSelfOrDelegate(ctx, decidedBy, 'record decisions');
  const decidedOn = input.decidedOn ?? today(ctx);
  if (decidedOn > today(ctx)) throw fail.invalid('a decision cannot be dated in the future');
  return ctx.deps.db.transaction(async (tx) => {
    await peopleByIds(tx, ctx, [decidedBy]);
    await checkUnits(ctx, tx, input.unitIds);
    const row = await insertDecision(tx, {
      organisationId: ctx.organisation.id,
      title: input.title,
      description: input.description,
      decidedOn,
      decidedByPersonId: decidedBy,
      customerBenefit: input.customerBenefit,
      customerImpact: input.customerImpact,
      expectedClvEffect: input.expectedClvEffect,
      clvNote: input.clvNote,
      unitIds: [...new Set(input.unitIds)],
    });
    await audit(ctx, tx, {
      action: 'create',
      entity: 'decision',
      entityId: row.id,
      changes: { title: row.title },
    });
    return presentDecision((await findDecision(tx, ctx.organisation.id, row.id))!);
  });
}

/** Completes or corrects a decision (its decider, or an admin). */
export async function updateDecision(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updateDecisionBody>,
): Promise<Decision> {
  authorize(ctx, 'decision.read');
  const found = await findDecision(ctx.deps.db, ctx.organisation.id, id);
  if (!found) throw fail.notFound('decision');
  authorize(ctx, 'decision.write');
  requireSelfOrDelegate(ctx, found.decision.decidedByPersonId, 'change decisions');
  if (input.decidedOn && input.decidedOn > today(ctx))
    throw fail.invalid('a decision cannot be dated in the future');
  return ctx.deps.db.transaction(async (tx) => {
    if (input.unitIds) await checkUnits(ctx, tx, input.unitIds);
    await updateDecisionRow(tx, ctx.organisation.id, id, input);
    await audit(ctx, tx, {
      action: 'update',
      entity: 'decision',
      entityId: id,
      changes: { fields: Object.keys(input) },
    });
    return presentDecision((await findDecision(tx, ctx.organisation.id, id))!);
  });
}
