import {
  actionItem,
  actionItemPage,
  createActionItemBody,
  listActionItemsQuery,
  updateActionItemBody,
} from '@centric/contracts/commitments/action-item.schemas';
import {
  createDecisionBody,
  decision,
  decisionPage,
  listDecisionsQuery,
  updateDecisionBody,
} from '@centric/contracts/commitments/decision.schemas';
import {
  createFeedbackReviewBody,
  feedbackReview,
  feedbackReviewPage,
  listFeedbackReviewsQuery,
} from '@centric/contracts/commitments/feedback-review.schemas';
import { idParams } from '@centric/contracts/common/fields';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createActionItem, listActionItems, updateActionItem } from './action-item.service';
import { createDecision, getDecision, listDecisions, updateDecision } from './decision.service';
import { createFeedbackReview, getFeedbackReview, listFeedbackReviews } from './feedback-review.service';

/** Routes of the records leaders act through: the decision log, feedback reviews and action items. */
export function recordRoutes({ app, ctx }: RouteEnv): void {
  app.get(
    '/api/v1/decisions',
    {
      schema: {
        tags: ['decision log'],
        summary: 'The decision log',
        security: SECURED,
        querystring: listDecisionsQuery,
        response: { 200: decisionPage, ...ERRORS },
      },
    },
    async (req) => listDecisions(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/decisions',
    {
      schema: {
        tags: ['decision log'],
        summary: 'Record a decision and what is in it for customers',
        security: SECURED,
        body: createDecisionBody,
        response: { 201: decision, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createDecision(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/decisions/:id',
    {
      schema: {
        tags: ['decision log'],
        summary: 'A decision',
        security: SECURED,
        params: idParams,
        response: { 200: decision, ...ERRORS },
      },
    },
    async (req) => getDecision(await ctx(req), req.params.id),
  );
  app.patch(
    '/api/v1/decisions/:id',
    {
      schema: {
        tags: ['decision log'],
        summary: 'Complete or correct a decision',
        security: SECURED,
        params: idParams,
        body: updateDecisionBody,
        response: { 200: decision, ...ERRORS },
      },
    },
    async (req) => updateDecision(await ctx(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/feedback-reviews',
    {
      schema: {
        tags: ['feedback reviews'],
        summary: 'Feedback review meetings',
        security: SECURED,
        querystring: listFeedbackReviewsQuery,
        response: { 200: feedbackReviewPage, ...ERRORS },
      },
    },
    async (req) => listFeedbackReviews(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/feedback-reviews',
    {
      schema: {
        tags: ['feedback reviews'],
        summary: 'Record a held feedback review',
        security: SECURED,
        body: createFeedbackReviewBody,
        response: { 201: feedbackReview, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createFeedbackReview(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/feedback-reviews/:id',
    {
      schema: {
        tags: ['feedback reviews'],
        summary: 'A feedback review',
        security: SECURED,
        params: idParams,
        response: { 200: feedbackReview, ...ERRORS },
      },
    },
    async (req) => getFeedbackReview(await ctx(req), req.params.id),
  );
  app.get(
    '/api/v1/action-items',
    {
      schema: {
        tags: ['action items'],
        summary: 'Action items',
        security: SECURED,
        querystring: listActionItemsQuery,
        response: { 200: actionItemPage, ...ERRORS },
      },
    },
    async (req) => listActionItems(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/action-items',
    {
      schema: {
        tags: ['action items'],
        summary: 'Add an action item',
        security: SECURED,
        body: createActionItemBody,
        response: { 201: actionItem, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createActionItem(await ctx(req), req.body)),
  );
  app.patch(
    '/api/v1/action-items/:id',
    {
      schema: {
        tags: ['action items'],
        summary: 'Move an action item on',
        security: SECURED,
        params: idParams,
        body: updateActionItemBody,
        response: { 200: actionItem, ...ERRORS },
      },
    },
    async (req) => updateActionItem(await ctx(req), req.params.id, req.body),
  );
}
