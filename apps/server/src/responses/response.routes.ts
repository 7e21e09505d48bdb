import { idParams } from '@centric/contracts/common/fields';
import {
  createResponseBody,
  listResponsesQuery,
  response,
  responsePage,
  updateResponseBody,
} from '@centric/contracts/responses/response.schemas';
import { z } from 'zod';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { editResponse, getResponse, listResponses, recordResponse, removeResponse } from './response.service';

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
      schema: {
        tags,
        summary: 'Record a response (API, integrations)',
        security: SECURED,
        body: createResponseBody,
        response: { 201: response, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await recordResponse(await ctx(req), req.body)),
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
