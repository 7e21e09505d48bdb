import type {
  createReviewCycleBody,
  myReviews,
  Review,
  ReviewCycle,
  ReviewSummary,
  reviewCycleDetail,
  saveReviewPartBody,
} from '@centric/contracts/direction/review.schemas';
import {
  customerSectionProblems,
  cyclePeriod,
  cycleProgress,
  isReviewLeader,
  mayClose,
  mayOpenForEveryone,
  mayOpenLeaders,
  mayWritePart,
  type ReviewPart,
  reviewIsOpen,
  reviewTransition,
} from '@centric/core/direction/index';
import { fail } from '@centric/core/errors';
import { roleAtLeast } from '@centric/core/organisation/roles';
import type { Executor } from '@centric/db/database';
import { listDirectory } from '@centric/db/direction/directory.repository';
import { type GoalRow, listGoalsOfPeople } from '@centric/db/direction/initiative.repository';
import {
  findReview,
  findReviewCycle,
  insertReviewCycle,
  insertReviews,
  listReviewCycles,
  listReviews,
  type ReviewCycleRow,
  type ReviewRow,
  updateReview,
  updateReviewCycle,
} from '@centric/db/direction/review.repository';
import type { ReviewObjectiveValue } from '@centric/db/schema';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { goalOwners, presentGoal } from './goal.service';

type Directory = Awaited<ReturnType<typeof listDirectory>>;
type Person = Directory[number];

async function directory(ctx: OrgContext, db: Executor = ctx.deps.db) {
  const rows = await listDirectory(db, ctx.organisation.id);
  return new Map(rows.map((p) => [p.id, p]));
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function summary(row: ReviewRow, cycle: ReviewCycleRow, people: Map<string, Person>, ceo: string | null) {
  const person = people.get(row.personId);
  return {
    id: row.id,
    cycleId: row.cycleId,
    cycleName: cycle.name,
    personId: row.personId,
    personName: person?.name ?? '—',
    personTitle: person?.title ?? null,
    reviewerPersonId: row.reviewerPersonId,
    reviewerName: row.reviewerPersonId ? (people.get(row.reviewerPersonId)?.name ?? null) : null,
    leader: row.leader,
    ceo: row.personId === ceo,
    state: row.state,
  } satisfies ReviewSummary;
}

function presentCycle(
  ctx: OrgContext,
  cycle: ReviewCycleRow,
  rows: ReviewRow[],
  people: Map<string, Person>,
) {
  const ceo = ctx.organisation.ceoPersonId;
  const mine = rows.filter((r) => r.cycleId === cycle.id);
  return {
    id: cycle.id,
    name: cycle.name,
    kind: cycle.kind,
    startDate: cycle.startDate,
    endDate: cycle.endDate,
    phase: cycle.phase,
    boardReviewerPersonId: cycle.boardReviewerPersonId,
    boardReviewerName: cycle.boardReviewerPersonId
      ? (people.get(cycle.boardReviewerPersonId)?.name ?? null)
      : null,
    leadersOpenedAt: iso(cycle.leadersOpenedAt),
    everyoneOpenedAt: iso(cycle.everyoneOpenedAt),
    closedAt: iso(cycle.closedAt),
    ceoReviewState: mine.find((r) => r.personId === ceo)?.state ?? null,
    leaders: cycleProgress(mine.filter((r) => r.leader).map((r) => r.state)),
    everyone: cycleProgress(mine.filter((r) => !r.leader).map((r) => r.state)),
  } satisfies ReviewCycle;
}

async function requireCycle(ctx: OrgContext, id: string, db: Executor = ctx.deps.db) {
  const cycle = await findReviewCycle(db, ctx.organisation.id, id);
  if (!cycle) throw fail.notFound('review cycle');
  return cycle;
}

/** The organisation's review cycles with their progress (counts only: anyone may see how far the cycle is). */
export async function listCycles(ctx: OrgContext): Promise<{ items: ReviewCycle[] }> {
  authorize(ctx, 'reviewCycle.read');
  const [cycles, people] = await Promise.all([
    listReviewCycles(ctx.deps.db, ctx.organisation.id),
    directory(ctx),
  ]);
  const rows = await listReviews(
    ctx.deps.db,
    ctx.organisation.id,
    cycles.map((c) => c.id),
  );
  return { items: cycles.map((c) => presentCycle(ctx, c, rows, people)) };
}

/** Whether the actor sees this review at all: their own, one they review, or every one for admins. */
function maySee(ctx: OrgContext, row: ReviewRow): boolean {
  const me = ctx.actor.personId;
  if (me && (row.personId === me || row.reviewerPersonId === me)) return true;
  return roleAtLeast(ctx.actor.role, 'admin');
}

/** A cycle with its progress and the reviews the actor may see. */
export async function getCycle(ctx: OrgContext, id: string): Promise<z.infer<typeof reviewCycleDetail>> {
  authorize(ctx, 'reviewCycle.read');
  const cycle = await requireCycle(ctx, id);
  const [rows, people] = await Promise.all([
    listReviews(ctx.deps.db, ctx.organisation.id, [cycle.id]),
    directory(ctx),
  ]);
  const ceo = ctx.organisation.ceoPersonId;
  const visible = rows.filter((r) => maySee(ctx, r));
  visible.sort(
    (a, b) =>
      Number(b.personId === ceo) - Number(a.personId === ceo) ||
      Number(b.leader) - Number(a.leader) ||
      (people.get(a.personId)?.name ?? '').localeCompare(people.get(b.personId)?.name ?? ''),
  );
  return {
    ...presentCycle(ctx, cycle, rows, people),
    reviews: visible.map((r) => summary(r, cycle, people, ceo)),
  };
}

/** Creates a quarterly or annual cycle (in draft: nobody's review is open yet). */
export async function createCycle(
  ctx: OrgContext,
  input: z.output<typeof createReviewCycleBody>,
): Promise<ReviewCycle> {
  authorize(ctx, 'reviewCycle.manage');
  const period = cyclePeriod(input.kind, input.year, input.quarter);
  const people = await directory(ctx);
  if (input.boardReviewerPersonId && !people.has(input.boardReviewerPersonId))
    throw fail.invalid(`person ${input.boardReviewerPersonId} does not exist`);
  const row = await ctx.deps.db.transaction(async (tx) => {
    const now = ctx.deps.clock.now();
    const inserted = await insertReviewCycle(tx, {
      organisationId: ctx.organisation.id,
      name: input.name ?? `Reviews ${period.label}`,
      kind: input.kind,
      startDate: period.startDate,
      endDate: period.endDate,
      boardReviewerPersonId: input.boardReviewerPersonId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await audit(ctx, tx, { action: 'create', entity: 'review_cycle', entityId: inserted.id });
    return inserted;
  });
  return presentCycle(ctx, row, [], people);
}

/** A person's customer goals as objectives of a review (a snapshot linked to the goal record). */
function objectivesFrom(goals: GoalRow[]): ReviewObjectiveValue[] {
  return goals
    .filter((g) => g.customer)
    .map((g) => ({
      goalId: g.id,
      title: g.title,
      metric: g.metric,
      customer: true,
      self: null,
      manager: null,
    }));
}

/** New reviews for people of the cycle: reviewed by their manager, or the board reviewer when they have none. */
async function openReviewsFor(
  ctx: OrgContext,
  tx: Executor,
  cycle: ReviewCycleRow,
  chosen: Person[],
  leader: boolean,
): Promise<number> {
  const goals = await listGoalsOfPeople(
    tx,
    ctx.organisation.id,
    chosen.map((p) => p.id),
  );
  const now = ctx.deps.clock.now();
  return insertReviews(
    tx,
    chosen.map((p) => {
      const reviewer = p.managerId ?? cycle.boardReviewerPersonId;
      return {
        organisationId: ctx.organisation.id,
        cycleId: cycle.id,
        personId: p.id,
        reviewerPersonId: reviewer && reviewer !== p.id ? reviewer : null,
        leader,
        objectives: objectivesFrom(goals.filter((g) => g.personId === p.id)),
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
}

/** Opens the leaders' reviews, the CEO's among them; everyone else waits for the CEO's to be complete. */
export async function openLeaders(ctx: OrgContext, id: string): Promise<ReviewCycle> {
  authorize(ctx, 'reviewCycle.manage');
  return ctx.deps.db.transaction(async (tx) => {
    const cycle = await requireCycle(ctx, id, tx);
    const ceo = ctx.organisation.ceoPersonId;
    const refusal = mayOpenLeaders(cycle.phase, ceo);
    if (refusal) throw fail.conflict(refusal);
    const people = await directory(ctx, tx);
    const leaders = [...people.values()].filter(
      (p) => p.status !== 'deactivated' && isReviewLeader({ id: p.id, role: p.role }, ceo),
    );
    const opened = await openReviewsFor(ctx, tx, cycle, leaders, true);
    const now = ctx.deps.clock.now();
    const row = await updateReviewCycle(tx, ctx.organisation.id, cycle.id, {
      phase: 'leaders',
      leadersOpenedAt: now,
      updatedAt: now,
    });
    await audit(ctx, tx, {
      action: 'open-leaders',
      entity: 'review_cycle',
      entityId: cycle.id,
      changes: { reviews: opened },
    });
    return presentCycle(ctx, row, await listReviews(tx, ctx.organisation.id, [cycle.id]), people);
  });
}

/** Opens the cycle for everyone else: refused until the CEO's own review is complete. */
export async function openForEveryone(ctx: OrgContext, id: string): Promise<ReviewCycle> {
  authorize(ctx, 'reviewCycle.manage');
  return ctx.deps.db.transaction(async (tx) => {
    const cycle = await requireCycle(ctx, id, tx);
    const ceo = ctx.organisation.ceoPersonId;
    const existing = await listReviews(tx, ctx.organisation.id, [cycle.id]);
    const ceoReview = existing.find((r) => r.personId === ceo) ?? null;
    const refusal = mayOpenForEveryone(cycle.phase, ceoReview?.state ?? null);
    if (refusal) throw fail.conflict(refusal, { ceoReviewState: ceoReview?.state ?? null });
    const people = await directory(ctx, tx);
    const reviewed = new Set(existing.map((r) => r.personId));
    const rest = [...people.values()].filter((p) => p.status !== 'deactivated' && !reviewed.has(p.id));
    const opened = await openReviewsFor(ctx, tx, cycle, rest, false);
    const now = ctx.deps.clock.now();
    const row = await updateReviewCycle(tx, ctx.organisation.id, cycle.id, {
      phase: 'everyone',
      everyoneOpenedAt: now,
      updatedAt: now,
    });
    await audit(ctx, tx, {
      action: 'open-everyone',
      entity: 'review_cycle',
      entityId: cycle.id,
      changes: { reviews: opened },
    });
    return presentCycle(ctx, row, await listReviews(tx, ctx.organisation.id, [cycle.id]), people);
  });
}

/** Closes a cycle: its reviews no longer change. */
export async function closeCycle(ctx: OrgContext, id: string): Promise<ReviewCycle> {
  authorize(ctx, 'reviewCycle.manage');
  return ctx.deps.db.transaction(async (tx) => {
    const cycle = await requireCycle(ctx, id, tx);
    const refusal = mayClose(cycle.phase);
    if (refusal) throw fail.conflict(refusal);
    const now = ctx.deps.clock.now();
    const row = await updateReviewCycle(tx, ctx.organisation.id, cycle.id, {
      phase: 'closed',
      closedAt: now,
      updatedAt: now,
    });
    await audit(ctx, tx, { action: 'close', entity: 'review_cycle', entityId: cycle.id });
    return presentCycle(
      ctx,
      row,
      await listReviews(tx, ctx.organisation.id, [cycle.id]),
      await directory(ctx, tx),
    );
  });
}

/** The actor's own reviews, and those whose manager assessment they write (an admin: also those with no reviewer). */
export async function listMyReviews(ctx: OrgContext): Promise<z.infer<typeof myReviews>> {
  authorize(ctx, 'review.read');
  const me = ctx.actor.personId;
  if (!me) return { mine: [], team: [] };
  const [cycles, people] = await Promise.all([
    listReviewCycles(ctx.deps.db, ctx.organisation.id),
    directory(ctx),
  ]);
  const byId = new Map(cycles.map((c) => [c.id, c]));
  const ceo = ctx.organisation.ceoPersonId;
  const rows = await listReviews(
    ctx.deps.db,
    ctx.organisation.id,
    cycles.filter((c) => c.phase !== 'draft').map((c) => c.id),
  );
  const admin = roleAtLeast(ctx.actor.role, 'admin');
  const present = (r: ReviewRow) => summary(r, byId.get(r.cycleId)!, people, ceo);
  const order = (a: ReviewRow, b: ReviewRow) =>
    b.cycleId.localeCompare(a.cycleId) ||
    (people.get(a.personId)?.name ?? '').localeCompare(people.get(b.personId)?.name ?? '');
  return {
    mine: rows
      .filter((r) => r.personId === me)
      .sort(order)
      .map(present),
    team: rows
      .filter(
        (r) => r.personId !== me && (r.reviewerPersonId === me || (admin && r.reviewerPersonId === null)),
      )
      .sort(order)
      .map(present),
  };
}

/** The review's objectives brought up to date: the person's current customer goals linked, removed ones kept. */
function syncObjectives(row: ReviewRow, goals: GoalRow[]): ReviewObjectiveValue[] {
  const live = new Map(goals.map((g) => [g.id, g]));
  const stored = (row.objectives as ReviewObjectiveValue[]).map((o) => {
    const g = o.goalId ? live.get(o.goalId) : undefined;
    if (o.goalId && !g) return { ...o, goalId: null };
    return g ? { ...o, title: g.title, metric: g.metric, customer: g.customer } : o;
  });
  // Goals set during the cycle join the section until the reviewer has submitted.
  if (row.state === 'not-started' || row.state === 'self-done') {
    const linked = new Set(stored.map((o) => o.goalId));
    for (const o of objectivesFrom(goals)) if (!linked.has(o.goalId)) stored.push(o);
  }
  return stored;
}

async function loadReview(ctx: OrgContext, id: string, db: Executor = ctx.deps.db) {
  const row = await findReview(db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('review');
  if (!maySee(ctx, row))
    throw fail.forbidden('a review is seen only by the person reviewed, their reviewer and admins');
  const cycle = await requireCycle(ctx, row.cycleId, db);
  const goals = await listGoalsOfPeople(db, ctx.organisation.id, [row.personId]);
  return { row, cycle, goals, objectives: syncObjectives(row, goals) };
}

/** One review: its customer objectives with live progress and the parts the actor may read. */
export async function getReview(ctx: OrgContext, id: string): Promise<Review> {
  authorize(ctx, 'review.read');
  const loaded = await loadReview(ctx, id);
  return presentReview(ctx, loaded);
}

async function presentReview(
  ctx: OrgContext,
  loaded: Awaited<ReturnType<typeof loadReview>>,
): Promise<Review> {
  const { row, cycle, goals, objectives } = loaded;
  const people = await directory(ctx);
  const o = await goalOwners(ctx);
  const live = new Map(goals.map((g) => [g.id, g]));
  const me = ctx.actor.personId;
  const subject = me === row.personId;
  // Each side's draft stays private until it is submitted.
  const showSelf = subject || row.state !== 'not-started';
  const showManager = !subject || row.state === 'manager-done' || row.state === 'complete';
  const actor = { personId: me, role: ctx.actor.role };
  const openRefusal = reviewIsOpen(cycle.phase, row.leader);
  const presentedObjectives = [];
  for (const ob of objectives) {
    const g = ob.goalId ? live.get(ob.goalId) : undefined;
    presentedObjectives.push({
      goalId: ob.goalId,
      title: ob.title,
      metric: ob.metric,
      customer: ob.customer,
      goal: g ? await presentGoal(ctx, g, o) : null,
      self: showSelf ? ob.self : null,
      manager: showManager ? ob.manager : null,
    });
  }
  return {
    ...summary(row, cycle, people, ctx.organisation.ceoPersonId),
    cycle: {
      id: cycle.id,
      name: cycle.name,
      phase: cycle.phase,
      startDate: cycle.startDate,
      endDate: cycle.endDate,
    },
    openRefusal,
    objectives: presentedObjectives,
    self: showSelf
      ? { rating: row.selfRating, text: row.selfText, submittedAt: iso(row.selfSubmittedAt) }
      : { rating: null, text: '', submittedAt: null },
    manager: showManager
      ? { rating: row.managerRating, text: row.managerText, submittedAt: iso(row.managerSubmittedAt) }
      : null,
    may: {
      writeSelf: !openRefusal && row.state === 'not-started' && mayWritePart(actor, row, 'self') === null,
      writeManager:
        !openRefusal &&
        (row.state === 'not-started' || row.state === 'self-done') &&
        mayWritePart(actor, row, 'manager') === null,
      signOff: !openRefusal && row.state === 'manager-done' && mayWritePart(actor, row, 'self') === null,
    },
  };
}

/** Saves (and with `submit`, submits) the self or the manager part of a review. */
export async function saveReviewPart(
  ctx: OrgContext,
  id: string,
  part: ReviewPart,
  input: z.output<typeof saveReviewPartBody>,
): Promise<Review> {
  authorize(ctx, 'review.write');
  await ctx.deps.db.transaction(async (tx) => {
    const loaded = await loadReview(ctx, id, tx);
    const { row, cycle } = loaded;
    const refusal = mayWritePart({ personId: ctx.actor.personId, role: ctx.actor.role }, row, part);
    if (refusal) throw fail.forbidden(refusal);
    const closed = reviewIsOpen(cycle.phase, row.leader);
    if (closed) throw fail.conflict(closed);
    const editable = part === 'self' ? ['not-started'] : ['not-started', 'self-done'];
    if (!editable.includes(row.state))
      throw fail.conflict(
        part === 'self'
          ? 'the self assessment is already submitted'
          : 'the manager assessment is already submitted',
      );
    const byGoal = new Map(loaded.objectives.map((o) => [o.goalId, o]));
    for (const given of input.objectives)
      if (!byGoal.has(given.goalId))
        throw fail.invalid(`goal ${given.goalId} is not a customer objective of this review`);
    const assessed = new Map(
      input.objectives.map((g) => [g.goalId, { rating: g.rating, comment: g.comment }]),
    );
    const objectives = loaded.objectives.map((o) => {
      const a = o.goalId ? assessed.get(o.goalId) : undefined;
      return a ? { ...o, [part]: a } : o;
    });
    const overall = { rating: input.rating, comment: input.text };
    const now = ctx.deps.clock.now();
    const values: Parameters<typeof updateReview>[3] =
      part === 'self'
        ? { selfRating: input.rating, selfText: input.text, objectives, updatedAt: now }
        : { managerRating: input.rating, managerText: input.text, objectives, updatedAt: now };
    if (input.submit) {
      const problems = customerSectionProblems(
        objectives.map((o) => ({ title: o.title, customer: o.customer, assessment: o[part] })),
        overall,
      );
      if (problems.length > 0)
        throw fail.invalid(`the review cannot be submitted yet: ${problems.join('; ')}`, { problems });
      const next = reviewTransition(row.state, part === 'self' ? 'submit-self' : 'submit-manager');
      if (!next.ok) throw fail.conflict(next.refusal);
      values.state = next.state;
      if (part === 'self') values.selfSubmittedAt = now;
      else values.managerSubmittedAt = now;
    }
    await updateReview(tx, ctx.organisation.id, row.id, values);
    await audit(ctx, tx, {
      action: input.submit ? `submit-${part}` : `save-${part}`,
      entity: 'review',
      entityId: row.id,
    });
  });
  return getReview(ctx, id);
}

/** The person signs their review off once both assessments are in: it is complete. */
export async function signOffReview(ctx: OrgContext, id: string): Promise<Review> {
  authorize(ctx, 'review.write');
  await ctx.deps.db.transaction(async (tx) => {
    const { row, cycle } = await loadReview(ctx, id, tx);
    if (ctx.actor.personId !== row.personId && !roleAtLeast(ctx.actor.role, 'admin'))
      throw fail.forbidden('only the person reviewed (or an admin) signs a review off');
    const closed = reviewIsOpen(cycle.phase, row.leader);
    if (closed) throw fail.conflict(closed);
    const next = reviewTransition(row.state, 'sign-off');
    if (!next.ok) throw fail.conflict(next.refusal);
    const now = ctx.deps.clock.now();
    await updateReview(tx, ctx.organisation.id, row.id, {
      state: next.state,
      completedAt: now,
      updatedAt: now,
    });
    await audit(ctx, tx, { action: 'sign-off', entity: 'review', entityId: row.id });
  });
  return getReview(ctx, id);
}
