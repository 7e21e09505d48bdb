import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { organisations } from './organisation.schema';
import { people } from './person.schema';

/** Expected direction of a decision's effect on customers. */
export const CUSTOMER_IMPACTS = ['positive', 'neutral', 'negative'] as const;

/** A significant decision and what it means for customers: the decision log. */
export const decisions = pgTable(
  'decisions',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** The decision itself, as taken. */
    description: text('description').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    decidedByPersonId: uuid('decided_by_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    /** The answer to "what is in this for our customers?". */
    customerBenefit: text('customer_benefit'),
    /** The expected direction of its effect on customers. */
    customerImpact: text('customer_impact', { enum: CUSTOMER_IMPACTS }),
    /** Expected change of customer lifetime value, in the organisation's currency (negative when it costs). */
    expectedClvEffect: doublePrecision('expected_clv_effect'),
    /** How the CLV effect was estimated. */
    clvNote: text('clv_note'),
    /** Units the decision affects. */
    unitIds: uuid('unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    ...timestamps(),
  },
  (t) => [
    index('decisions_org_idx').on(t.organisationId, t.decidedOn),
    index('decisions_person_idx').on(t.organisationId, t.decidedByPersonId, t.decidedOn),
    check(
      'decisions_impact_check',
      sql`${t.customerImpact} is null or ${t.customerImpact} in ('positive','neutral','negative')`,
    ),
  ],
);
