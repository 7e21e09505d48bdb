import { createHmac, randomBytes } from 'node:crypto';
import type { createWebhookBody } from '@centric/contracts/webhooks/webhook.schemas';
import { fail } from '@centric/core/errors';
import { retryDelaySeconds, type WebhookEvent } from '@centric/core/voice/webhook-events';
import {
  deleteWebhookEndpoint,
  findWebhookDelivery,
  findWebhookEndpoint,
  insertWebhookDeliveries,
  insertWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  recordWebhookAttempt,
  subscribedEndpoints,
  type WebhookEndpointRow,
} from '@centric/db/webhooks/webhook.repository';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { Deps, OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';

/** The queue of webhook deliveries. */
export const WEBHOOK_DELIVER_JOB = 'webhook.deliver';
/** Attempts before a delivery is given up as failed. */
export const WEBHOOK_MAX_ATTEMPTS = 6;

/** The signature header's value: HMAC-SHA256 of the exact body with the endpoint's secret. */
export function signWebhook(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

function present(row: WebhookEndpointRow) {
  return { id: row.id, url: row.url, events: row.events, active: row.active, createdAt: iso(row.createdAt) };
}

/** Adds an endpoint; answers its secret once. */
export async function createWebhook(ctx: OrgContext, input: z.output<typeof createWebhookBody>) {
  authorize(ctx, 'webhook.manage');
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const row = await ctx.deps.db.transaction(async (tx) => {
    const created = await insertWebhookEndpoint(tx, {
      organisationId: ctx.organisation.id,
      url: input.url,
      secret,
      events: [...new Set(input.events)],
    });
    await audit(ctx, tx, {
      action: 'create',
      entity: 'webhook',
      entityId: created.id,
      changes: { url: input.url },
    });
    return created;
  });
  return { ...present(row), secret };
}

/** The organisation's endpoints. */
export async function listWebhooks(ctx: OrgContext) {
  authorize(ctx, 'webhook.manage');
  return { items: (await listWebhookEndpoints(ctx.deps.db, ctx.organisation.id)).map(present) };
}

/** Removes an endpoint and its log. */
export async function removeWebhook(ctx: OrgContext, id: string) {
  authorize(ctx, 'webhook.manage');
  if (!(await findWebhookEndpoint(ctx.deps.db, ctx.organisation.id, id))) throw fail.notFound('webhook');
  await ctx.deps.db.transaction(async (tx) => {
    await deleteWebhookEndpoint(tx, ctx.organisation.id, id);
    await audit(ctx, tx, { action: 'delete', entity: 'webhook', entityId: id });
  });
}

/** The delivery log of an endpoint, newest first. */
export async function listDeliveries(ctx: OrgContext, id: string) {
  authorize(ctx, 'webhook.manage');
  if (!(await findWebhookEndpoint(ctx.deps.db, ctx.organisation.id, id))) throw fail.notFound('webhook');
  const rows = await listWebhookDeliveries(ctx.deps.db, ctx.organisation.id, id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      event: r.event,
      status: r.status,
      attempts: r.attempts,
      lastStatusCode: r.lastStatusCode,
      lastError: r.lastError,
      createdAt: iso(r.createdAt),
      deliveredAt: iso(r.deliveredAt),
    })),
  };
}

/** Queues an event for every endpoint subscribed to it (the caller never waits for the endpoints). */
export async function emitWebhook(
  deps: Deps,
  organisationId: string,
  event: WebhookEvent,
  data: Record<string, unknown>,
): Promise<void> {
  await emitWebhooks(deps, organisationId, event, [data]);
}

/**
 * Queues one event per payload for every subscribed endpoint: one endpoint query, one insert of the deliveries
 * and one statement queueing their jobs, whatever the number of payloads (a batch of responses).
 */
export async function emitWebhooks(
  deps: Deps,
  organisationId: string,
  event: WebhookEvent,
  payloads: Record<string, unknown>[],
): Promise<void> {
  if (payloads.length === 0) return;
  const endpoints = await subscribedEndpoints(deps.db, organisationId, event);
  if (endpoints.length === 0) return;
  const now = deps.clock.now();
  const rows = await insertWebhookDeliveries(
    deps.db,
    payloads.flatMap((data) =>
      endpoints.map((e) => {
        const id = uuidv7();
        return {
          id,
          organisationId,
          endpointId: e.id,
          event,
          body: JSON.stringify({ id, event, createdAt: now.toISOString(), data }),
          createdAt: now,
        };
      }),
    ),
  );
  await deps.jobs.sendMany(
    WEBHOOK_DELIVER_JOB,
    rows.map((row) => ({ id: row.id })),
  );
}

/**
 * One attempt at a delivery: POSTs the signed body; on failure queues the next attempt with a growing delay,
 * and gives up as failed after {@link WEBHOOK_MAX_ATTEMPTS}.
 */
export async function deliverWebhook(deps: Deps, id: string, timeoutMs = 10_000): Promise<void> {
  const found = await findWebhookDelivery(deps.db, id);
  if (found?.delivery.status !== 'pending') return;
  const { delivery, endpoint } = found;
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Centric-Webhooks/1',
        'x-centric-event': delivery.event,
        'x-centric-delivery': delivery.id,
        'x-centric-signature': signWebhook(endpoint.secret, delivery.body),
      },
      body: delivery.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    statusCode = response.status;
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) error = `the endpoint answered ${response.status}`;
  } catch (failure) {
    error = (failure as Error).message;
  }
  const attempt = delivery.attempts + 1;
  if (!error) {
    await recordWebhookAttempt(deps.db, id, {
      status: 'delivered',
      lastStatusCode: statusCode,
      lastError: null,
      deliveredAt: deps.clock.now(),
    });
    return;
  }
  const givingUp = attempt >= WEBHOOK_MAX_ATTEMPTS;
  await recordWebhookAttempt(deps.db, id, {
    status: givingUp ? 'failed' : 'pending',
    lastStatusCode: statusCode,
    lastError: error,
    deliveredAt: null,
  });
  if (!givingUp)
    await deps.jobs.send(WEBHOOK_DELIVER_JOB, { id }, { startAfter: retryDelaySeconds(attempt) });
}
