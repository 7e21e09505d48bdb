import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, smallint, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisation.schema';
import { surveys } from './survey.schema';

// Score histograms kept current by the response write path, so dashboards sum small rows instead of scanning
// responses. Every scale Centric asks on lies within 0–10, so a histogram is eleven count columns (`s0`…`s10`,
// the count of answers giving that score) plus the answers without a main score: one row per key instead of one
// per key and score.
//
// Each answer is counted at several grains (a cube): the grain is the bit set of the dimensions a row keeps
// (unit 1, channel 2, segment 4, employee 8; see core/metrics/rollup-grain.ts), the dimensions it drops are null.
// Kept: none (0), unit (1), channel (2), segment (4), channel × segment (6) and everything (15). A query reads the
// smallest grain with the dimensions it filters or groups on, so "NPS for 12 months" sums 12
// month-rows per survey, not one row per unit × channel × segment × employee × day. Dimension columns carry no
// foreign key; the responses' own keys refuse the deletion of a unit, channel, segment or person still answered
// for, and the services that delete one re-attribute its answers through the write path first. Nulls are one
// value in the keys (NULLS NOT DISTINCT), so "no unit" is a key like any other.

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

/** Answers per local day × survey × the grain's dimensions. */
export const metricDailyRollups = pgTable(
  'metric_daily_rollups',
  {
    id: rowId(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Which dimensions the row keeps (bit set: unit 1, channel 2, segment 4, employee 8); the others are null. */
    grain: smallint('grain').notNull().default(15),
    /** The day the answers were given, in the organisation's time zone. */
    day: date('day', { mode: 'string' }).notNull(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /** The unit the answers are attributed to (null: none, or not kept by the grain). */
    unitId: uuid('unit_id'),
    /** The channel (null: none, or not kept by the grain). */
    channelId: uuid('channel_id'),
    /** The customer segment (null: none, or not kept by the grain). */
    segmentId: uuid('segment_id'),
    /** The employee who served (null: none, or not kept by the grain). */
    employeeId: uuid('employee_id'),
    ...scoreColumns(),
  },
  (t) => [
    // Its leading columns serve every read: one grain of one organisation, a range of days, then the surveys.
    unique('metric_daily_rollups_key')
      .on(t.organisationId, t.grain, t.day, t.surveyId, t.unitId, t.channelId, t.segmentId, t.employeeId)
      .nullsNotDistinct(),
    // One employee's rows of the finest grain, without reading every other employee's.
    index('metric_daily_rollups_employee_idx')
      .on(t.organisationId, t.employeeId, t.day)
      .where(sql`grain = 15`),
  ],
);

/** Answers per local month × survey × the grain's dimensions: long periods read whole months from here. */
export const metricMonthlyRollups = pgTable(
  'metric_monthly_rollups',
  {
    id: rowId(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Which dimensions the row keeps (as in the daily rollups). */
    grain: smallint('grain').notNull().default(7),
    /** The first day of the local month. */
    month: date('month', { mode: 'string' }).notNull(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /** The unit (null: none, or not kept by the grain). */
    unitId: uuid('unit_id'),
    /** The channel (null: none, or not kept by the grain). */
    channelId: uuid('channel_id'),
    /** The customer segment (null: none, or not kept by the grain). */
    segmentId: uuid('segment_id'),
    /** The employee who served (null: none, or not kept by the grain). */
    employeeId: uuid('employee_id'),
    ...scoreColumns(),
  },
  (t) => [
    unique('metric_monthly_rollups_key')
      .on(t.organisationId, t.grain, t.month, t.surveyId, t.unitId, t.channelId, t.segmentId, t.employeeId)
      .nullsNotDistinct(),
    index('metric_monthly_rollups_employee_idx')
      .on(t.organisationId, t.employeeId, t.month)
      .where(sql`grain = 15`),
  ],
);
