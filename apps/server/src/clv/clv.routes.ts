import {
  clvOverview,
  customerValueAnswer,
  refitBody,
  segmentValue,
} from '@centric/contracts/clv/clv.schemas';
import { idParams } from '@centric/contracts/common/fields';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { getClvOverview, getCustomerValue, getSegmentValue, refitClv } from './clv.service';

/** Routes of customer value. */
export function clvRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['customer value'];
  app.get(
    '/api/v1/clv',
    {
      schema: {
        tags,
        summary:
          'The latest CLV fit: parameters, holdout check, CLV by segment and unit, revenue at risk, NPS by CLV tier',
        security: SECURED,
        response: { 200: clvOverview, ...ERRORS },
      },
    },
    async (req) => getClvOverview(await ctx(req)),
  );
  app.post(
    '/api/v1/clv/refit',
    {
      schema: {
        tags,
        summary: 'Change the CLV settings (optional) and refit the models on every stored transaction now',
        security: SECURED,
        body: refitBody,
        response: { 200: clvOverview, ...ERRORS },
      },
    },
    async (req) => refitClv(await ctx(req), req.body),
  );
  app.get(
    '/api/v1/clv/segments/:id',
    {
      schema: {
        tags,
        summary: 'The CLV of a segment (for decisions that affect it)',
        security: SECURED,
        params: idParams,
        response: { 200: segmentValue, ...ERRORS },
      },
    },
    async (req) => getSegmentValue(await ctx(req), req.params.id),
  );
  app.get(
    '/api/v1/customers/:id/value',
    {
      schema: {
        tags,
        summary: 'A customer’s CLV, P(alive) and expected purchases from the latest fit',
        security: SECURED,
        params: idParams,
        response: { 200: customerValueAnswer, ...ERRORS },
      },
    },
    async (req) => getCustomerValue(await ctx(req), req.params.id),
  );
}
