import { ROLES } from '@centric/core/organisation/roles';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.schema';
import { idColumn, timestamps, utc } from './columns';
import { organisations } from './organisation.schema';
import { units } from './unit.schema';

/** A person's membership of one organisation: who they are there, their role, unit and manager. */
export const people = pgTable(
  'people',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The sign-in identity; null until an invited person accepts. */
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    title: text('title'),
    role: text('role', { enum: ROLES }).notNull(),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    managerId: uuid('manager_id'),
    /** invited → active; deactivated people keep their history but cannot sign in to this organisation. */
    status: text('status', { enum: ['invited', 'active', 'deactivated'] })
      .notNull()
      .default('active'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('people_org_email_uq').on(t.organisationId, sql`lower(${t.email})`),
    uniqueIndex('people_org_user_uq').on(t.organisationId, t.userId),
    index('people_unit_idx').on(t.unitId),
    index('people_manager_idx').on(t.managerId),
    check('people_role_check', sql`${t.role} in (${sql.raw(ROLES.map((r) => `'${r}'`).join(','))})`),
  ],
);

/** An invitation to join an organisation; the token itself is never stored, only its hash. */
export const invitations = pgTable(
  'invitations',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedByPersonId: uuid('invited_by_person_id'),
    expiresAt: utc('expires_at').notNull(),
    acceptedAt: utc('accepted_at'),
    ...timestamps(),
  },
  (t) => [index('invitations_org_idx').on(t.organisationId)],
);
