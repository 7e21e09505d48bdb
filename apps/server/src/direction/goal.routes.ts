import { idParams } from '@centric/contracts/common/fields';
import {
  createGoalBody,
  goal,
  goalList,
  myPart,
  standingList,
  updateGoalBody,
} from '@centric/contracts/direction/goal.schemas';
import { z } from 'zod';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createGoal, editGoal, listStandings, listUnitAndPersonGoals, removeGoal } from './goal.service';
import { getMyPart } from './my-part.service';

/** Routes of goals, standings against the baseline, and "my part". */
export function goalRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['direction'];
  app.get(
    '/api/v1/direction/goals',
    {
      schema: {
        tags,
        summary: 'Goals of units and people with live progress (a manager: their part of the organisation)',
        security: SECURED,
        response: { 200: goalList, ...ERRORS },
      },
    },
    async (req) => listUnitAndPersonGoals(await ctx(req)),
  );
  app.post(
    '/api/v1/direction/goals',
    {
      schema: {
        tags,
        summary: 'Set a goal for a unit or a person, bound to a live metric',
        security: SECURED,
        body: createGoalBody,
        response: { 201: goal, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createGoal(await ctx(req), req.body)),
  );
  app.patch(
    '/api/v1/direction/goals/:id',
    {
      schema: {
        tags,
        summary: 'Change a goal’s title, target, weight, due date or customer-objective flag',
        security: SECURED,
        params: idParams,
        body: updateGoalBody,
        response: { 200: goal, ...ERRORS },
      },
    },
    async (req) => editGoal(await ctx(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/direction/goals/:id',
    {
      schema: {
        tags,
        summary: 'Remove a goal',
        security: SECURED,
        params: idParams,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (req, reply) => {
      await removeGoal(await ctx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/direction/standings',
    {
      schema: {
        tags,
        summary: 'How far off the baseline every unit and person with goals is, furthest behind first',
        security: SECURED,
        response: { 200: standingList, ...ERRORS },
      },
    },
    async (req) => listStandings(await ctx(req)),
  );
  app.get(
    '/api/v1/direction/my-part',
    {
      schema: {
        tags,
        summary: 'The initiatives and goals the signed-in person owns or contributes to, with their role',
        security: SECURED,
        response: { 200: myPart, ...ERRORS },
      },
    },
    async (req) => getMyPart(await ctx(req)),
  );
}
