import { idParams } from '@centric/contracts/common/fields';
import {
  createReviewCycleBody,
  myReviews,
  review,
  reviewCycle,
  reviewCycleDetail,
  reviewCycleList,
  saveReviewPartBody,
} from '@centric/contracts/direction/review.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import {
  closeCycle,
  createCycle,
  getCycle,
  getReview,
  listCycles,
  listMyReviews,
  openForEveryone,
  openLeaders,
  saveReviewPart,
  signOffReview,
} from './review.service';

/** Routes of review cycles and reviews: leaders first, everyone once the CEO's review is complete. */
export function reviewRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['direction'];
  app.get(
    '/api/v1/direction/review-cycles',
    {
      schema: {
        tags,
        summary: 'Review cycles with their progress, the leaders’ and everyone else’s apart',
        security: SECURED,
        response: { 200: reviewCycleList, ...ERRORS },
      },
    },
    async (req) => listCycles(await ctx(req)),
  );
  app.post(
    '/api/v1/direction/review-cycles',
    {
      schema: {
        tags,
        summary: 'Create a quarterly or annual review cycle (in draft)',
        security: SECURED,
        body: createReviewCycleBody,
        response: { 201: reviewCycle, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createCycle(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/direction/review-cycles/:id',
    {
      schema: {
        tags,
        summary: 'A cycle with its progress and the reviews the caller may see',
        security: SECURED,
        params: idParams,
        response: { 200: reviewCycleDetail, ...ERRORS },
      },
    },
    async (req) => getCycle(await ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/direction/review-cycles/:id/open-leaders',
    {
      schema: {
        tags,
        summary: 'Open the leaders’ reviews (the CEO’s and every executive’s) first',
        security: SECURED,
        params: idParams,
        response: { 200: reviewCycle, ...ERRORS },
      },
    },
    async (req) => openLeaders(await ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/direction/review-cycles/:id/open-everyone',
    {
      schema: {
        tags,
        summary: 'Open the cycle for everyone else; refused (409) until the CEO’s own review is complete',
        security: SECURED,
        params: idParams,
        response: { 200: reviewCycle, ...ERRORS },
      },
    },
    async (req) => openForEveryone(await ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/direction/review-cycles/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a cycle: its reviews no longer change',
        security: SECURED,
        params: idParams,
        response: { 200: reviewCycle, ...ERRORS },
      },
    },
    async (req) => closeCycle(await ctx(req), req.params.id),
  );
  app.get(
    '/api/v1/direction/reviews',
    {
      schema: {
        tags,
        summary: 'The caller’s own reviews and those whose manager assessment they write',
        security: SECURED,
        response: { 200: myReviews, ...ERRORS },
      },
    },
    async (req) => listMyReviews(await ctx(req)),
  );
  app.get(
    '/api/v1/direction/reviews/:id',
    {
      schema: {
        tags,
        summary: 'A review: customer objectives with live progress, self and manager assessments',
        security: SECURED,
        params: idParams,
        response: { 200: review, ...ERRORS },
      },
    },
    async (req) => getReview(await ctx(req), req.params.id),
  );
  app.put(
    '/api/v1/direction/reviews/:id/self',
    {
      schema: {
        tags,
        summary: 'Save or submit the self assessment (the person reviewed only)',
        security: SECURED,
        params: idParams,
        body: saveReviewPartBody,
        response: { 200: review, ...ERRORS },
      },
    },
    async (req) => saveReviewPart(await ctx(req), req.params.id, 'self', req.body),
  );
  app.put(
    '/api/v1/direction/reviews/:id/manager',
    {
      schema: {
        tags,
        summary: 'Save or submit the manager assessment (the reviewer; an admin when the person has none)',
        security: SECURED,
        params: idParams,
        body: saveReviewPartBody,
        response: { 200: review, ...ERRORS },
      },
    },
    async (req) => saveReviewPart(await ctx(req), req.params.id, 'manager', req.body),
  );
  app.post(
    '/api/v1/direction/reviews/:id/sign-off',
    {
      schema: {
        tags,
        summary: 'Sign a review off once both assessments are in: it is complete',
        security: SECURED,
        params: idParams,
        response: { 200: review, ...ERRORS },
      },
    },
    async (req) => signOffReview(await ctx(req), req.params.id),
  );
}
