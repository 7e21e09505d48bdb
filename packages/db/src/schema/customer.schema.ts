import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { segments } from './catalogue.schema';
import { idColumn, timestamps } from './columns';
import { organisations } from './organisation.schema';
import { units } from './unit.schema';

/** A customer of the organisation (a person or a business contact). */
export const customers = pgTable(
  'customers',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The customer's id in the organisation's own systems (CRM, shop). */
    externalId: text('external_id'),
    name: text('name'),
    email: text('email'),
    segmentId: uuid('segment_id').references(() => segments.id, { onDelete: 'set null' }),
    /** The business account the customer belongs to, for B2B. */
    account: text('account'),
    /** The unit (store, branch) the customer mostly deals with. */
    homeUnitId: uuid('home_unit_id').references(() => units.id, { onDelete: 'set null' }),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('customers_org_external_uq').on(t.organisationId, t.externalId),
    index('customers_org_email_idx').on(t.organisationId, sql`lower(${t.email})`),
    index('customers_org_name_idx').on(t.organisationId, t.name, t.id),
    index('customers_segment_idx').on(t.segmentId),
  ],
);
