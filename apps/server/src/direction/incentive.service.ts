import type { ClvFit } from '@centric/contracts/clv/clv.schemas';
import type {
  createIncentivePlanBody,
  incentiveActuals,
  incentiveActualsQuery,
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
import { addDays } from '@centric/core/metrics/index';
import { caseStats } from '@centric/core/voice/case-stats';
import { caseFacts } from '@centric/db/cases/case.repository';
import { findLatestSuccessfulClvFit } from '@centric/db/clv/clv.repository';
import {
  findIncentivePlan,
  type IncentivePlanRow,
  insertIncentivePlan,
  listIncentivePlans,
  updateIncentivePlan,
} from '@centric/db/direction/incentive.repository';
import { findUnit } from '@centric/db/units/unit.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { readMetricValue, todayOf } from './target-reading';

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

/** Replaces a plan's name, role, pool and weighted components. */
export async function updatePlan(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof createIncentivePlanBody>,
): Promise<Plan> {
  authorize(ctx, 'incentive.write');
  return ctx.deps.db.transaction(async (tx) => {
    const existing = await findIncentivePlan(tx, ctx.organisation.id, id);
    if (!existing) throw fail.notFound('incentive plan');
    const row = await updateIncentivePlan(tx, ctx.organisation.id, id, {
      name: input.name,
      role: input.role,
      pool: input.pool,
      components: input.components,
      updatedAt: ctx.deps.clock.now(),
    });
    await audit(ctx, tx, {
      action: 'update',
      entity: 'incentive_plan',
      entityId: id,
      changes: { components: input.components.map((c) => `${c.metric}:${c.weight}`) },
    });
    return present(row);
  });
}

/** Days of results behind each actual: the last 90 days, against the 90 before for the NPS change. */
const ACTUALS_WINDOW = 90;

/**
 * The actual results a payout simulation starts from, for the organisation or one unit: NPS, its change,
 * CSAT, effort, detractor share and eNPS from the rollups over the last 90 days, the median hours to contact a
 * detractor from the cases, and the mean customer lifetime value of the latest fit. Revenue, margin and
 * retention are not measured by Centric and are left to be entered.
 */
export async function readActuals(
  ctx: OrgContext,
  query: z.output<typeof incentiveActualsQuery>,
): Promise<z.infer<typeof incentiveActuals>> {
  authorize(ctx, 'incentive.read');
  const unit = query.unit ? await findUnit(ctx.deps.db, ctx.organisation.id, query.unit) : null;
  if (query.unit && !unit) throw fail.invalid(`unit ${query.unit} does not exist`);
  const filters: Record<string, string> = unit ? { unit: unit.id } : {};
  const to = todayOf(ctx);
  const from = addDays(to, -(ACTUALS_WINDOW - 1));
  const before = { from: addDays(from, -ACTUALS_WINDOW), to: addDays(from, -1) };
  const [nps, npsBefore, csat, ces, detractors, enps] = await Promise.all([
    readMetricValue(ctx, 'nps', filters, from, to),
    readMetricValue(ctx, 'nps', filters, before.from, before.to),
    readMetricValue(ctx, 'csat', filters, from, to),
    readMetricValue(ctx, 'ces', filters, from, to),
    readMetricValue(ctx, 'detractor-share', filters, from, to),
    readMetricValue(ctx, 'enps', filters, from, to),
  ]);
  const cases = await caseFacts(ctx.deps.db, ctx.organisation.id, unit ? `${unit.path}%` : undefined);
  const since = new Date(`${from}T00:00:00Z`).getTime();
  const stats = caseStats(
    cases
      .filter((c) => c.openedAt.getTime() >= since)
      .map((c) => ({
        openedAt: c.openedAt,
        contactedAt: c.contactedAt,
        closed: false,
        overdue: false,
        recovered: null,
      })),
  );
  const fit = await findLatestSuccessfulClvFit(ctx.deps.db, ctx.organisation.id);
  const breakdown = (fit?.breakdown as ClvFit['breakdown']) ?? null;
  const clvGroup = unit ? breakdown?.byUnit.find((g) => g.unitId === unit.id) : breakdown?.total;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    unitId: unit?.id ?? null,
    from,
    to,
    actuals: {
      nps: round(nps),
      'nps-change': nps === null || npsBefore === null ? null : round(nps - npsBefore),
      csat: round(csat),
      ces: ces === null ? null : Math.round(ces * 100) / 100,
      'detractor-share': round(detractors),
      enps: round(enps),
      'time-to-contact': round(stats.medianHoursToContact),
      clv: clvGroup ? Math.round(clvGroup.meanClv) : null,
    },
    notes: [
      'Revenue, margin and retention are not measured by Centric: enter them to simulate.',
      ...(enps === null ? ['eNPS is shown only for groups of five answers or more.'] : []),
    ],
  };
}
