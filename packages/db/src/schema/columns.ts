import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { v7 as uuidv7 } from 'uuid';

/** A time-ordered UUID (v7) primary key: ids sort by creation, so cursor pagination can key on them. */
export const idColumn = () =>
  uuid('id')
    .primaryKey()
    .$defaultFn(() => uuidv7());

/** A UTC timestamp column (timestamptz), read and written as a Date. */
export const utc = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** created_at / updated_at, both set on insert; updated_at is bumped by the repositories on update. */
export const timestamps = () => ({
  createdAt: utc('created_at').notNull().defaultNow(),
  updatedAt: utc('updated_at').notNull().defaultNow(),
});
