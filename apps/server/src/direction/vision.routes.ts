import { idParams } from '@centric/contracts/common/fields';
import {
  announcementList,
  publishResult,
  vision,
  visionAnswerBody,
  visionCommentBody,
  visionDraftBody,
  visionOverview,
} from '@centric/contracts/direction/vision.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import {
  answerComment,
  commentOnDraft,
  createDraft,
  getAnnouncements,
  getVisions,
  publishDraft,
  updateDraft,
} from './vision.service';

/** Routes of the vision: drafts, comments and answers, publishing, announcements. */
export function visionRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['direction'];
  app.get(
    '/api/v1/direction/visions',
    {
      schema: {
        tags,
        summary: 'The published vision, the open draft and every version',
        security: SECURED,
        response: { 200: visionOverview, ...ERRORS },
      },
    },
    async (req) => getVisions(await ctx(req)),
  );
  app.post(
    '/api/v1/direction/visions',
    {
      schema: {
        tags,
        summary: 'Open a new draft of the vision for comments',
        security: SECURED,
        body: visionDraftBody,
        response: { 201: vision, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createDraft(await ctx(req), req.body)),
  );
  app.put(
    '/api/v1/direction/visions/:id',
    {
      schema: {
        tags,
        summary: 'Change the draft',
        security: SECURED,
        params: idParams,
        body: visionDraftBody,
        response: { 200: vision, ...ERRORS },
      },
    },
    async (req) => updateDraft(await ctx(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/direction/visions/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on the draft (any employee)',
        security: SECURED,
        params: idParams,
        body: visionCommentBody,
        response: { 201: vision, ...ERRORS },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await commentOnDraft(await ctx(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/direction/vision-comments/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer a comment on the draft (leaders)',
        security: SECURED,
        params: idParams,
        body: visionAnswerBody,
        response: { 200: vision, ...ERRORS },
      },
    },
    async (req) => answerComment(await ctx(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/direction/visions/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish the draft and announce it to everyone (in the app and by e-mail)',
        security: SECURED,
        params: idParams,
        response: { 200: publishResult, ...ERRORS },
      },
    },
    async (req) => publishDraft(await ctx(req), req.params.id),
  );
  app.get(
    '/api/v1/direction/announcements',
    {
      schema: {
        tags,
        summary: 'The latest announcements to everyone',
        security: SECURED,
        response: { 200: announcementList, ...ERRORS },
      },
    },
    async (req) => getAnnouncements(await ctx(req)),
  );
}
