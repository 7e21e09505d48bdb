import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, utc } from './columns';
import { organisations } from './organisation.schema';

/** One import of a response file: what was asked, how it went, and its report (bad lines capped). */
export const responseImports = pgTable(
  'response_imports',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The format name (centric, qualtrics, delighted, online). */
    format: text('format').notNull(),
    /** The file's name as given (for people, not a path to open). */
    fileName: text('file_name').notNull(),
    /** running → applied | rejected (bad lines, nothing changed) | failed (an error, nothing changed). */
    status: text('status').notNull(),
    /** Responses written. */
    imported: integer('imported').notNull().default(0),
    /** Bad lines found (all of them, not only the listed ones). */
    badLines: integer('bad_lines').notNull().default(0),
    /** The summary and the first bad lines, as the API answers them. */
    report: jsonb('report').$type<Record<string, unknown>>(),
    /** SHA-256 of the file's bytes (hex): an applied import's twin is refused unless asked for again. */
    fingerprint: text('fingerprint'),
    /** The process running the import (a random id per process), while it runs. */
    runner: text('runner'),
    /** When the runner last said it was still at work: a running import without news is interrupted. */
    heartbeatAt: utc('heartbeat_at'),
    /** The person who imported (null: the operator or the system). */
    createdBy: uuid('created_by'),
    createdAt: utc('created_at').notNull(),
    finishedAt: utc('finished_at'),
  },
  (t) => [
    index('response_imports_org_idx').on(t.organisationId, t.id),
    index('response_imports_fingerprint_idx').on(t.organisationId, t.fingerprint),
  ],
);
