import { idParams } from '@centric/contracts/common/fields';
import {
  createIncentivePlanBody,
  incentiveActuals,
  incentiveActualsQuery,
  incentivePlan,
  incentivePlanList,
  simulationBody,
  simulationResult,
  updateIncentivePlanBody,
} from '@centric/contracts/direction/incentive.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createPlan, listPlans, readActuals, simulatePlan, updatePlan } from './incentive.service';

/** Routes of incentive plans and their payout simulation. */
export function incentiveRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['direction'];
  app.get(
    '/api/v1/direction/incentive-plans',
    {
      schema: {
        tags,
        summary: 'Incentive plans per role, each warned when it rewards no customer metric',
        security: SECURED,
        response: { 200: incentivePlanList, ...ERRORS },
      },
    },
    async (req) => listPlans(await ctx(req)),
  );
  app.post(
    '/api/v1/direction/incentive-plans',
    {
      schema: {
        tags,
        summary: 'Add an incentive plan: weights across metrics with thresholds, targets and caps',
        security: SECURED,
        body: createIncentivePlanBody,
        response: { 201: incentivePlan, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createPlan(await ctx(req), req.body)),
  );
  app.put(
    '/api/v1/direction/incentive-plans/:id',
    {
      schema: {
        tags,
        summary: 'Change a plan: its name, role, pool and weights across metrics',
        security: SECURED,
        params: idParams,
        body: updateIncentivePlanBody,
        response: { 200: incentivePlan, ...ERRORS },
      },
    },
    async (req) => updatePlan(await ctx(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/direction/incentive-actuals',
    {
      schema: {
        tags,
        summary: 'Actual results over the last 90 days (organisation or unit) to simulate payouts from',
        security: SECURED,
        querystring: incentiveActualsQuery,
        response: { 200: incentiveActuals, ...ERRORS },
      },
    },
    async (req) => readActuals(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/direction/incentive-plans/:id/simulation',
    {
      schema: {
        tags,
        summary: 'Simulate a plan’s payout from actual results',
        security: SECURED,
        params: idParams,
        body: simulationBody,
        response: { 200: simulationResult, ...ERRORS },
      },
    },
    async (req) => simulatePlan(await ctx(req), req.params.id, req.body),
  );
}
