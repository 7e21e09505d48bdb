import { UNIT_KINDS } from '@centric/core/organisation/unit-kinds';
import { z } from 'zod';
import { id, name } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** A unit of the organisation's tree. */
export const unit = z.object({
  id,
  parentId: id.nullable(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  headPersonId: id.nullable(),
  createdAt: z.string(),
});
/** A unit. */
export type Unit = z.infer<typeof unit>;
/** A page of units. */
export const unitPage = pageOf(unit);
/** Query of GET /units. */
export const listUnitsQuery = pageQuery.extend({ parentId: id.optional() });

/** Body of POST /units. */
export const createUnitBody = z.strictObject({
  name,
  kind: z.enum(UNIT_KINDS),
  parentId: id.nullable().default(null),
  headPersonId: id.nullable().default(null),
});
/** Body of PATCH /units/{id}; changing `parentId` moves the unit with its subtree. */
export const updateUnitBody = z.strictObject({
  name: name.optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  parentId: id.nullable().optional(),
  headPersonId: id.nullable().optional(),
});
