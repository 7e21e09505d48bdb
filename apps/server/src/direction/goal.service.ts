import type {
  createGoalBody,
  Goal,
  standingList,
  updateGoalBody,
} from '@centric/contracts/direction/goal.schemas';
import { goalAttainment } from '@centric/core/direction/index';
import { fail } from '@centric/core/errors';
import { listDirectory } from '@centric/db/direction/directory.repository';
import {
  deleteGoal,
  findGoal,
  findInitiative,
  type GoalRow,
  insertGoal,
  listGoals,
  updateGoal,
} from '@centric/db/direction/initiative.repository';
import { loadMetricCatalogue } from '@centric/db/metrics/metric-catalogue.repository';
import type { z } from 'zod';
import { authorize, unitScope } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { stripUndefined } from './initiative.service';
import { captureBaseline, checkTargetFilters, readTarget } from './target-reading';

/** Who owns goals: units and people by id, with names and unit paths. */
export async function goalOwners(ctx: OrgContext) {
  const [people, catalogue] = await Promise.all([
    listDirectory(ctx.deps.db, ctx.organisation.id),
    loadMetricCatalogue(ctx.deps.db, ctx.organisation.id),
  ]);
  const units = new Map(catalogue.units.map((u) => [u.id, u]));
  return { people: new Map(people.map((p) => [p.id, p])), units };
}
export type Owners = Awaited<ReturnType<typeof goalOwners>>;

/** A goal with its live progress. */
export async function presentGoal(ctx: OrgContext, row: GoalRow, o: Owners): Promise<Goal> {
  return {
    id: row.id,
    title: row.title,
    unitId: row.unitId,
    personId: row.personId,
    ownerName: row.unitId
      ? (o.units.get(row.unitId)?.name ?? null)
      : row.personId
        ? (o.people.get(row.personId)?.name ?? null)
        : null,
    initiativeId: row.initiativeId,
    weight: row.weight,
    customer: row.customer,
    target: await readTarget(ctx, row),
  };
}

/** The goals the actor may see: all of them from executive up, else those in their unit's subtree. */
async function visibleGoals(ctx: OrgContext, o: Owners): Promise<GoalRow[]> {
  const rows = await listGoals(ctx.deps.db, ctx.organisation.id);
  const scope = await unitScope(ctx, 'metric.read');
  if (!scope) return rows;
  const prefix = scope.slice(0, -1);
  const inScope = (unitId: string | null) => !!unitId && !!o.units.get(unitId)?.path.startsWith(prefix);
  return rows.filter((g) => inScope(g.unitId) || inScope(o.people.get(g.personId ?? '')?.unitId ?? null));
}

/** The goals of units and people with live progress. */
export async function listUnitAndPersonGoals(ctx: OrgContext): Promise<{ items: Goal[] }> {
  authorize(ctx, 'goal.read');
  const o = await goalOwners(ctx);
  const items: Goal[] = [];
  for (const row of await visibleGoals(ctx, o)) items.push(await presentGoal(ctx, row, o));
  return { items };
}

/** Sets a goal for a unit or a person; a manager only within their own part of the organisation. */
export async function createGoal(ctx: OrgContext, input: z.output<typeof createGoalBody>): Promise<Goal> {
  authorize(ctx, 'goal.write');
  const o = await goalOwners(ctx);
  const unitId = input.unitId ?? (input.personId ? o.people.get(input.personId)?.unitId : undefined) ?? null;
  if (input.unitId && !o.units.has(input.unitId)) throw fail.invalid(`unit ${input.unitId} does not exist`);
  if (input.personId && !o.people.has(input.personId))
    throw fail.invalid(`person ${input.personId} does not exist`);
  const scope = await unitScope(ctx, 'metric.read');
  if (scope && !(unitId && o.units.get(unitId)?.path.startsWith(scope.slice(0, -1))))
    throw fail.forbidden('you can set goals only within your part of the organisation');
  if (input.initiativeId && !(await findInitiative(ctx.deps.db, ctx.organisation.id, input.initiativeId)))
    throw fail.invalid(`initiative ${input.initiativeId} does not exist`);
  const t = input.target;
  await checkTargetFilters(ctx, t.metric, t.filters);
  const baseline = t.baseline ?? (await captureBaseline(ctx, t));
  const row = await ctx.deps.db.transaction(async (tx) => {
    const now = ctx.deps.clock.now();
    const inserted = await insertGoal(tx, {
      organisationId: ctx.organisation.id,
      title: input.title,
      unitId: input.unitId ?? null,
      personId: input.personId ?? null,
      initiativeId: input.initiativeId ?? null,
      weight: input.weight,
      customer: input.customer,
      metric: t.metric,
      filters: stripUndefined(t.filters),
      windowDays: t.windowDays,
      baseline,
      target: t.target,
      startDate: t.startDate,
      dueDate: t.dueDate,
      createdAt: now,
      updatedAt: now,
    });
    await audit(ctx, tx, { action: 'create', entity: 'goal', entityId: inserted.id });
    return inserted;
  });
  return presentGoal(ctx, row, o);
}

/** A goal the actor may change: a manager only within their own part of the organisation. */
async function changeableGoal(ctx: OrgContext, id: string, o: Owners): Promise<GoalRow> {
  const row = await findGoal(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('goal');
  const scope = await unitScope(ctx, 'metric.read');
  if (!scope) return row;
  const unitId = row.unitId ?? o.people.get(row.personId ?? '')?.unitId ?? null;
  if (!(unitId && o.units.get(unitId)?.path.startsWith(scope.slice(0, -1))))
    throw fail.forbidden('you can change goals only within your part of the organisation');
  return row;
}

/** Changes a goal's title, target, weight, due date or customer flag; the baseline stays as captured. */
export async function editGoal(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updateGoalBody>,
): Promise<Goal> {
  authorize(ctx, 'goal.write');
  const o = await goalOwners(ctx);
  const existing = await changeableGoal(ctx, id, o);
  const dueDate = input.dueDate ?? existing.dueDate;
  if (dueDate < existing.startDate)
    throw fail.invalid(`the due date must not be before the start date (${existing.startDate})`);
  const row = await ctx.deps.db.transaction(async (tx) => {
    const changes = Object.fromEntries(
      Object.entries({
        title: input.title,
        target: input.target,
        dueDate: input.dueDate,
        weight: input.weight,
        customer: input.customer,
      }).filter(([, v]) => v !== undefined),
    ) as Partial<Pick<GoalRow, 'title' | 'target' | 'dueDate' | 'weight' | 'customer'>>;
    const updated = await updateGoal(tx, ctx.organisation.id, id, {
      ...changes,
      updatedAt: ctx.deps.clock.now(),
    });
    await audit(ctx, tx, { action: 'update', entity: 'goal', entityId: id, changes });
    return updated;
  });
  return presentGoal(ctx, row, o);
}

/** Removes a goal (reviews that linked it keep their snapshot of it). */
export async function removeGoal(ctx: OrgContext, id: string): Promise<void> {
  authorize(ctx, 'goal.write');
  const o = await goalOwners(ctx);
  await changeableGoal(ctx, id, o);
  await ctx.deps.db.transaction(async (tx) => {
    await deleteGoal(tx, ctx.organisation.id, id);
    await audit(ctx, tx, { action: 'delete', entity: 'goal', entityId: id });
  });
}

/** How far off the baseline every unit and person with goals is, furthest behind first. */
export async function listStandings(ctx: OrgContext): Promise<z.infer<typeof standingList>> {
  authorize(ctx, 'goal.read');
  const o = await goalOwners(ctx);
  const byOwner = new Map<string, { kind: 'unit' | 'person'; id: string; goals: Goal[] }>();
  for (const row of await visibleGoals(ctx, o)) {
    const goal = await presentGoal(ctx, row, o);
    const kind = row.unitId ? 'unit' : 'person';
    const id = (row.unitId ?? row.personId)!;
    const entry = byOwner.get(`${kind}:${id}`) ?? { kind, id, goals: [] };
    entry.goals.push(goal);
    byOwner.set(`${kind}:${id}`, entry);
  }
  const items = [...byOwner.values()].map((e) => {
    const a = goalAttainment(
      e.goals.map((g) => ({
        weight: g.weight,
        customer: g.customer,
        progress: g.target.progress === null ? null : Math.min(1, Math.max(0, g.target.progress)),
      })),
    );
    return {
      ownerKind: e.kind,
      ownerId: e.id,
      ownerName: e.goals[0]!.ownerName,
      goals: e.goals.length,
      attainment: a.score,
      customerShare: a.customerShare,
      belowBaseline: e.goals.filter((g) => (g.target.improvement ?? 0) < 0).length,
      improvements: e.goals.map((g) => ({
        goalId: g.id,
        metric: g.target.metric,
        improvement: g.target.improvement,
        status: g.target.status,
      })),
    };
  });
  items.sort((x, y) => (x.attainment ?? -1) - (y.attainment ?? -1) || y.belowBaseline - x.belowBaseline);
  return { items };
}
