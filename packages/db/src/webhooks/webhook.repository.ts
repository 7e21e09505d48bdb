import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { webhookDeliveries, webhookEndpoints } from '../schema';

/** A webhook endpoint row. */
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
/** A webhook delivery row. */
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

/** Inserts an endpoint. */
export async function insertWebhookEndpoint(db: Executor, values: typeof webhookEndpoints.$inferInsert) {
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  return row!;
}

/** The organisation's endpoints. */
export function listWebhookEndpoints(db: Executor, organisationId: string) {
  return db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.organisationId, organisationId))
    .orderBy(webhookEndpoints.id);
}

/** Finds one endpoint of the organisation. */
export async function findWebhookEndpoint(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organisationId, organisationId), eq(webhookEndpoints.id, id)))
    .limit(1);
  return row;
}

/** Deletes an endpoint (and its log). */
export async function deleteWebhookEndpoint(db: Executor, organisationId: string, id: string) {
  await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organisationId, organisationId), eq(webhookEndpoints.id, id)));
}

/** The active endpoints subscribed to an event. */
export function subscribedEndpoints(db: Executor, organisationId: string, event: string) {
  return db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.organisationId, organisationId),
        eq(webhookEndpoints.active, true),
        sql`${webhookEndpoints.events} @> ${JSON.stringify([event])}::jsonb`,
      ),
    );
}

/** Inserts deliveries. */
export async function insertWebhookDeliveries(
  db: Executor,
  values: (typeof webhookDeliveries.$inferInsert)[],
) {
  if (values.length === 0) return [];
  return db.insert(webhookDeliveries).values(values).returning();
}

/** Finds a delivery with its endpoint. */
export async function findWebhookDelivery(db: Executor, id: string) {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, id))
    .limit(1);
  return row;
}

/** Records the outcome of an attempt. */
export async function recordWebhookAttempt(
  db: Executor,
  id: string,
  outcome: Pick<WebhookDeliveryRow, 'status' | 'lastStatusCode' | 'lastError' | 'deliveredAt'>,
) {
  await db
    .update(webhookDeliveries)
    .set({ ...outcome, attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(eq(webhookDeliveries.id, id));
}

/** The latest deliveries of an endpoint, newest first. */
export function listWebhookDeliveries(db: Executor, organisationId: string, endpointId: string, limit = 100) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(eq(webhookDeliveries.organisationId, organisationId), eq(webhookDeliveries.endpointId, endpointId)),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit);
}
