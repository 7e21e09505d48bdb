import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { channels } from './catalogue.schema';
import { idColumn, timestamps, utc } from './columns';
import { customers } from './customer.schema';
import { organisations } from './organisation.schema';
import { people } from './person.schema';
import { responses } from './response.schema';
import { surveys } from './survey.schema';
import { units } from './unit.schema';

/** A personal invitation of one customer (or contact) to answer a survey: one response per invitation. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /**
     * The link's token (256 random bits, base64url). Kept as is, not hashed: the reminder must repeat the link,
     * and the link is in the outbox anyway.
     */
    token: text('token').notNull(),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    name: text('name'),
    /** Language of the e-mail and the page (BCP 47), when known. */
    language: text('language'),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    employeeId: uuid('employee_id').references(() => people.id, { onDelete: 'set null' }),
    /** The case this invitation follows up (a re-survey after resolution). */
    caseId: uuid('case_id'),
    sentAt: utc('sent_at').notNull(),
    /** When the one reminder is due; null when none will be sent. */
    remindAt: utc('remind_at'),
    remindedAt: utc('reminded_at'),
    responseId: uuid('response_id').references(() => responses.id, { onDelete: 'set null' }),
    respondedAt: utc('responded_at'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('survey_invitations_token_uq').on(t.token),
    index('survey_invitations_email_idx').on(t.organisationId, sql`lower(${t.email})`, t.sentAt),
    index('survey_invitations_remind_idx').on(t.remindAt),
    index('survey_invitations_survey_idx').on(t.organisationId, t.surveyId),
  ],
);

/** A contact who asked never to be surveyed again by the organisation. */
export const surveyUnsubscribes = pgTable(
  'survey_unsubscribes',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Lower-cased e-mail address. */
    email: text('email').notNull(),
    at: utc('at').notNull(),
  },
  (t) => [uniqueIndex('survey_unsubscribes_uq').on(t.organisationId, t.email)],
);
