import { idParams } from '@centric/contracts/common/fields';
import {
  createResponsesBody,
  idempotencyHeaders,
  listResponsesQuery,
  recordedResponses,
  response,
  responsePage,
  updateResponseBody,
} from '@centric/contracts/responses/response.schemas';
import { z } from 'zod';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { editResponse, getResponse, listResponses, removeResponse } from './response.service';
import { recordResponses } from './response-batch.service';

/** Routes of survey responses. */
export function responseRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['responses'];
  app.get(
    '/api/v1/responses',
    {
      schema: {
        tags,
        summary: 'List responses, newest first',
        security: SECURED,
        querystring: listResponsesQuery,
        response: { 200: responsePage, ...ERRORS },
      },
    },
    async (req) => listResponses(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/responses',
    {
      // A batch of 1,000 responses with comments is larger than the default body limit.
      bodyLimit: 16 * 1_048_576,
      schema: {
        tags,
        summary:
          'Record a response, or a batch of up to 1,000 (all or nothing); retry safely with Idempotency-Key',
        security: SECURED,
        headers: idempotencyHeaders,
        body: createResponsesBody,
        response: { 201: recordedResponses, ...ERRORS },
      },
    },
    async (req, reply) => {
      const result = await recordResponses(await ctx(req), req.body, req.headers['idempotency-key']);
      return reply.status(result.status as 201).send(result.body);
    },
  );
  app.get(
    '/api/v1/responses/:id',
    {
      schema: {
        tags,
        summary: 'Read a response',
        security: SECURED,
        params: idParams,
        response: { 200: response, ...ERRORS },
      },
    },
    async (req) => getResponse(await ctx(req), req.params.id),
  );
  app.patch(
    '/api/v1/responses/:id',
    {
      schema: {
        tags,
        summary: 'Edit or re-attribute a response',
        security: SECURED,
        params: idParams,
        body: updateResponseBody,
        response: { 200: response, ...ERRORS },
      },
    },
    async (req) => editResponse(await ctx(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/responses/:id',
    {
      schema: {
        tags,
        summary: 'Delete a response',
        security: SECURED,
        params: idParams,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (req, reply) => {
      await removeResponse(await ctx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
