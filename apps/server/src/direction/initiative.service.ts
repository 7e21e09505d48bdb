import type {
  createInitiativeBody,
  Initiative,
  updateInitiativeBody,
} from '@centric/contracts/direction/initiative.schemas';
import { fail } from '@centric/core/errors';
import type { Executor } from '@centric/db/database';
import { listDirectory } from '@centric/db/direction/directory.repository';
import {
  findInitiative,
  type InitiativeRow,
  insertInitiative,
  listInitiatives,
  updateInitiative as updateInitiativeRow,
} from '@centric/db/direction/initiative.repository';
import { listVisions } from '@centric/db/direction/vision.repository';
import { loadMetricCatalogue } from '@centric/db/metrics/metric-catalogue.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { captureBaseline, checkTargetFilters, readBeforeAfter, readTarget, todayOf } from './target-reading';

/** Names of the organisation's people, by id. */
export type Names = Map<string, string>;

/** Names of everyone in the organisation. */
export async function namesOf(ctx: OrgContext, db: Executor = ctx.deps.db): Promise<Names> {
  return new Map((await listDirectory(db, ctx.organisation.id)).map((p) => [p.id, p.name]));
}

/** An initiative with its live progress (and its before/after once done or past due). */
export async function presentInitiative(
  ctx: OrgContext,
  row: InitiativeRow,
  names: Names,
): Promise<Initiative> {
  const target = await readTarget(ctx, row);
  const finished = row.status === 'done' || todayOf(ctx) > row.dueDate;
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    id: row.id,
    pillarKey: row.pillarKey,
    title: row.title,
    description: row.description,
    rank: row.rank,
    kind: row.kind,
    status: row.status,
    ownerPersonId: row.ownerPersonId,
    ownerName: name(row.ownerPersonId),
    sponsorPersonId: row.sponsorPersonId,
    sponsorName: name(row.sponsorPersonId),
    unitIds: row.unitIds,
    roles: row.roles.map((r) => ({ ...r, name: name(r.personId) })),
    budget: row.budget,
    milestones: row.milestones,
    target,
    beforeAfter: finished ? await readBeforeAfter(ctx, row, target.direction) : null,
  };
}

/** The ranked action plan with live progress. */
export async function listActionPlan(ctx: OrgContext): Promise<{ items: Initiative[] }> {
  authorize(ctx, 'initiative.read');
  const [rows, names] = await Promise.all([listInitiatives(ctx.deps.db, ctx.organisation.id), namesOf(ctx)]);
  const items: Initiative[] = [];
  for (const row of rows) items.push(await presentInitiative(ctx, row, names));
  return { items };
}

/** One initiative with live progress. */
export async function getInitiative(ctx: OrgContext, id: string): Promise<Initiative> {
  authorize(ctx, 'initiative.read');
  const row = await findInitiative(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('initiative');
  return presentInitiative(ctx, row, await namesOf(ctx));
}

/** Checks that the people and units an initiative names belong to the organisation. */
async function checkReferences(
  ctx: OrgContext,
  tx: Executor,
  input: {
    ownerPersonId?: string | null | undefined;
    sponsorPersonId?: string | null | undefined;
    unitIds?: string[] | undefined;
    roles?: { personId: string }[] | undefined;
  },
) {
  const people = new Map((await listDirectory(tx, ctx.organisation.id)).map((p) => [p.id, p]));
  const ids = [input.ownerPersonId, input.sponsorPersonId, ...(input.roles ?? []).map((r) => r.personId)];
  for (const id of ids) if (id && !people.has(id)) throw fail.invalid(`person ${id} does not exist`);
  const sponsor = input.sponsorPersonId ? people.get(input.sponsorPersonId) : undefined;
  if (sponsor && !['owner', 'admin', 'executive'].includes(sponsor.role))
    throw fail.invalid(`${sponsor.name} is not an executive and cannot sponsor an initiative`);
  if (input.unitIds?.length) {
    const units = new Set((await loadMetricCatalogue(tx, ctx.organisation.id)).units.map((u) => u.id));
    for (const id of input.unitIds) if (!units.has(id)) throw fail.invalid(`unit ${id} does not exist`);
  }
}

/** Adds an initiative under a pillar; its baseline is captured from the metrics engine unless given. */
export async function createInitiative(
  ctx: OrgContext,
  input: z.output<typeof createInitiativeBody>,
): Promise<Initiative> {
  authorize(ctx, 'initiative.write');
  const t = input.target;
  await checkTargetFilters(ctx, t.metric, t.filters);
  const baseline = t.baseline ?? (await captureBaseline(ctx, t));
  const row = await ctx.deps.db.transaction(async (tx) => {
    const visions = await listVisions(tx, ctx.organisation.id);
    const current =
      visions.find((v) => v.status === 'published') ?? visions.find((v) => v.status === 'draft');
    if (!current) throw fail.conflict('write the vision and its pillars before the action plan');
    if (!current.pillars.some((p) => p.key === input.pillarKey))
      throw fail.invalid(
        `pillar ${input.pillarKey} is not in the vision (pillars: ${current.pillars.map((p) => p.key).join(', ')})`,
      );
    await checkReferences(ctx, tx, input);
    const existing = await listInitiatives(tx, ctx.organisation.id);
    const now = ctx.deps.clock.now();
    const inserted = await insertInitiative(tx, {
      organisationId: ctx.organisation.id,
      pillarKey: input.pillarKey,
      title: input.title,
      description: input.description,
      rank: input.rank ?? existing.reduce((m, r) => Math.max(m, r.rank), 0) + 1,
      kind: input.kind,
      status: input.status,
      ownerPersonId: input.ownerPersonId,
      sponsorPersonId: input.sponsorPersonId,
      unitIds: input.unitIds,
      roles: input.roles,
      budget: input.budget,
      milestones: input.milestones,
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
    await audit(ctx, tx, { action: 'create', entity: 'initiative', entityId: inserted.id });
    return inserted;
  });
  return presentInitiative(ctx, row, await namesOf(ctx));
}

/** Changes an initiative's plan (rank, people, units, milestones, status); the target stays as set. */
export async function updateInitiative(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updateInitiativeBody>,
): Promise<Initiative> {
  authorize(ctx, 'initiative.write');
  const row = await ctx.deps.db.transaction(async (tx) => {
    if (!(await findInitiative(tx, ctx.organisation.id, id))) throw fail.notFound('initiative');
    await checkReferences(ctx, tx, input);
    const updated = await updateInitiativeRow(tx, ctx.organisation.id, id, input);
    await audit(ctx, tx, {
      action: 'update',
      entity: 'initiative',
      entityId: id,
      changes: { fields: Object.keys(input) },
    });
    return updated;
  });
  return presentInitiative(ctx, row, await namesOf(ctx));
}

/** The wins feed: quick wins and pilots that reached their target, best first. */
export async function listWins(ctx: OrgContext) {
  authorize(ctx, 'initiative.read');
  const rows = (await listInitiatives(ctx.deps.db, ctx.organisation.id)).filter(
    (r) => (r.kind === 'quick-win' || r.kind === 'pilot') && r.status !== 'stopped',
  );
  const items = [];
  for (const row of rows) {
    const t = await readTarget(ctx, row);
    if (t.status === 'met')
      items.push({
        initiativeId: row.id,
        title: row.title,
        kind: row.kind,
        metric: row.metric,
        baseline: t.baseline,
        current: t.current,
        target: t.target,
      });
  }
  return { items };
}

/** Filters without absent keys, as stored. */
export function stripUndefined(filters: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}
