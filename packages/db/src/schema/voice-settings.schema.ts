import type { CaseRules } from '@centric/core/voice/case-rules';
import { integer, jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { organisations } from './organisation.schema';

/** An organisation's voice-of-the-customer settings; absent until first changed (defaults apply). */
export const voiceSettings = pgTable('voice_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** Case thresholds, SLA and root causes. */
  caseRules: jsonb('case_rules').$type<CaseRules>().notNull(),
  /** Days after an invitation before its one reminder (0: no reminder). */
  reminderDays: integer('reminder_days').notNull().default(3),
  /** Do not invite the same contact more often than every N days. */
  contactEveryDays: integer('contact_every_days').notNull().default(30),
  /** Minutes during which a customer may change their answer. */
  editMinutes: integer('edit_minutes').notNull().default(30),
  ...timestamps(),
});
