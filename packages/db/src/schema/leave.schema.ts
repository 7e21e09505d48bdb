import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { evidence } from './commitment.schema';
import { goals } from './direction.schema';
import { organisations } from './organisation.schema';
import { people } from './person.schema';

/** A period a leader is away (holiday, illness, parental leave): nothing of theirs falls due on those days. */
export const leavePeriods = pgTable(
  'leave_periods',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The leader who is away. */
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** First day away, in the organisation's calendar. */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Last day away (inclusive). */
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** Optional note (never required: a leader owes nobody the reason for their leave). */
    note: text('note'),
    /** Who recorded it (the leader or an admin). */
    recordedByPersonId: uuid('recorded_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('leave_periods_org_person_idx').on(t.organisationId, t.personId, t.startsOn),
    check('leave_periods_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The goals a piece of "customer objectives in reviews" evidence set or reviewed. */
export const evidenceGoals = pgTable(
  'evidence_goals',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.evidenceId, t.goalId] }),
    index('evidence_goals_goal_idx').on(t.organisationId, t.goalId),
  ],
);
