import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { utc } from './columns';
import { organisations } from './organisation.schema';

/** The first answer to a request sent with an `Idempotency-Key` (or a customer's submission), replayed on retries. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Scope and key, e.g. `api:responses:<key>` or `public:<token>:<submission id>`. */
    key: text('key').notNull(),
    /** SHA-256 of the request body: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: jsonb('body').notNull(),
    createdAt: utc('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);
