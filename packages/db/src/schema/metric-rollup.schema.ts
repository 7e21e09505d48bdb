import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisation.schema';
import { surveys } from './survey.schema';

// Score histograms kept current by the response write path, so dashboards sum small rows instead of scanning
// responses. Every scale Centric asks on lies within 0–10, so a histogram is eleven count columns (`s0`…`s10`,
// the count of answers giving that score) plus the answers without a main score: one row per key instead of one
// per key and score. Dimension columns carry no foreign key: a deleted unit, channel or segment sets the
// responses' column to null without a response write, and the rollups keep counting those answers under the old
// id, which only a filter on that (now unknown) id could reach. Nulls are one value in the keys (NULLS NOT
// DISTINCT), so "no unit" is a key like any other.

/**
 * A surrogate key: the natural key holds nulls, and backups page through every table by its primary key. The
 * database draws it, so the hook's and the rebuild's set-based inserts need not.
 */
const rowId = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

const scoreColumns = () => ({
  s0: integer('s0').notNull().default(0),
  s1: integer('s1').notNull().default(0),
  s2: integer('s2').notNull().default(0),
  s3: integer('s3').notNull().default(0),
  s4: integer('s4').notNull().default(0),
  s5: integer('s5').notNull().default(0),
  s6: integer('s6').notNull().default(0),
  s7: integer('s7').notNull().default(0),
  s8: integer('s8').notNull().default(0),
  s9: integer('s9').notNull().default(0),
  s10: integer('s10').notNull().default(0),
  /** Answers that gave no main score (counted as responses, not in any metric). */
  unscored: integer('unscored').notNull().default(0),
});

/** Answers per local day × survey × unit × channel × segment × employee (the finest grain). */
export const metricDailyRollups = pgTable(
  'metric_daily_rollups',
  {
    id: rowId(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The day the answers were given, in the organisation's time zone. */
    day: date('day', { mode: 'string' }).notNull(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /** The unit the answers are attributed to (null: none). */
    unitId: uuid('unit_id'),
    /** The channel (null: none). */
    channelId: uuid('channel_id'),
    /** The customer segment (null: none). */
    segmentId: uuid('segment_id'),
    /** The employee who served (null: none). */
    employeeId: uuid('employee_id'),
    ...scoreColumns(),
  },
  (t) => [
    unique('metric_daily_rollups_key')
      .on(t.organisationId, t.day, t.surveyId, t.unitId, t.channelId, t.segmentId, t.employeeId)
      .nullsNotDistinct(),
    index('metric_daily_rollups_employee_idx').on(t.organisationId, t.employeeId, t.day),
  ],
);

/** Answers per local month × survey × unit × channel × segment: long periods read whole months from here. */
export const metricMonthlyRollups = pgTable(
  'metric_monthly_rollups',
  {
    id: rowId(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The first day of the local month. */
    month: date('month', { mode: 'string' }).notNull(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /** The unit (null: none). */
    unitId: uuid('unit_id'),
    /** The channel (null: none). */
    channelId: uuid('channel_id'),
    /** The customer segment (null: none). */
    segmentId: uuid('segment_id'),
    ...scoreColumns(),
  },
  (t) => [
    unique('metric_monthly_rollups_key')
      .on(t.organisationId, t.month, t.surveyId, t.unitId, t.channelId, t.segmentId)
      .nullsNotDistinct(),
  ],
);
