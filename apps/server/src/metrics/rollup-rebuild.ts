import { rebuildRollups } from '@centric/db/metrics/rollup-writer';
import type { OrganisationRow } from '@centric/db/organisations/organisation.repository';
import type { Deps } from '../context';

/**
 * Recomputes an organisation's metric rollups from its responses in one transaction (readers see the old
 * rollups or the new ones, never a half-built set). Used by `centric metrics rebuild` and after the demo's bulk
 * load; answers how many responses were counted and how many rollup keys were written.
 */
export async function rebuildOrganisationRollups(
  deps: Deps,
  organisation: Pick<OrganisationRow, 'id' | 'timeZone'>,
): Promise<{ daily: number; monthly: number }> {
  return deps.db.transaction((tx) => rebuildRollups(tx, organisation.id, organisation.timeZone));
}
