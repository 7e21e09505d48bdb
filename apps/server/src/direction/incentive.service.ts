import type {
  createIncentivePlanBody,
  incentivePlan,
  simulationBody,
  simulationResult,
} from '@centric/contracts/direction/incentive.schemas';
import {
  customerWeightShare,
  type IncentiveComponent,
  noCustomerMetricWarning,
  simulatePayout,
} from '@centric/core/direction/index';
import { fail } from '@centric/core/errors';
import {
  findIncentivePlan,
  type IncentivePlanRow,
  insertIncentivePlan,
  listIncentivePlans,
} from '@centric/db/direction/incentive.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';

type Plan = z.infer<typeof incentivePlan>;

function componentsOf(row: IncentivePlanRow): IncentiveComponent[] {
  return row.components as IncentiveComponent[];
}

/** A plan with its customer share and, when it rewards no customer metric, the warning. */
function present(row: IncentivePlanRow): Plan {
  const components = componentsOf(row);
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    pool: row.pool,
    components,
    customerShare: customerWeightShare(components),
    warning: noCustomerMetricWarning(components),
  };
}

/** The organisation's incentive plans with their warnings. */
export async function listPlans(ctx: OrgContext): Promise<{ items: Plan[] }> {
  authorize(ctx, 'incentive.read');
  return { items: (await listIncentivePlans(ctx.deps.db, ctx.organisation.id)).map(present) };
}

/** Adds an incentive plan for a role (a plan without a customer metric is kept, with its warning). */
export async function createPlan(
  ctx: OrgContext,
  input: z.output<typeof createIncentivePlanBody>,
): Promise<Plan> {
  authorize(ctx, 'incentive.write');
  return ctx.deps.db.transaction(async (tx) => {
    const now = ctx.deps.clock.now();
    const row = await insertIncentivePlan(tx, {
      organisationId: ctx.organisation.id,
      name: input.name,
      role: input.role,
      pool: input.pool,
      components: input.components,
      createdAt: now,
      updatedAt: now,
    });
    await audit(ctx, tx, { action: 'create', entity: 'incentive_plan', entityId: row.id });
    return present(row);
  });
}

/** Simulates a plan's payout from actual results. */
export async function simulatePlan(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof simulationBody>,
): Promise<z.infer<typeof simulationResult>> {
  authorize(ctx, 'incentive.read');
  const row = await findIncentivePlan(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('incentive plan');
  const components = componentsOf(row);
  const sim = simulatePayout(components, input.actuals, row.pool);
  return { planId: row.id, ...sim, warning: noCustomerMetricWarning(components) };
}
