import type {
  SurveyQuestion,
  SurveyTargets,
  SurveyTextsInput,
} from '@centric/contracts/surveys/survey.schemas';
import { SURVEY_KINDS, SURVEY_STATUSES } from '@centric/core/surveys/survey-kinds';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { organisations } from './organisation.schema';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

/** A survey: its kind fixes the main score's scale; questions add ratings, choices and text. */
export const surveys = pgTable(
  'surveys',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: SURVEY_KINDS }).notNull(),
    status: text('status', { enum: SURVEY_STATUSES }).notNull().default('draft'),
    questions: jsonb('questions').$type<SurveyQuestion[]>().notNull().default([]),
    /** The survey's own texts by language (intro, main question, thanks); shipped texts fill the gaps. */
    texts: jsonb('texts').$type<SurveyTextsInput>().notNull().default({}),
    /** The units, channels and touchpoints its links and invitations may use (empty lists: any). */
    targets: jsonb('targets')
      .$type<SurveyTargets>()
      .notNull()
      .default({ unitIds: [], channelIds: [], touchpointIds: [] }),
    ...timestamps(),
  },
  (t) => [
    index('surveys_org_idx').on(t.organisationId, t.id),
    check('surveys_kind_check', sql`${t.kind} in (${list(SURVEY_KINDS)})`),
    check('surveys_status_check', sql`${t.status} in (${list(SURVEY_STATUSES)})`),
  ],
);
