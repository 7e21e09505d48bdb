// Customer lifetime value: expected discounted future margin over a finite horizon, from a transaction model
// (BG/NBD or Pareto/NBD) and the Gamma-Gamma spend model, which are assumed independent.
import { type BgNbdModel, bgnbdConditionalExpectedTransactions } from './bgnbd.model';
import { type GammaGammaParams, gammaGammaConditionalExpectedSpend } from './gamma-gamma.model';
import type { CustomerHistories } from './histories';
import { type ParetoNbdModel, paretoNbdConditionalExpectedTransactions } from './pareto-nbd.model';
import { convertDuration, DAYS_PER_YEAR, daysPerTimeUnit, type TimeUnit } from './time-unit';

/** A discount rate per discounting period, or an annual rate that is converted by compounding. */
export type DiscountRate = { readonly perPeriod: number } | { readonly annual: number };

/** The CLV horizon, discounting and margin. */
export interface ClvOptions {
  /** Length of one discounting period; each period's expected margin is discounted at the period's end. */
  readonly periodUnit: TimeUnit;
  /** Number of periods in the horizon (e.g. 12 with periodUnit 'month' for one year). */
  readonly periods: number;
  readonly discount: DiscountRate;
  /** Profit margin as a fraction of spend (e.g. 0.3). */
  readonly margin: number;
}

/** A fitted transaction model in its own time unit: BG/NBD or Pareto/NBD. */
export type TransactionModel = BgNbdModel | ParetoNbdModel;

/** A customer's history and mean repeat spend, times in the transaction model's unit. */
export interface ClvCustomer {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  /** Mean spend of the repeat transactions; ignored when x = 0, and ≤ 0 means "use the population mean". */
  readonly meanRepeatSpend: number;
}

/** The discount rate per period of `unit`: an annual rate r becomes (1 + r)^(days in unit / 365.25) − 1. */
export function discountRatePerPeriod(discount: DiscountRate, unit: TimeUnit): number {
  const rate =
    'perPeriod' in discount
      ? discount.perPeriod
      : (1 + discount.annual) ** (daysPerTimeUnit(unit) / DAYS_PER_YEAR) - 1;
  if (!(rate > -1 && Number.isFinite(rate)))
    throw new RangeError(`discount rate must be > −100%, got ${rate}`);
  return rate;
}

function validate(options: Omit<ClvOptions, 'margin'> & { margin?: number }): void {
  if (!(Number.isInteger(options.periods) && options.periods >= 0)) {
    throw new RangeError(`periods must be a whole number ≥ 0, got ${options.periods}`);
  }
  if (options.margin !== undefined && !(Number.isFinite(options.margin) && options.margin >= 0)) {
    throw new RangeError(`margin must be a finite fraction ≥ 0, got ${options.margin}`);
  }
}

const expectedTransactions = (
  model: TransactionModel,
  t: number,
  x: number,
  tx: number,
  T: number,
): number =>
  'a' in model.params
    ? bgnbdConditionalExpectedTransactions(model.params, t, x, tx, T)
    : paretoNbdConditionalExpectedTransactions(model.params, t, x, tx, T);

function discountedTransactions(
  model: TransactionModel,
  x: number,
  tx: number,
  T: number,
  periodLength: number,
  periods: number,
  rate: number,
): number {
  let total = 0;
  let previous = 0;
  let factor = 1;
  for (let i = 1; i <= periods; i++) {
    const cumulative = expectedTransactions(model, i * periodLength, x, tx, T);
    factor /= 1 + rate;
    // Differences of the cumulative expectation: the expected transactions within period i.
    total += (cumulative - previous) * factor;
    previous = cumulative;
  }
  return total;
}

/** Σᵢ (E[Y(i·period) | history] − E[Y((i−1)·period) | history]) / (1 + d)^i: discounted expected transactions. */
export function discountedExpectedTransactions(
  model: TransactionModel,
  x: number,
  tx: number,
  T: number,
  options: Omit<ClvOptions, 'margin'>,
): number {
  validate(options);
  const periodLength = convertDuration(1, options.periodUnit, model.timeUnit);
  const rate = discountRatePerPeriod(options.discount, options.periodUnit);
  return discountedTransactions(model, x, tx, T, periodLength, options.periods, rate);
}

const expectedSpend = (spend: GammaGammaParams, x: number, meanRepeatSpend: number): number =>
  gammaGammaConditionalExpectedSpend(spend, meanRepeatSpend > 0 ? x : 0, meanRepeatSpend);

/** Expected discounted margin of one customer over the horizon, in the currency of the spend model. */
export function customerLifetimeValue(
  model: TransactionModel,
  spend: GammaGammaParams,
  customer: ClvCustomer,
  options: ClvOptions,
): number {
  const transactions = discountedExpectedTransactions(model, customer.x, customer.tx, customer.T, options);
  return transactions * expectedSpend(spend, customer.x, customer.meanRepeatSpend) * options.margin;
}

/**
 * CLV of every customer, computing the transaction forecast once per distinct history (`historyRow[i]` is the
 * row of `histories` of `customers[i]`, as in an RFM summary); returns values in the order of `customers`.
 */
export function customerLifetimeValues(
  model: TransactionModel,
  spend: GammaGammaParams,
  base: {
    readonly histories: CustomerHistories;
    readonly historyRow: ArrayLike<number>;
    readonly customers: readonly Pick<ClvCustomer, 'x' | 'meanRepeatSpend'>[];
  },
  options: ClvOptions,
): Float64Array {
  validate(options);
  const { histories, historyRow, customers } = base;
  if (histories.timeUnit !== model.timeUnit) {
    throw new RangeError(`histories are in ${histories.timeUnit}s but the model is in ${model.timeUnit}s`);
  }
  if (historyRow.length !== customers.length)
    throw new RangeError('historyRow and customers differ in length');
  const periodLength = convertDuration(1, options.periodUnit, model.timeUnit);
  const rate = discountRatePerPeriod(options.discount, options.periodUnit);
  const perHistory = new Float64Array(histories.x.length);
  for (let g = 0; g < perHistory.length; g++) {
    const [x, tx, T] = [histories.x[g]!, histories.tx[g]!, histories.T[g]!];
    perHistory[g] = discountedTransactions(model, x, tx, T, periodLength, options.periods, rate);
  }
  const values = new Float64Array(customers.length);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    values[i] = perHistory[historyRow[i]!]! * expectedSpend(spend, c.x, c.meanRepeatSpend) * options.margin;
  }
  return values;
}
