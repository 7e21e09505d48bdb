import type { Deps } from '../context';
import type { ResponseHook } from '../responses/response.hooks';
import { deliverWebhook, emitWebhook, emitWebhooks, WEBHOOK_DELIVER_JOB } from './webhook.service';

/** After every new response, queue response.created for the subscribed endpoints (responses.imported for a file). */
export function webhookResponseHook(deps: Deps): ResponseHook {
  return {
    name: 'webhooks',
    async afterCommit(changes) {
      const byOrganisation = new Map<string, Record<string, unknown>[]>();
      for (const change of changes) {
        if (change.kind !== 'created') continue;
        const r = change.after;
        const list = byOrganisation.get(r.organisationId) ?? [];
        list.push({
          responseId: r.id,
          surveyId: r.surveyId,
          score: r.score,
          comment: r.comment,
          customerId: r.customerId,
          unitId: r.unitId,
          channelId: r.channelId,
          source: r.source,
          respondedAt: r.respondedAt.toISOString(),
        });
        byOrganisation.set(r.organisationId, list);
      }
      for (const [organisationId, payloads] of byOrganisation)
        await emitWebhooks(deps, organisationId, 'response.created', payloads);
    },
    // One event for a whole file import: a million response.created deliveries would drown the receiver.
    async afterImport(batch) {
      await emitWebhook(deps, batch.organisationId, 'responses.imported', {
        importId: batch.importId,
        count: batch.count,
      });
    },
  };
}

/** Attaches webhooks: the response hook and the delivery worker. */
export async function startWebhooks(deps: Deps): Promise<void> {
  deps.responseHooks.register(webhookResponseHook(deps));
  await deps.jobs.work<{ id: string }>(WEBHOOK_DELIVER_JOB, ({ id }) => deliverWebhook(deps, id));
}
