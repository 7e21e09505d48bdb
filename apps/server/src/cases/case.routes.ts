import {
  caseDetail,
  casePage,
  caseStatsBody,
  listCasesQuery,
  updateCaseBody,
} from '@centric/contracts/cases/case.schemas';
import { idParams } from '@centric/contracts/common/fields';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { getCase, getCaseStats, listCases, updateCase } from './case.service';

/** Routes of closed-loop cases. */
export function caseRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['cases'];
  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'List closed-loop cases, newest first',
        security: SECURED,
        querystring: listCasesQuery,
        response: { 200: casePage, ...ERRORS },
      },
    },
    async (req) => listCases(await ctx(req), req.query),
  );
  app.get(
    '/api/v1/cases/stats',
    {
      schema: {
        tags,
        summary: 'Open and overdue cases, time to contact and recovery rate',
        security: SECURED,
        response: { 200: caseStatsBody, ...ERRORS },
      },
    },
    async (req) => getCaseStats(await ctx(req)),
  );
  app.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'Read a case with its response, the customer’s history and notes',
        security: SECURED,
        params: idParams,
        response: { 200: caseDetail, ...ERRORS },
      },
    },
    async (req) => getCase(await ctx(req), req.params.id),
  );
  app.patch(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'Move a case on, add a note, close it with a root cause',
        security: SECURED,
        params: idParams,
        body: updateCaseBody,
        response: { 200: caseDetail, ...ERRORS },
      },
    },
    async (req) => updateCase(await ctx(req), req.params.id, req.body),
  );
}
