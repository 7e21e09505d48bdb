import type {
  EvidenceItem,
  listEvidenceQuery,
  logEvidenceBody,
} from '@centric/contracts/commitments/evidence.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import { can } from '@centric/core/access/permissions';
import type { Cadence } from '@centric/core/commitments/behaviours';
import { periodContaining } from '@centric/core/commitments/calendar';
import { evidenceWeight } from '@centric/core/commitments/walker-index';
import type { WalkerRules } from '@centric/core/commitments/walker-rules';
import { fail } from '@centric/core/errors';
import { localDayKey } from '@centric/core/metrics/periods';
import { findSegment } from '@centric/db/catalogue/catalogue.repository';
import { findCommitment } from '@centric/db/commitments/commitment.repository';
import { findDecision } from '@centric/db/commitments/decision.repository';
import {
  confirmEvidenceRow,
  type EvidenceRow,
  findEvidence,
  insertEvidence,
  listEvidence as listEvidenceRows,
} from '@centric/db/commitments/evidence.repository';
import {
  goalsByIds,
  goalsOfEvidence,
  linkEvidenceGoals,
} from '@centric/db/commitments/evidence-goal.repository';
import { toPage } from '@centric/db/common/cursor';
import { findCustomer } from '@centric/db/customers/customer.repository';
import type { Executor } from '@centric/db/database';
import type { GoalRow } from '@centric/db/direction/initiative.repository';
import { units } from '@centric/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { readTarget } from '../direction/target-reading';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { actingPerson, peopleByIds, requireSelfOrDelegate, today, walkerRulesOf } from './leader-context';

const CYCLE_MONTHS: Record<Exclude<Cadence, 'per_decision'>, number | 'rules'> = {
  monthly: 1,
  quarterly: 3,
  review_cycle: 'rules',
};

/** What a piece of evidence counts for today under the rules (its occurrence is the cadence period it fell in). */
export function weightToday(
  row: EvidenceRow,
  cadence: Cadence,
  asOf: string,
  rules: WalkerRules,
  timeZone: string,
): number {
  const months = cadence === 'per_decision' ? 1 : CYCLE_MONTHS[cadence];
  const span = periodContaining(row.occurredOn, {
    months: months === 'rules' ? rules.reviewCycleMonths : months,
  });
  return evidenceWeight(
    {
      commitmentId: row.commitmentId,
      occurredOn: row.occurredOn,
      loggedOn: localDayKey(row.loggedAt, timeZone),
      confirmed: row.confirmedAt !== null,
    },
    span,
    asOf,
    rules,
  );
}

/** The goals linked to pieces of evidence, with their live progress for those who may read goals. */
async function linkedGoalsOf(ctx: OrgContext, db: Executor, evidenceIds: string[]) {
  const byEvidence = await goalsOfEvidence(db, ctx.organisation.id, evidenceIds);
  const out = new Map<
    string,
    (GoalRow & { unitName: string | null; reading: EvidenceItem['goals'][number]['reading'] })[]
  >();
  if (byEvidence.size === 0) return out;
  const mayRead = can(ctx.actor.role, 'goal.read');
  const unitIds = [...byEvidence.values()].flat().flatMap((g) => (g.unitId ? [g.unitId] : []));
  const unitNames = new Map(
    unitIds.length
      ? (
          await db
            .select({ id: units.id, name: units.name })
            .from(units)
            .where(and(eq(units.organisationId, ctx.organisation.id), inArray(units.id, unitIds)))
        ).map((u) => [u.id, u.name])
      : [],
  );
  for (const [evidenceId, goals] of byEvidence) {
    const list = [];
    for (const g of goals) {
      const t = mayRead ? await readTarget(ctx, g) : null;
      list.push({
        ...g,
        unitName: g.unitId ? (unitNames.get(g.unitId) ?? null) : null,
        reading: t
          ? {
              metric: t.metric,
              target: t.target,
              current: t.current,
              progress: t.progress,
              status: t.status,
              dueDate: t.dueDate,
            }
          : null,
      });
    }
    out.set(evidenceId, list);
  }
  return out;
}

/** Checks the goals a review-objectives piece links: the organisation's customer goals. */
async function checkGoals(ctx: OrgContext, db: Executor, goalIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(goalIds)];
  const found = new Map((await goalsByIds(db, ctx.organisation.id, unique)).map((g) => [g.id, g]));
  for (const id of unique) {
    const goal = found.get(id);
    if (!goal) throw fail.invalid(`goal ${id} does not exist`);
    if (!goal.customer) throw fail.invalid(`"${goal.title}" is not a customer objective`);
  }
  return unique;
}

/** Evidence rows as the API shows them (names of participants and confirmers looked up in one go). */
export async function presentEvidence(
  ctx: OrgContext,
  db: Executor,
  rows: { evidence: EvidenceRow; personName: string; behaviourName: string; cadence: Cadence }[],
): Promise<EvidenceItem[]> {
  const ids = rows.flatMap((r) => [
    ...r.evidence.participantIds,
    ...(r.evidence.confirmedByPersonId ? [r.evidence.confirmedByPersonId] : []),
  ]);
  const linked = await linkedGoalsOf(
    ctx,
    db,
    rows.map((r) => r.evidence.id),
  );
  const goalOwners = [...linked.values()].flat().flatMap((g) => (g.personId ? [g.personId] : []));
  const names = await peopleByIds(db, ctx, [...ids, ...goalOwners]).catch(() => new Map());
  const nameOf = (id: string) => ({ id, name: names.get(id)?.name ?? 'a former colleague' });
  const asOf = today(ctx);
  const rules = walkerRulesOf(ctx);
  return rows.map(({ evidence: e, personName, behaviourName, cadence }) => ({
    id: e.id,
    commitmentId: e.commitmentId,
    personId: e.personId,
    personName,
    behaviourName,
    kind: e.kind,
    occurredOn: e.occurredOn,
    summary: e.summary,
    details: e.details,
    customerId: e.customerId,
    segmentId: e.segmentId,
    feedbackReviewId: e.feedbackReviewId,
    decisionId: e.decisionId,
    participants: e.participantIds.map(nameOf),
    goals: (linked.get(e.id) ?? []).map((g) => ({
      id: g.id,
      title: g.title,
      ownerName: g.personId ? (names.get(g.personId)?.name ?? null) : g.unitName,
      reading: g.reading,
    })),
    loggedAt: iso(e.loggedAt),
    confirmedBy: e.confirmedByPersonId ? nameOf(e.confirmedByPersonId) : null,
    confirmedAt: iso(e.confirmedAt),
    weight: weightToday(e, cadence, asOf, rules, ctx.organisation.timeZone),
    canConfirm:
      e.confirmedAt === null && ctx.actor.personId !== null && e.participantIds.includes(ctx.actor.personId),
  }));
}

/** Lists evidence, newest first (one leader's, or what awaits the caller's confirmation). */
export async function listEvidence(
  ctx: OrgContext,
  query: z.output<typeof listEvidenceQuery>,
): Promise<Page<EvidenceItem>> {
  authorize(ctx, 'evidence.read');
  const rows = await listEvidenceRows(ctx.deps.db, ctx.organisation.id, {
    ...query,
    awaitingConfirmationBy: query.awaitingMyConfirmation ? actingPerson(ctx) : undefined,
  });
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.evidence.id })),
    query.limit,
  );
  return { items: await presentEvidence(ctx, ctx.deps.db, page.items), nextCursor: page.nextCursor };
}

/** Checks the participants: people of the organisation, other than the leader. */
export async function checkParticipants(
  ctx: OrgContext,
  db: Executor,
  leaderId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.includes(leaderId)) throw fail.invalid('a leader cannot be a participant of their own evidence');
  await peopleByIds(db, ctx, ids);
  return [...new Set(ids)];
}

/** Logs a piece of evidence for a commitment: the leader's own (or, as an admin, for a leader). */
export async function logEvidence(
  ctx: OrgContext,
  input: z.output<typeof logEvidenceBody>,
): Promise<EvidenceItem> {
  authorize(ctx, 'evidence.write');
  const found = await findCommitment(ctx.deps.db, ctx.organisation.id, input.commitmentId);
  if (!found) throw fail.invalid(`commitment ${input.commitmentId} does not exist`);
  const { commitment, behaviour } = found;
  requireSelfOrDelegate(ctx, commitment.personId, 'log evidence');
  if (behaviour.evidenceKind !== input.kind)
    throw fail.invalid(
      `"${behaviour.name}" is evidenced by ${behaviour.evidenceKind.replaceAll('_', ' ')}, not ${input.kind.replaceAll('_', ' ')}`,
    );
  const day = today(ctx);
  if (input.occurredOn > day) throw fail.invalid('evidence cannot be dated in the future');
  if (input.occurredOn < commitment.startsOn)
    throw fail.invalid(`the commitment started on ${commitment.startsOn}; evidence before it does not count`);
  // Presented after the commit: goal progress reads the metrics on the app's own connection.
  const row = await ctx.deps.db.transaction(async (tx) => {
    const participantIds = await checkParticipants(ctx, tx, commitment.personId, input.participantIds);
    const refs = {
      customerId: null as string | null,
      segmentId: null as string | null,
      decisionId: null as string | null,
    };
    if (input.kind === 'customer_conversation') {
      if (input.customerId && !(await findCustomer(tx, ctx.organisation.id, input.customerId)))
        throw fail.invalid(`customer ${input.customerId} does not exist`);
      if (input.segmentId && !(await findSegment(tx, ctx.organisation.id, input.segmentId)))
        throw fail.invalid(`segment ${input.segmentId} does not exist`);
      refs.customerId = input.customerId;
      refs.segmentId = input.segmentId;
    }
    let goalIds: string[] = [];
    if (input.kind === 'review_objectives') {
      goalIds = await checkGoals(ctx, tx, input.goalIds);
      if (goalIds.length === 0 && input.details.objectives.length === 0)
        throw fail.invalid('list a customer objective or link a customer goal');
    }
    if (input.kind === 'new_focus' && input.decisionId) {
      if (!(await findDecision(tx, ctx.organisation.id, input.decisionId)))
        throw fail.invalid(`decision ${input.decisionId} does not exist`);
      refs.decisionId = input.decisionId;
    }
    const row = await insertEvidence(tx, {
      organisationId: ctx.organisation.id,
      commitmentId: commitment.id,
      personId: commitment.personId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      summary: input.summary,
      details: input.details as Record<string, unknown>,
      ...refs,
      participantIds,
      loggedByPersonId: ctx.actor.personId,
      loggedAt: ctx.deps.clock.now(),
    });
    await linkEvidenceGoals(tx, ctx.organisation.id, row.id, goalIds);
    await audit(ctx, tx, {
      action: 'create',
      entity: 'evidence',
      entityId: row.id,
      changes: {
        commitmentId: commitment.id,
        kind: input.kind,
        occurredOn: input.occurredOn,
        ...(goalIds.length ? { goalIds } : {}),
      },
    });
    return row;
  });
  const [item] = await presentEvidence(ctx, ctx.deps.db, [
    {
      evidence: row,
      personName: found.personName,
      behaviourName: behaviour.name,
      cadence: behaviour.cadence,
    },
  ]);
  return item!;
}

/** Confirms a piece of evidence: only a participant may, and only once. */
export async function confirmEvidence(ctx: OrgContext, id: string): Promise<EvidenceItem> {
  authorize(ctx, 'evidence.read');
  const row = await findEvidence(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('evidence');
  const me = ctx.actor.personId;
  if (!me || !row.participantIds.includes(me))
    throw fail.forbidden('only a participant can confirm this evidence');
  if (row.confirmedAt) throw fail.conflict('this evidence is already confirmed');
  const confirmed = await ctx.deps.db.transaction(async (tx) => {
    const updated = await confirmEvidenceRow(tx, ctx.organisation.id, id, {
      personId: me,
      at: ctx.deps.clock.now(),
    });
    if (!updated) throw fail.conflict('this evidence is already confirmed');
    await audit(ctx, tx, { action: 'confirm', entity: 'evidence', entityId: id });
    return updated;
  });
  const found = (await findCommitment(ctx.deps.db, ctx.organisation.id, confirmed.commitmentId))!;
  const [item] = await presentEvidence(ctx, ctx.deps.db, [
    {
      evidence: confirmed,
      personName: found.personName,
      behaviourName: found.behaviour.name,
      cadence: found.behaviour.cadence,
    },
  ]);
  return item!;
}
