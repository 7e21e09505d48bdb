import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps, utc } from './columns';
import { customers } from './customer.schema';
import { organisations } from './organisation.schema';

/** One refit of an organisation's CLV models: parameters, settings, holdout check and the stored aggregates. */
export const clvFits = pgTable(
  'clv_fits',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** When the refit ran (service clock). */
    fittedAt: utc('fitted_at').notNull(),
    /** `ok` when both models converged and customers were valued; `failed` otherwise (see message). */
    status: text('status', { enum: ['ok', 'failed'] }).notNull(),
    /** Why a fit failed, or the optimisers' convergence notes. */
    message: text('message').notNull(),
    /** The models' time unit (day, week or month): α and every duration are in it. */
    timeUnit: text('time_unit').notNull(),
    /** Last day (ISO, organisation time zone) of the data the values are computed from. */
    calibrationEnd: text('calibration_end').notNull(),
    customers: integer('customers').notNull(),
    repeatCustomers: integer('repeat_customers').notNull(),
    /** BG/NBD r, alpha, a, b, logLikelihood, converged, message. */
    bgnbd: jsonb('bgnbd').$type<Record<string, unknown>>().notNull(),
    /** Gamma-Gamma p, q, gamma, logLikelihood, converged, message. */
    gammaGamma: jsonb('gamma_gamma').$type<Record<string, unknown>>().notNull(),
    /** Horizon in months, annual discount rate, margin and P(alive) look-back used for the values. */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    /** The holdout check of a separate fit on the data before the holdout window, or null. */
    holdout: jsonb('holdout').$type<Record<string, unknown>>(),
    /** CLV by segment and unit, revenue at risk and NPS by CLV tier at fit time, or null for a failed fit. */
    breakdown: jsonb('breakdown').$type<Record<string, unknown>>(),
    ...timestamps(),
  },
  (t) => [index('clv_fits_org_time_idx').on(t.organisationId, t.fittedAt)],
);

/** Each customer's value from the organisation's latest successful fit (replaced whole at every refit). */
export const customerValues = pgTable(
  'customer_values',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    fitId: uuid('fit_id')
      .notNull()
      .references(() => clvFits.id, { onDelete: 'cascade' }),
    /** Expected discounted margin over the fit's horizon, in the organisation's currency. */
    clv: doublePrecision('clv').notNull(),
    /** Probability the customer is still active at calibration end. */
    pAlive: doublePrecision('p_alive').notNull(),
    /** P(alive) at the look-back date from the history known then; null if not yet a customer. */
    pAliveBefore: doublePrecision('p_alive_before'),
    /** Expected purchases over the horizon (undiscounted). */
    expectedPurchases: doublePrecision('expected_purchases').notNull(),
    /** Repeat purchases in calibration (purchase days after the first). */
    repeatPurchases: integer('repeat_purchases').notNull(),
    /** Time of the last purchase since the first, in the fit's time unit. */
    recency: doublePrecision('recency').notNull(),
    /** Time since the first purchase, in the fit's time unit. */
    age: doublePrecision('age').notNull(),
    /** Mean spend of the repeat purchases (0 without any). */
    meanRepeatSpend: doublePrecision('mean_repeat_spend').notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('customer_values_org_customer_uq').on(t.organisationId, t.customerId),
    index('customer_values_fit_idx').on(t.fitId),
  ],
);
