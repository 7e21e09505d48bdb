import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { channels, touchpoints } from './catalogue.schema';
import { idColumn, timestamps } from './columns';
import { organisations } from './organisation.schema';
import { surveys } from './survey.schema';
import { units } from './unit.schema';

/** An anonymous link (or website widget) to a survey: anyone with it may answer, attributed as configured. */
export const surveyLinks = pgTable(
  'survey_links',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /** Public, unguessable (256 bits, base64url): the link is meant to be shared, so it is stored as is. */
    token: text('token').notNull(),
    /** `link` for a shareable URL, `widget` for the snippet embedded in a website. */
    kind: text('kind', { enum: ['link', 'widget'] }).notNull(),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    touchpointId: uuid('touchpoint_id').references(() => touchpoints.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('survey_links_token_uq').on(t.token),
    index('survey_links_survey_idx').on(t.organisationId, t.surveyId),
    check('survey_links_kind_check', sql`${t.kind} in ('link','widget')`),
  ],
);
