import { TIME_UNITS } from '@centric/core/clv/time-unit';
import { z } from 'zod';
import { id } from '../common/fields';

/** How customer values are computed; kept in the organisation's settings for the scheduled refits. */
export const clvSettings = z.object({
  timeUnit: z.enum(TIME_UNITS).default('week').describe('time unit of the models'),
  horizonMonths: z.number().int().min(1).max(120).default(12).describe('CLV horizon in months'),
  annualDiscountRate: z.number().min(0).max(1).default(0.1).describe('annual discount rate, e.g. 0.1'),
  margin: z
    .number()
    .gt(0)
    .max(1)
    .default(1)
    .describe('margin as a fraction of spend; 1 values customers by revenue'),
  lookbackDays: z
    .number()
    .int()
    .min(7)
    .max(365)
    .default(90)
    .describe('P(alive) is compared with its value this many days earlier to find falling customers'),
});
/** CLV settings. */
export type ClvSettings = z.output<typeof clvSettings>;

/** Body of POST /clv/refit: settings to change (the rest stay as they are). */
export const refitBody = z.strictObject({
  timeUnit: z.enum(TIME_UNITS).optional(),
  horizonMonths: z.number().int().min(1).max(120).optional(),
  annualDiscountRate: z.number().min(0).max(1).optional(),
  margin: z.number().gt(0).max(1).optional(),
  lookbackDays: z.number().int().min(7).max(365).optional(),
});

const nullableNumber = z.number().nullable();

/** A fitted model's parameters; null parameters mean the fit failed (never NaN). */
export const bgnbdReport = z.object({
  r: nullableNumber,
  alpha: nullableNumber,
  a: nullableNumber,
  b: nullableNumber,
  logLikelihood: nullableNumber,
  converged: z.boolean(),
  message: z.string(),
});
/** Gamma-Gamma parameters. */
export const gammaGammaReport = z.object({
  p: nullableNumber,
  q: nullableNumber,
  gamma: nullableNumber,
  logLikelihood: nullableNumber,
  converged: z.boolean(),
  message: z.string(),
});

/** Predicted against actual repeat purchases in the holdout window. */
export const holdoutReport = z.object({
  length: z.number().describe('holdout length in the time unit'),
  calibrationEnd: z.string().describe('last day of the holdout fit’s calibration window'),
  predictedTotal: z.number(),
  actualTotal: z.number(),
  correlation: nullableNumber.describe('per-customer Pearson correlation of predicted and actual'),
  meanAbsoluteError: nullableNumber,
  points: z.array(z.object({ t: z.number(), predicted: z.number(), actual: z.number() })),
});

const valueGroup = z.object({ customers: z.number(), totalClv: z.number(), meanClv: z.number() });

/** The stored aggregates of a fit. */
export const valueBreakdown = z.object({
  total: valueGroup,
  bySegment: z.array(valueGroup.extend({ segmentId: id.nullable() })),
  byUnit: z.array(valueGroup.extend({ unitId: id.nullable() })),
  atRisk: z.object({ detractors: valueGroup, fading: valueGroup, either: valueGroup }),
  npsByTier: z.array(
    z.object({
      tier: z.string(),
      customers: z.number(),
      meanClv: z.number(),
      respondents: z.number(),
      nps: nullableNumber,
    }),
  ),
  rules: z.object({ lowPAlive: z.number(), fallingBy: z.number() }),
});

/** One refit of the organisation's models. */
export const clvFit = z.object({
  id,
  fittedAt: z.string(),
  status: z.enum(['ok', 'failed']),
  message: z.string(),
  timeUnit: z.enum(TIME_UNITS),
  calibrationEnd: z.string(),
  customers: z.number(),
  repeatCustomers: z.number(),
  bgnbd: bgnbdReport,
  gammaGamma: gammaGammaReport,
  settings: clvSettings,
  holdout: holdoutReport.nullable(),
  breakdown: valueBreakdown.nullable(),
});
/** A CLV fit. */
export type ClvFit = z.output<typeof clvFit>;

/** Answer of GET /clv: the fit whose values are shown, and the latest attempt when it failed since. */
export const clvOverview = z.object({
  fit: clvFit.nullable(),
  latestAttempt: clvFit.nullable().describe('the latest refit when it failed (the values shown are older)'),
  currency: z.string(),
});
/** The customer-value overview. */
export type ClvOverview = z.output<typeof clvOverview>;

/** One customer's value. */
export const customerValue = z.object({
  customerId: id,
  clv: z.number(),
  pAlive: z.number(),
  pAliveBefore: nullableNumber,
  expectedPurchases: z.number(),
  repeatPurchases: z.number(),
  meanRepeatSpend: z.number(),
  fittedAt: z.string(),
  horizonMonths: z.number(),
  timeUnit: z.enum(TIME_UNITS),
  /** True when P(alive) is low or falling (the revenue-at-risk rule). */
  fading: z.boolean(),
});
/** Answer of GET /customers/:id/value: null when the customer has no value yet. */
export const customerValueAnswer = z.object({ value: customerValue.nullable() });
/** A customer's value. */
export type CustomerValue = z.output<typeof customerValue>;

/** Answer of GET /clv/segments/:id: the segment's CLV from the latest fit, for decisions about it. */
export const segmentValue = z.object({
  segmentId: id,
  value: z
    .object({
      customers: z.number(),
      totalClv: z.number(),
      meanClv: z.number(),
      fittedAt: z.string(),
      horizonMonths: z.number(),
      currency: z.string(),
    })
    .nullable()
    .describe('null until a fit has valued customers'),
});

const issue = z.object({ line: z.number(), severity: z.enum(['error', 'warning']), message: z.string() });

/** Body of POST /transactions/import. */
export const importTransactionsBody = z.strictObject({
  csv: z
    .string()
    .min(1, 'the file is empty')
    .describe(
      'CSV with a header row: customer_id (the customer’s external id or Centric id), date, amount[, transaction_id]',
    ),
  dryRun: z.boolean().default(false).describe('check and preview only; nothing is stored'),
});

/** Answer of POST /transactions/import. */
export const importTransactionsResult = z.object({
  applied: z.boolean(),
  rows: z.number().describe('data lines read'),
  imported: z.number(),
  errors: z.array(issue),
  warnings: z.array(issue),
  preview: z.array(
    z.object({ line: z.number(), customerId: z.string(), occurredAt: z.string(), amount: z.number() }),
  ),
  refitQueued: z.boolean(),
});
/** The outcome of a transaction import. */
export type ImportTransactionsResult = z.output<typeof importTransactionsResult>;
