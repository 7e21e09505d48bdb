import { CYCLE_KINDS, CYCLE_PHASES, REVIEW_STATES } from '@centric/core/direction/review-cycle';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps, utc } from './columns';
import { organisations } from './organisation.schema';
import { people } from './person.schema';

/** A quarterly or annual review cycle: draft → open to the leaders → open to everyone → closed. */
export const reviewCycles = pgTable(
  'review_cycles',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: CYCLE_KINDS }).notNull(),
    /** First day of the period reviewed. */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** Last day of the period reviewed. */
    endDate: date('end_date', { mode: 'string' }).notNull(),
    phase: text('phase', { enum: CYCLE_PHASES }).notNull().default('draft'),
    /** Who writes the manager assessment of the CEO (and anyone without a manager) for the board; else an admin. */
    boardReviewerPersonId: uuid('board_reviewer_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
    leadersOpenedAt: utc('leaders_opened_at'),
    everyoneOpenedAt: utc('everyone_opened_at'),
    closedAt: utc('closed_at'),
    ...timestamps(),
  },
  (t) => [
    index('review_cycles_org_idx').on(t.organisationId, t.id),
    check('review_cycles_dates_check', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** One assessment (self or manager) of a customer objective. */
export interface ObjectiveAssessmentValue {
  /** 1–5, null while not rated. */
  rating: number | null;
  /** What happened. */
  comment: string;
}

/** A customer objective of a review: the goal it links to, a snapshot of it, and both assessments. */
export interface ReviewObjectiveValue {
  /** The goal record (null once the goal was removed; the snapshot stays). */
  goalId: string | null;
  /** The goal's title when linked. */
  title: string;
  /** The goal's metric. */
  metric: string;
  /** Whether the goal is a customer objective. */
  customer: boolean;
  /** The person's assessment. */
  self: ObjectiveAssessmentValue | null;
  /** The reviewer's assessment. */
  manager: ObjectiveAssessmentValue | null;
}

/** One person's review in a cycle. */
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
    /** The person's manager when the review opened (or the cycle's board reviewer); null: an admin reviews. */
    reviewerPersonId: uuid('reviewer_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Whether the person is a leader (reviewed first). */
    leader: boolean('leader').notNull(),
    state: text('state', { enum: REVIEW_STATES }).notNull().default('not-started'),
    objectives: jsonb('objectives').$type<ReviewObjectiveValue[]>().notNull().default([]),
    selfRating: integer('self_rating'),
    selfText: text('self_text').notNull().default(''),
    selfSubmittedAt: utc('self_submitted_at'),
    managerRating: integer('manager_rating'),
    managerText: text('manager_text').notNull().default(''),
    managerSubmittedAt: utc('manager_submitted_at'),
    completedAt: utc('completed_at'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('reviews_cycle_person_uq').on(t.cycleId, t.personId),
    index('reviews_org_cycle_idx').on(t.organisationId, t.cycleId),
    index('reviews_org_person_idx').on(t.organisationId, t.personId),
    index('reviews_org_reviewer_idx').on(t.organisationId, t.reviewerPersonId),
    check('reviews_self_rating_check', sql`${t.selfRating} is null or ${t.selfRating} between 1 and 5`),
    check(
      'reviews_manager_rating_check',
      sql`${t.managerRating} is null or ${t.managerRating} between 1 and 5`,
    ),
  ],
);
