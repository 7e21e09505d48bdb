import { pgTable, text } from 'drizzle-orm/pg-core';
import { utc } from './columns';

/** Settings of this Centric installation itself (not of an organisation), such as the generated session secret. */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: utc('created_at').notNull().defaultNow(),
});
