import { index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, utc } from './columns';
import { customers } from './customer.schema';
import { organisations } from './organisation.schema';
import { units } from './unit.schema';

/** A purchase (or refund, as a negative amount) by a customer, the raw material of CLV. */
export const transactions = pgTable(
  'transactions',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    occurredAt: utc('occurred_at').notNull(),
    /** Amount in the organisation's currency, exact to the cent. */
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    /** The transaction's id in the organisation's own systems, for de-duplication. */
    externalId: text('external_id'),
    ...timestamps(),
  },
  (t) => [
    index('transactions_org_customer_idx').on(t.organisationId, t.customerId, t.occurredAt),
    index('transactions_org_id_idx').on(t.organisationId, t.id),
  ],
);
