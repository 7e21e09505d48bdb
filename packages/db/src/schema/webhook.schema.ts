import type { WebhookEvent } from '@centric/core/voice/webhook-events';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, utc } from './columns';
import { organisations } from './organisation.schema';

/** A URL of another system that receives signed event notifications. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    /** HMAC-SHA256 key of the signature header; shown once when the endpoint is created. */
    secret: text('secret').notNull(),
    /** The events sent to this endpoint. */
    events: jsonb('events').$type<WebhookEvent[]>().notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [index('webhook_endpoints_org_idx').on(t.organisationId, t.id)],
);

/** One event sent (or being sent) to one endpoint: the delivery log. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    /** The exact JSON body that is signed and sent. */
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** HTTP status of the last attempt, when the endpoint answered. */
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: utc('created_at').notNull(),
    deliveredAt: utc('delivered_at'),
  },
  (t) => [
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.id),
    check('webhook_deliveries_status_check', sql`${t.status} in ('pending','delivered','failed')`),
  ],
);
