import { type RollupFacts, rollupDeltas, type SignedFacts } from '@centric/core/metrics/rollup-delta';
import type { Executor } from '@centric/db/database';
import { addImportToRollups, applyRollupDeltas, reattributeRollups } from '@centric/db/metrics/rollup-writer';
import { organisations } from '@centric/db/schema';
import { eq, inArray } from 'drizzle-orm';
import type {
  BulkReattribution,
  ImportedResponses,
  ResponseChange,
  ResponseHook,
} from '../responses/response.hooks';

/** The signed sides of a batch of changes: +1 for what is there after, −1 for what was there before. */
function signedFacts(changes: readonly ResponseChange[]): SignedFacts[] {
  const out: SignedFacts[] = [];
  for (const change of changes) {
    if (change.before) out.push({ facts: change.before as RollupFacts, sign: -1 });
    if (change.after) out.push({ facts: change.after as RollupFacts, sign: 1 });
  }
  return out;
}

/**
 * Applies a batch of response changes (any mix of creations, edits and deletions, of any size) to the metric
 * rollups inside the caller's transaction: one upsert per rollup table for the whole batch. The response write
 * path calls it through `rollupHook`; a bulk writer that runs the in-transaction hooks gets it the same way.
 */
export async function applyChangesToRollups(tx: Executor, changes: readonly ResponseChange[]): Promise<void> {
  const signed = signedFacts(changes);
  if (signed.length === 0) return;
  const ids = [...new Set(signed.map((s) => s.facts.organisationId))];
  // The time zone is read in the transaction, never cached: a day must be cut as the organisation says now.
  const zones = new Map(
    (
      await tx
        .select({ id: organisations.id, timeZone: organisations.timeZone })
        .from(organisations)
        .where(inArray(organisations.id, ids))
    ).map((o) => [o.id, o.timeZone]),
  );
  await applyRollupDeltas(
    tx,
    rollupDeltas(signed, (id) => zones.get(id) ?? 'UTC'),
  );
}

/**
 * Keeps the metric rollups current in the same transaction as every response write (create, import, edit,
 * re-attribution, delete, bulk re-attribution), so a dashboard never disagrees with the responses it summarises.
 */
export const rollupHook: ResponseHook = {
  name: 'metric-rollups',
  inTransaction: applyChangesToRollups,
  async imported(tx: Executor, batch: ImportedResponses) {
    const [org] = await tx
      .select({ timeZone: organisations.timeZone })
      .from(organisations)
      .where(eq(organisations.id, batch.organisationId));
    await addImportToRollups(tx, batch.organisationId, batch.importId, org?.timeZone ?? 'UTC');
  },
  async reattributed(tx: Executor, change: BulkReattribution) {
    await reattributeRollups(tx, change.organisationId, change.dimension, change.fromId, change.toId);
  },
};
