import { WEBHOOK_EVENTS } from '@centric/core/voice/webhook-events';
import { z } from 'zod';
import { id } from '../common/fields';

/** A webhook endpoint (its secret only in the answer that created it). */
export const webhookEndpoint = z.object({
  id,
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  createdAt: z.string(),
});
/** The endpoints of the organisation. */
export const webhookEndpointList = z.object({ items: z.array(webhookEndpoint) });
/** A new endpoint with its signing secret, shown once. */
export const createdWebhookEndpoint = webhookEndpoint.extend({
  secret: z.string().describe('HMAC-SHA256 key of X-Centric-Signature; shown only now'),
});
/** Body of POST /webhooks. */
export const createWebhookBody = z.strictObject({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000),
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1)
    .default([...WEBHOOK_EVENTS]),
});
/** One delivery in the log. */
export const webhookDelivery = z.object({
  id,
  event: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
/** The delivery log of an endpoint. */
export const webhookDeliveryList = z.object({ items: z.array(webhookDelivery) });
