import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';

/** A tenant: one company using Centric. Every other domain row belongs to exactly one. */
export const organisations = pgTable('organisations', {
  id: idColumn(),
  /** URL-safe unique handle, used by the CLI (`--org SLUG`) and the web app. */
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** IANA time zone in which days, months and quarters are cut. */
  timeZone: text('time_zone').notNull().default('UTC'),
  /** ISO 4217 code of the organisation's money (transactions, CLV). */
  currency: text('currency').notNull().default('EUR'),
  /** The person who is the CEO (shown first in leader views). */
  ceoPersonId: uuid('ceo_person_id'),
  /** Tunable settings (minimum sample, contact rules, ...), validated by contracts. */
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  ...timestamps(),
});
