import { ROLES } from '@centric/core/organisation/roles';
import { doublePrecision, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from './columns';
import { organisations } from './organisation.schema';

/** One weighted metric of an incentive plan. */
export interface IncentiveComponentValue {
  /** nps, nps-change, csat, ces, detractor-share, time-to-contact, retention, clv, revenue, margin, enps. */
  metric: string;
  /** Relative weight. */
  weight: number;
  /** Value at which it starts paying. */
  threshold: number;
  /** Value at which it pays 100 %. */
  target: number;
  /** Largest payout factor (1.5 = 150 %). */
  cap: number;
}

/** An incentive plan for a role: weights across metrics and a bonus pool. */
export const incentivePlans = pgTable(
  'incentive_plans',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The role the plan applies to. */
    role: text('role', { enum: ROLES }).notNull(),
    /** Target bonus per person at 100 %, in the organisation's currency. */
    pool: doublePrecision('pool').notNull(),
    components: jsonb('components').$type<IncentiveComponentValue[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [index('incentive_plans_org_idx').on(t.organisationId)],
);
