import {
  codeframe,
  codeframeChangeBody,
  reanalysisBody,
  textRun,
  themeProposals,
} from '@centric/contracts/text/codeframe.schemas';
import {
  insightQuery,
  themeInsights,
  themeTrends,
  topThemes,
  topThemesQuery,
  trendsQuery,
} from '@centric/contracts/text/insight.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { changeCodeframe, getCodeframe, getProposals, startReanalysis } from './codeframe.service';
import { themeInsights as insights, topThemes as top, themeTrends as trends } from './insight.service';

/** Routes of text analytics: the codeframe, its proposals and re-analysis, and theme insights. */
export function textRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['text analytics'];
  app.get(
    '/api/v1/text/codeframe',
    {
      schema: {
        tags,
        summary: 'The codeframe (themes and their terms), its version and the latest re-analysis',
        security: SECURED,
        response: { 200: codeframe, ...ERRORS },
      },
    },
    async (req) => getCodeframe(await ctx(req)),
  );
  app.post(
    '/api/v1/text/codeframe/changes',
    {
      schema: {
        tags,
        summary:
          'Change the codeframe (add, rename, set terms, move, ignore, merge, split, remove, accept a proposal); re-tags every comment in the background',
        security: SECURED,
        body: codeframeChangeBody,
        response: { 200: codeframe, ...ERRORS },
      },
    },
    async (req) => changeCodeframe(await ctx(req), req.body),
  );
  app.get(
    '/api/v1/text/proposals',
    {
      schema: {
        tags,
        summary: 'Themes proposed from the comments and from those no theme tags ("Other")',
        security: SECURED,
        response: { 200: themeProposals, ...ERRORS },
      },
    },
    async (req) => getProposals(await ctx(req)),
  );
  app.post(
    '/api/v1/text/reanalysis',
    {
      schema: {
        tags,
        summary: 'Re-analyse every comment with the current codeframe and refresh the proposals',
        security: SECURED,
        body: reanalysisBody,
        response: { 202: textRun, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(202).send(await startReanalysis(await ctx(req))),
  );
  app.get(
    '/api/v1/text/themes',
    {
      schema: {
        tags,
        summary:
          'Themes by volume, sentiment and effect on NPS (share among detractors vs promoters, NPS with vs without)',
        security: SECURED,
        querystring: insightQuery,
        response: { 200: themeInsights, ...ERRORS },
      },
    },
    async (req) => insights(await ctx(req), req.query),
  );
  app.get(
    '/api/v1/text/themes/top',
    {
      schema: {
        tags,
        summary: 'The most mentioned themes of each unit or month',
        security: SECURED,
        querystring: topThemesQuery,
        response: { 200: topThemes, ...ERRORS },
      },
    },
    async (req) => top(await ctx(req), req.query),
  );
  app.get(
    '/api/v1/text/trends',
    {
      schema: {
        tags,
        summary: 'Each theme month by month: volume, share, sentiment, NPS of its comments',
        security: SECURED,
        querystring: trendsQuery,
        response: { 200: themeTrends, ...ERRORS },
      },
    },
    async (req) => trends(await ctx(req), req.query),
  );
}
