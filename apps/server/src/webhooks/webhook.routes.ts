import { idParams } from '@centric/contracts/common/fields';
import {
  createdWebhookEndpoint,
  createWebhookBody,
  webhookDeliveryList,
  webhookEndpointList,
} from '@centric/contracts/webhooks/webhook.schemas';
import { z } from 'zod';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createWebhook, listDeliveries, listWebhooks, removeWebhook } from './webhook.service';

/** Routes of webhook endpoints and their delivery log. */
export function webhookRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['webhooks'];
  app.get(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'List webhook endpoints',
        security: SECURED,
        response: { 200: webhookEndpointList, ...ERRORS },
      },
    },
    async (req) => listWebhooks(await ctx(req)),
  );
  app.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'Add an endpoint (its signing secret is answered once)',
        security: SECURED,
        body: createWebhookBody,
        response: { 201: createdWebhookEndpoint, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createWebhook(await ctx(req), req.body)),
  );
  app.delete(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Remove an endpoint and its log',
        security: SECURED,
        params: idParams,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (req, reply) => {
      await removeWebhook(await ctx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The delivery log of an endpoint, newest first',
        security: SECURED,
        params: idParams,
        response: { 200: webhookDeliveryList, ...ERRORS },
      },
    },
    async (req) => listDeliveries(await ctx(req), req.params.id),
  );
}
