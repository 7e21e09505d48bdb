import { UNIT_KINDS } from '@centric/core/organisation/unit-kinds';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { organisations } from './organisation.schema';

/** A node of the organisation's tree: department, region, store, team... */
export const units = pgTable(
  'units',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    /** The person heading the unit. */
    headPersonId: uuid('head_person_id'),
    /** Materialised path of ids from the root, `/root/.../self/`, so "a unit and its descendants" is a prefix match. */
    path: text('path').notNull(),
    ...timestamps(),
  },
  (t) => [
    index('units_org_idx').on(t.organisationId, t.path),
    index('units_parent_idx').on(t.parentId),
    check('units_kind_check', sql`${t.kind} in (${sql.raw(UNIT_KINDS.map((k) => `'${k}'`).join(','))})`),
  ],
);
