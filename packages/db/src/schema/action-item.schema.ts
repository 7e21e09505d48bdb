import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, utc } from './columns';
import { organisations } from './organisation.schema';
import { people } from './person.schema';

/** The states of an action item, tracked to done. */
export const ACTION_ITEM_STATES = ['open', 'in_progress', 'done', 'cancelled'] as const;
/** What an action item can come from; every follow-up in Centric (reviews, cases, decisions) is one. */
export const ACTION_ITEM_SOURCES = ['feedback_review', 'decision', 'case', 'manual'] as const;

/** A follow-up with an owner and a due date, from whichever record raised it. */
export const actionItems = pgTable(
  'action_items',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerPersonId: uuid('owner_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    dueOn: date('due_on', { mode: 'string' }),
    state: text('state', { enum: ACTION_ITEM_STATES }).notNull().default('open'),
    /** The kind of record that raised it. */
    sourceKind: text('source_kind', { enum: ACTION_ITEM_SOURCES }).notNull().default('manual'),
    /** The id of that record (not a foreign key: sources live in different tables). */
    sourceId: uuid('source_id'),
    createdByPersonId: uuid('created_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** When it was marked done. */
    doneAt: utc('done_at'),
    ...timestamps(),
  },
  (t) => [
    index('action_items_org_owner_idx').on(t.organisationId, t.ownerPersonId, t.state),
    index('action_items_source_idx').on(t.organisationId, t.sourceKind, t.sourceId),
    check('action_items_state_check', sql`${t.state} in ('open','in_progress','done','cancelled')`),
    check(
      'action_items_source_check',
      sql`${t.sourceKind} in ('feedback_review','decision','case','manual')`,
    ),
  ],
);
