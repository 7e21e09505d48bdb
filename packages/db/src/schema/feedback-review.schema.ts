import { boolean, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { organisations } from './organisation.schema';
import { people } from './person.schema';
import { units } from './unit.schema';

/** A meeting held to review customer feedback, with other departments invited. */
export const feedbackReviews = pgTable(
  'feedback_reviews',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The unit whose feedback was reviewed. */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    organiserPersonId: uuid('organiser_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** The feedback discussed (themes, verbatims, numbers). */
    feedbackDiscussed: text('feedback_discussed').notNull(),
    /** Decisions taken in the meeting, one a line. */
    decisions: text('decisions').array().notNull().default([]),
    ...timestamps(),
  },
  (t) => [index('feedback_reviews_org_idx').on(t.organisationId, t.heldOn)],
);

/** Who was invited to a feedback review, from which unit, and whether they came. */
export const feedbackReviewAttendees = pgTable(
  'feedback_review_attendees',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => feedbackReviews.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The attendee's unit when invited (departments change; the meeting's reach should not). */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    attended: boolean('attended').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.personId] }),
    index('feedback_review_attendees_person_idx').on(t.personId),
  ],
);
