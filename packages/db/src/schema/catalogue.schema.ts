import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { organisations } from './organisation.schema';

const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

/** A customer segment (e.g. "Loyalty members", "Business"). */
export const segments = pgTable(
  'segments',
  {
    id: idColumn(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    description: text('description'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('segments_org_name_uq').on(t.organisationId, t.name)],
);

/** A channel customers reach the company through (store, web, app, phone...). */
export const channels = pgTable(
  'channels',
  { id: idColumn(), organisationId: organisationId(), name: text('name').notNull(), ...timestamps() },
  (t) => [uniqueIndex('channels_org_name_uq').on(t.organisationId, t.name)],
);

/** A moment of contact within a channel (checkout, delivery, support call...). */
export const touchpoints = pgTable(
  'touchpoints',
  {
    id: idColumn(),
    organisationId: organisationId(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('touchpoints_channel_name_uq').on(t.channelId, t.name),
    index('touchpoints_org_idx').on(t.organisationId),
  ],
);
