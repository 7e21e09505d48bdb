import {
  executiveBoard,
  leaderPage,
  leaderParams,
  teamIndexList,
  walkerIndexList,
  walkerIndexQuery,
  walkerRules,
  walkerRulesBody,
} from '@centric/contracts/commitments/walker.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import {
  executiveBoardOf,
  getWalkerRules,
  leaderPageOf,
  setWalkerRules,
  teamIndex,
  walkerIndex,
} from './walker.service';

/** Routes of the Walker index, the executive board and the leader page. */
export function leaderRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['leaders'];
  app.get(
    '/api/v1/leaders/walker-index',
    {
      schema: {
        tags,
        summary: 'Every leader’s Walker index over the current period',
        security: SECURED,
        querystring: walkerIndexQuery,
        response: { 200: walkerIndexList, ...ERRORS },
      },
    },
    async (req) => walkerIndex(await ctx(req), req.query.period),
  );
  app.get(
    '/api/v1/leaders/board',
    {
      schema: {
        tags,
        summary: 'The executive board: every executive side by side',
        security: SECURED,
        querystring: walkerIndexQuery,
        response: { 200: executiveBoard, ...ERRORS },
      },
    },
    async (req) => executiveBoardOf(await ctx(req), req.query.period),
  );
  app.get(
    '/api/v1/leaders/teams',
    {
      schema: {
        tags,
        summary: 'The Walker index of each team',
        security: SECURED,
        querystring: walkerIndexQuery,
        response: { 200: teamIndexList, ...ERRORS },
      },
    },
    async (req) => teamIndex(await ctx(req), req.query.period),
  );
  app.get(
    '/api/v1/leaders/walker-rules',
    {
      schema: {
        tags,
        summary: 'The rules of the Walker index',
        security: SECURED,
        response: { 200: walkerRules, ...ERRORS },
      },
    },
    async (req) => getWalkerRules(await ctx(req)),
  );
  app.put(
    '/api/v1/leaders/walker-rules',
    {
      schema: {
        tags,
        summary: 'Change the rules of the Walker index',
        security: SECURED,
        body: walkerRulesBody,
        response: { 200: walkerRules, ...ERRORS },
      },
    },
    async (req) => setWalkerRules(await ctx(req), req.body),
  );
  app.get(
    '/api/v1/leaders/:personId',
    {
      schema: {
        tags,
        summary: 'A leader’s page: promised vs evidenced, evidence, actions, index over time',
        security: SECURED,
        params: leaderParams,
        response: { 200: leaderPage, ...ERRORS },
      },
    },
    async (req) => leaderPageOf(await ctx(req), req.params.personId),
  );
}
