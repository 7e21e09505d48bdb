import {
  comparisonParams,
  comparisonQuery,
  comparisonResult,
  metricParams,
  metricQuery,
  metricResult,
} from '@centric/contracts/metrics/metric.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { compareMetric, getMetric } from './metric.service';

/** Routes of the metrics engine (answered from the rollups, never from the raw responses). */
export function metricRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['metrics'];
  app.get(
    '/api/v1/metrics/:metric',
    {
      schema: {
        tags,
        summary: 'A metric (nps, csat, ces, enps, responses) with its margin of error, change and series',
        security: SECURED,
        params: metricParams,
        querystring: metricQuery,
        response: { 200: metricResult, ...ERRORS },
      },
    },
    async (req) => getMetric(await ctx(req), req.params.metric, req.query),
  );
  app.get(
    '/api/v1/metrics/:metric/comparison',
    {
      schema: {
        tags,
        summary:
          'Which units, channels or segments are significantly above or below the rest of the organisation',
        security: SECURED,
        params: comparisonParams,
        querystring: comparisonQuery,
        response: { 200: comparisonResult, ...ERRORS },
      },
    },
    async (req) => compareMetric(await ctx(req), req.params.metric, req.query),
  );
}
