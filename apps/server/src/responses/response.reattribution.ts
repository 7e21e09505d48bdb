import type { Executor } from '@centric/db/database';
import { reattributeResponseRows } from '@centric/db/responses/response.repository';
import type { OrgContext } from '../context';
import type { BulkReattribution } from './response.hooks';

/**
 * The write path's bulk re-attribution: moves every response attributed to one unit, channel, segment or
 * employee to another (or to none) inside the caller's transaction, and lets every hook adjust what it derives
 * (the rollups move their counts set-based) in that same transaction. Whatever deletes a unit, channel, segment
 * or person calls this first: the responses' foreign keys refuse the deletion while answers still point at it.
 */
export async function reattributeResponses(
  ctx: OrgContext,
  tx: Executor,
  move: Pick<BulkReattribution, 'dimension' | 'fromId' | 'toId'>,
): Promise<number> {
  const count = await reattributeResponseRows(
    tx,
    ctx.organisation.id,
    move.dimension,
    move.fromId,
    move.toId,
    ctx.deps.clock.now(),
  );
  if (count > 0)
    await ctx.deps.responseHooks.runReattributed(tx, { organisationId: ctx.organisation.id, ...move, count });
  return count;
}
