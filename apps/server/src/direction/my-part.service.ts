import type { myPart, PART_ROLES } from '@centric/contracts/direction/goal.schemas';
import { goalAttainment } from '@centric/core/direction/index';
import { listDirectory } from '@centric/db/direction/directory.repository';
import { listGoals, listInitiatives } from '@centric/db/direction/initiative.repository';
import { loadMetricCatalogue } from '@centric/db/metrics/metric-catalogue.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { presentGoal } from './goal.service';
import { presentInitiative } from './initiative.service';

type PartRole = (typeof PART_ROLES)[number];

/**
 * The initiatives and goals the signed-in person owns or contributes to, and their role in each: owner,
 * sponsor, a RACI role, or "unit" when their unit (or a unit above it, such as their region) takes part or is
 * the one the target measures.
 */
export async function getMyPart(ctx: OrgContext): Promise<z.infer<typeof myPart>> {
  authorize(ctx, 'initiative.read');
  const me = ctx.actor.personId;
  if (!me) return { personId: null, initiatives: [], goals: [], attainment: null };
  const [people, catalogue, initiatives, goals] = await Promise.all([
    listDirectory(ctx.deps.db, ctx.organisation.id),
    loadMetricCatalogue(ctx.deps.db, ctx.organisation.id),
    listInitiatives(ctx.deps.db, ctx.organisation.id),
    listGoals(ctx.deps.db, ctx.organisation.id),
  ]);
  const units = new Map(catalogue.units.map((u) => [u.id, u]));
  const myUnit = ctx.actor.unitId ? units.get(ctx.actor.unitId) : undefined;
  // My unit and every unit above it: a region's initiative is the work of each of its stores.
  const mine = (unitId: string | undefined) => {
    const u = unitId ? units.get(unitId) : undefined;
    return !!(u && myUnit?.path.startsWith(u.path));
  };
  const names = new Map(people.map((p) => [p.id, p.name]));
  const parts = [];
  for (const row of initiatives) {
    if (row.status === 'stopped') continue;
    const roles: PartRole[] = [];
    if (row.ownerPersonId === me) roles.push('owner');
    if (row.sponsorPersonId === me) roles.push('sponsor');
    for (const r of row.roles) if (r.personId === me && !roles.includes(r.role)) roles.push(r.role);
    if (row.unitIds.some(mine) || mine(row.filters.unit)) roles.push('unit');
    if (roles.length > 0) parts.push({ roles, initiative: await presentInitiative(ctx, row, names) });
  }
  const owners = { people: new Map(people.map((p) => [p.id, p])), units };
  const myGoals = [];
  for (const row of goals)
    if (row.personId === me || (row.unitId && row.unitId === myUnit?.id))
      myGoals.push(await presentGoal(ctx, row, owners));
  const attainment = goalAttainment(
    myGoals.map((g) => ({
      weight: g.weight,
      customer: g.customer,
      progress: g.target.progress === null ? null : Math.min(1, Math.max(0, g.target.progress)),
    })),
  ).score;
  return { personId: me, initiatives: parts, goals: myGoals, attainment };
}
