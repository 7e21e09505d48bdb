import type { Executor } from '@centric/db/database';
import { findPerson, type PersonRow } from '@centric/db/people/person.repository';
import { findUnit } from '@centric/db/units/unit.repository';

/** The unit ids of a materialised path, from the unit itself up to the root. */
function upwards(path: string): string[] {
  return path.split('/').filter(Boolean).reverse();
}

/**
 * The person heading the unit, or the nearest ancestor with a head, skipping `except` (an escalation must
 * reach someone new). `fromParent` starts at the unit's parent.
 */
export async function headOf(
  db: Executor,
  organisationId: string,
  unitId: string | null,
  options: { fromParent?: boolean; except?: string | null } = {},
): Promise<PersonRow | undefined> {
  if (!unitId) return undefined;
  const unit = await findUnit(db, organisationId, unitId);
  if (!unit) return undefined;
  const ids = upwards(unit.path).slice(options.fromParent ? 1 : 0);
  for (const id of ids) {
    const candidate = id === unit.id ? unit : await findUnit(db, organisationId, id);
    if (!candidate?.headPersonId || candidate.headPersonId === options.except) continue;
    const person = await findPerson(db, organisationId, candidate.headPersonId);
    if (person && person.status !== 'deactivated') return person;
  }
  return undefined;
}
