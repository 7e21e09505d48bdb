import { INCENTIVE_METRICS } from '@centric/core/direction/incentive-payout';
import { ROLES } from '@centric/core/organisation/roles';
import { z } from 'zod';
import { id } from '../common/fields';

const metric = z.enum(Object.keys(INCENTIVE_METRICS) as [keyof typeof INCENTIVE_METRICS]);

/** One weighted metric of a plan. */
export const incentiveComponent = z
  .object({
    metric,
    weight: z.number().min(0).max(1000),
    threshold: z.number().describe('the value at which it starts paying'),
    target: z.number().describe('the value at which it pays 100 %'),
    cap: z.number().min(1).max(10).default(1.5).describe('the largest payout factor (1.5 = 150 %)'),
  })
  .refine((c) => c.threshold !== c.target, {
    message: 'the threshold must differ from the target',
    path: ['target'],
  });

/** Body of POST /direction/incentive-plans. */
export const createIncentivePlanBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    pool: z.number().min(0).describe('bonus at 100 %, per person, in the organisation’s currency'),
    components: z.array(incentiveComponent).min(1).max(20),
  })
  .refine((p) => p.components.some((c) => c.weight > 0), {
    message: 'at least one weight must be above zero',
    path: ['components'],
  });

/** Body of PUT /direction/incentive-plans/{id}: the whole plan again (weights across metrics and all). */
export const updateIncentivePlanBody = createIncentivePlanBody;

/** Query of GET /direction/incentive-actuals: the unit whose results to read (the organisation when omitted). */
export const incentiveActualsQuery = z.object({ unit: id.optional() });

/** Answer of GET /direction/incentive-actuals: the live results a simulation can start from. */
export const incentiveActuals = z.object({
  unitId: id.nullable(),
  from: z.string(),
  to: z.string(),
  actuals: z.partialRecord(metric, z.number().nullable()),
  notes: z.array(z.string()).describe('which results are not measured by Centric and must be entered'),
});

/** An incentive plan with its warning. */
export const incentivePlan = z.object({
  id,
  name: z.string(),
  role: z.enum(ROLES),
  pool: z.number(),
  components: z.array(
    z.object({ metric, weight: z.number(), threshold: z.number(), target: z.number(), cap: z.number() }),
  ),
  customerShare: z.number().describe('share of the weight on customer metrics'),
  warning: z.string().nullable().describe('set when the plan rewards no customer metric'),
});
/** Answer of GET /direction/incentive-plans. */
export const incentivePlanList = z.object({ items: z.array(incentivePlan) });

/** Body of POST /direction/incentive-plans/{id}/simulation: actual results per metric. */
export const simulationBody = z.object({
  actuals: z.partialRecord(metric, z.number().nullable()),
});

/** Answer of the simulation. */
export const simulationResult = z.object({
  planId: id,
  factor: z.number().describe('weighted payout factor (1 = target pay)'),
  amount: z.number(),
  customerShare: z.number(),
  warning: z.string().nullable(),
  components: z.array(
    z.object({
      metric,
      share: z.number(),
      actual: z.number().nullable(),
      factor: z.number(),
      amount: z.number(),
    }),
  ),
});
