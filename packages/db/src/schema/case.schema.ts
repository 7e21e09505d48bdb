import { CASE_STATUSES } from '@centric/core/voice/case-states';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, utc } from './columns';
import { customers } from './customer.schema';
import { organisations } from './organisation.schema';
import { people } from './person.schema';
import { responses } from './response.schema';
import { units } from './unit.schema';

/** A closed-loop case: an unhappy customer to contact, and the cause to fix. One per response. */
export const cases = pgTable(
  'cases',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    responseId: uuid('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    /** The unit the response is attributed to (the case follows it up there). */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    /** Who must act: the head of the unit, then of its parent after an escalation. */
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('new'),
    openedAt: utc('opened_at').notNull(),
    /** The SLA: contact the customer by then. */
    dueAt: utc('due_at').notNull(),
    contactedAt: utc('contacted_at'),
    closedAt: utc('closed_at'),
    /** When the sweep found the case overdue (set once; webhooks and escalation follow). */
    overdueAt: utc('overdue_at'),
    /** The head of the parent unit the overdue case was escalated to. */
    escalatedToPersonId: uuid('escalated_to_person_id').references(() => people.id, { onDelete: 'set null' }),
    rootCause: text('root_cause'),
    /** Follow-up after resolution: null none sent, pending, yes (no longer unhappy) or no (reopened). */
    recovered: text('recovered', { enum: ['pending', 'yes', 'no'] }),
    reopenedCount: integer('reopened_count').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('cases_response_uq').on(t.responseId),
    index('cases_org_idx').on(t.organisationId, t.id),
    index('cases_owner_idx').on(t.organisationId, t.ownerPersonId),
    index('cases_open_due_idx').on(t.status, t.dueAt),
    check(
      'cases_status_check',
      sql`${t.status} in (${sql.raw(CASE_STATUSES.map((s) => `'${s}'`).join(','))})`,
    ),
  ],
);

/** A note on a case (a call made, what the customer said) or a recorded state change. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorPersonId: uuid('author_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** `note` from a person; `event` written by Centric (opened, escalated, state changes). */
    kind: text('kind', { enum: ['note', 'event'] }).notNull(),
    text: text('text').notNull(),
    at: utc('at').notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.at)],
);
