import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, utc } from './columns';

/** Who changed what, when: one row per change, never updated. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: idColumn(),
    /** Null for changes outside any organisation (creating one, system jobs). */
    organisationId: uuid('organisation_id'),
    actorPersonId: uuid('actor_person_id'),
    actorUserId: text('actor_user_id'),
    /** `cli`, `api-key`, `session`, `system`. */
    actorKind: text('actor_kind').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** The fields that changed, before and after; secrets are never written here. */
    changes: jsonb('changes').$type<Record<string, unknown>>(),
    at: utc('at').notNull(),
  },
  (t) => [index('audit_org_idx').on(t.organisationId, t.id)],
);
