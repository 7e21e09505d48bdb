import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, utc } from './columns';
import { organisations } from './organisation.schema';
import { people } from './person.schema';

/** A review cycle: the leaders' reviews open first, everyone else's once the CEO's own review is complete. */
export const reviewCycles = pgTable(
  'review_cycles',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    period: text('period', { enum: ['quarterly', 'annual'] }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** leaders: only the leaders' reviews are open; everyone: all are open; closed. */
    stage: text('stage', { enum: ['leaders', 'everyone', 'closed'] })
      .notNull()
      .default('leaders'),
    /** The CEO whose completed review opens the cycle to everyone. */
    ceoPersonId: uuid('ceo_person_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('review_cycles_org_idx').on(t.organisationId)],
);

/** One person's review in a cycle: customer objectives (required), self and manager assessments. */
export const reviews = pgTable(
  'reviews',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The manager who assesses (null for the CEO, assessed by the board outside Centric). */
    reviewerPersonId: uuid('reviewer_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Whether the person is a leader (executive or above), whose review opens first. */
    leader: boolean('leader').notNull(),
    /** How the person served customers against their customer objectives (required to complete). */
    customerObjectives: text('customer_objectives'),
    selfAssessment: text('self_assessment'),
    selfRating: integer('self_rating'),
    managerAssessment: text('manager_assessment'),
    managerRating: integer('manager_rating'),
    completedAt: utc('completed_at'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('reviews_cycle_person_uq').on(t.cycleId, t.personId),
    index('reviews_org_idx').on(t.organisationId),
    check('reviews_self_rating_check', sql`${t.selfRating} is null or ${t.selfRating} between 1 and 5`),
    check(
      'reviews_manager_rating_check',
      sql`${t.managerRating} is null or ${t.managerRating} between 1 and 5`,
    ),
  ],
);
