import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, utc } from './columns';

/** Every e-mail Centric sends; with no SMTP configured, this is where mail is read. */
export const outbox = pgTable(
  'outbox',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id'),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** queued → sent | failed; `held` when no SMTP is configured (readable in the app). */
    status: text('status', { enum: ['queued', 'sent', 'failed', 'held'] }).notNull(),
    error: text('error'),
    createdAt: utc('created_at').notNull(),
    sentAt: utc('sent_at'),
  },
  (t) => [index('outbox_org_idx').on(t.organisationId, t.id)],
);
