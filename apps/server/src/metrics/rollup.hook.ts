import { type RollupFacts, rollupDeltas, type SignedFacts } from '@centric/core/metrics/rollup-delta';
import type { Executor } from '@centric/db/database';
import {
  addImportToRollups,
  applyRollupDeltas,
  reattributeRollups,
  rollupsOfInserted,
} from '@centric/db/metrics/rollup-writer';
import { organisations } from '@centric/db/schema';
import { inArray } from 'drizzle-orm';
import type {
  BulkReattribution,
  ImportWritten,
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
 * rollups inside the caller's transaction: one statement for the whole batch (both tables, and the check of the
 * time zone the days were cut in). The response write path calls it through `rollupHook`; a bulk writer that
 * runs the in-transaction hooks gets it the same way.
 */
export async function applyChangesToRollups(tx: Executor, changes: readonly ResponseChange[]): Promise<void> {
  const signed = signedFacts(changes);
  if (signed.length === 0) return;
  const ids = [...new Set(signed.map((s) => s.facts.organisationId))];
  // The time zone must be the one in force in this transaction (a day is cut as the organisation says now).
  // The zones last seen are tried first and checked by the upsert statement itself, which writes nothing if
  // one changed; only then (or for an organisation not seen yet) are they read, and the deltas cut again.
  let zones = ids.every((id) => lastSeenZones.has(id))
    ? new Map(ids.map((id) => [id, lastSeenZones.get(id)!]))
    : await readZones(tx, ids);
  for (let attempt = 1; ; attempt += 1) {
    const known = zones;
    if (
      await applyRollupDeltas(
        tx,
        rollupDeltas(signed, (id) => known.get(id) ?? 'UTC'),
        known,
      )
    )
      return;
    // Another time-zone change can land between the read and the upsert (each statement has its own snapshot).
    if (attempt === 3) throw new Error('the organisation time zone kept changing during a response write');
    zones = await readZones(tx, ids);
  }
}

/** The time zones last read by {@link applyChangesToRollups}: a guess its upsert checks, never trusted alone. */
const lastSeenZones = new Map<string, string>();

async function readZones(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: organisations.id, timeZone: organisations.timeZone })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  for (const o of rows) lastSeenZones.set(o.id, o.timeZone);
  // An organisation that no longer exists is left out (its deltas are cut in UTC, as before, and not guarded).
  return new Map(rows.map((o) => [o.id, o.timeZone]));
}

/**
 * Keeps the metric rollups current in the same transaction as every response write (create, import, edit,
 * re-attribution, delete, bulk re-attribution), so a dashboard never disagrees with the responses it summarises.
 */
export const rollupHook: ResponseHook = {
  name: 'metric-rollups',
  inTransaction: applyChangesToRollups,
  // A create counts its rows in its own insert statement, the days cut in SQL as the import's count cuts them.
  createdAlongside: rollupsOfInserted,
  async imported(tx: Executor, batch: ImportWritten) {
    const zones = await readZones(tx, [batch.organisationId]);
    // A rollup row's parents (the organisation, a survey) are the import's, locked by its transaction.
    await addImportToRollups(
      tx,
      batch.organisationId,
      batch.importId,
      zones.get(batch.organisationId) ?? 'UTC',
      {
        withoutRowChecks: batch.withoutRowChecks,
      },
    );
  },
  async reattributed(tx: Executor, change: BulkReattribution) {
    await reattributeRollups(tx, change.organisationId, change.dimension, change.fromId, change.toId);
  },
};
