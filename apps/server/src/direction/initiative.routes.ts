import { idParams } from '@centric/contracts/common/fields';
import {
  createInitiativeBody,
  initiative,
  initiativeList,
  updateInitiativeBody,
  winList,
} from '@centric/contracts/direction/initiative.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import {
  createInitiative,
  getInitiative,
  listActionPlan,
  listWins,
  updateInitiative,
} from './initiative.service';

/** Routes of the action plan: initiatives with live progress, and the wins feed. */
export function initiativeRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['direction'];
  app.get(
    '/api/v1/direction/initiatives',
    {
      schema: {
        tags,
        summary: 'The ranked action plan with live progress of every target',
        security: SECURED,
        response: { 200: initiativeList, ...ERRORS },
      },
    },
    async (req) => listActionPlan(await ctx(req)),
  );
  app.post(
    '/api/v1/direction/initiatives',
    {
      schema: {
        tags,
        summary: 'Add an initiative with a target bound to a live metric (baseline captured at the start)',
        security: SECURED,
        body: createInitiativeBody,
        response: { 201: initiative, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createInitiative(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/direction/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'An initiative with live progress and, once finished, its before/after comparison',
        security: SECURED,
        params: idParams,
        response: { 200: initiative, ...ERRORS },
      },
    },
    async (req) => getInitiative(await ctx(req), req.params.id),
  );
  app.patch(
    '/api/v1/direction/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'Change an initiative’s rank, people, units, milestones or status',
        security: SECURED,
        params: idParams,
        body: updateInitiativeBody,
        response: { 200: initiative, ...ERRORS },
      },
    },
    async (req) => updateInitiative(await ctx(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/direction/wins',
    {
      schema: {
        tags,
        summary: 'Quick wins and pilots that reached their target',
        security: SECURED,
        response: { 200: winList, ...ERRORS },
      },
    },
    async (req) => listWins(await ctx(req)),
  );
}
