import { RESPONSE_SOURCES } from '@centric/core/surveys/survey-kinds';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { channels, segments, touchpoints } from './catalogue.schema';
import { idColumn, timestamps, utc } from './columns';
import { customers } from './customer.schema';
import { organisations } from './organisation.schema';
import { people } from './person.schema';
import { responseImports } from './response-import.schema';
import { surveys } from './survey.schema';
import { units } from './unit.schema';

/** One answer to a survey, attributed to where and by whom the customer was served. Written only through the response write path. */
export const responses = pgTable(
  'responses',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    /** The main score on the survey kind's scale; null when only other questions were answered. */
    score: smallint('score'),
    comment: text('comment'),
    // The four attribution keys the metric rollups count by refuse a deletion while answers point at them (no
    // silent SET NULL around the write path): deleting a unit, channel, segment or person re-attributes its
    // answers through the write path's bulk re-attribution first (responses/response.reattribution.ts).
    channelId: uuid('channel_id').references(() => channels.id),
    touchpointId: uuid('touchpoint_id').references(() => touchpoints.id, { onDelete: 'set null' }),
    segmentId: uuid('segment_id').references(() => segments.id),
    unitId: uuid('unit_id').references(() => units.id),
    /** The employee who served the customer, when known. */
    employeeId: uuid('employee_id').references(() => people.id),
    /** Answers to the survey's other questions, keyed by question id. */
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    source: text('source', { enum: RESPONSE_SOURCES }).notNull(),
    /** Language the customer answered in (BCP 47). */
    language: text('language'),
    respondedAt: utc('responded_at').notNull(),
    /** The file import that wrote the response (null: not imported from a file). */
    importId: uuid('import_id').references(() => responseImports.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('responses_org_time_idx').on(t.organisationId, t.respondedAt, t.id),
    index('responses_survey_idx').on(t.surveyId),
    index('responses_customer_idx').on(t.customerId),
    index('responses_unit_idx').on(t.unitId),
    index('responses_import_idx').on(t.importId, t.id),
    check(
      'responses_source_check',
      sql`${t.source} in (${sql.raw(RESPONSE_SOURCES.map((s) => `'${s}'`).join(','))})`,
    ),
  ],
);
