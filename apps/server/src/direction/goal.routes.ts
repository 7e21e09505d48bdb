import {
  createGoalBody,
  goal,
  goalList,
  myPart,
  standingList,
} from '@centric/contracts/direction/goal.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createGoal, listStandings, listUnitAndPersonGoals } from './goal.service';
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
