// From a purchase log to fitted models and per-customer values: the one pipeline the CLI, the refit service and
// the benchmark share, so that a number means the same thing wherever it is shown.
import {
  type BgNbdFit,
  bgnbdConditionalExpectedTransactions,
  bgnbdProbabilityAlive,
  fitBgNbd,
} from './bgnbd.model';
import { customerLifetimeValues, type DiscountRate } from './clv';
import { fitGammaGamma, type GammaGammaFit } from './gamma-gamma.model';
import { type HoldoutCheck, holdoutCheck } from './holdout';
import type { PurchaseDay } from './refunds';
import { buildRfmSummary, fromDayNumber, type RfmSummary, toDayNumber } from './summary';
import { convertDuration, type TimeUnit } from './time-unit';

/** How to fit a purchase log. */
export interface LogFitOptions {
  readonly timeUnit: TimeUnit;
  /** Last calibration day; by default the last purchase day (no holdout). */
  readonly calibrationEnd?: string | undefined;
  /** Last holdout day, after `calibrationEnd`; by default the last purchase day when a calibration end is given. */
  readonly holdoutEnd?: string | undefined;
  /** Told when a stage starts (the fits are synchronous: a caller can only show stages). */
  readonly onStage?: (stage: 'summary' | 'bgnbd' | 'gamma-gamma' | 'holdout') => void;
}

/** Both models fitted on one calibration window, with the holdout check when there is a holdout. */
export interface LogFit {
  readonly summary: RfmSummary;
  readonly bgnbd: BgNbdFit;
  readonly gammaGamma: GammaGammaFit;
  readonly holdout: HoldoutCheck | null;
  readonly customers: number;
  readonly repeatCustomers: number;
  /** True when both models converged, so values may be computed from them. */
  readonly usable: boolean;
  /** Why the fit is not usable (empty when it is). */
  readonly problems: readonly string[];
}

/** First and last purchase days of a log (ISO), or null for an empty log. */
export function purchaseSpan(purchases: readonly PurchaseDay[]): { first: string; last: string } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const p of purchases) {
    const day = toDayNumber(p.date);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return purchases.length === 0 ? null : { first: fromDayNumber(first), last: fromDayNumber(last) };
}

/** Fits BG/NBD and Gamma-Gamma to a purchase log (same-day merged, refunds netted) and checks the holdout. */
export function fitPurchaseLog(purchases: readonly PurchaseDay[], options: LogFitOptions): LogFit {
  const span = purchaseSpan(purchases);
  if (!span) throw new RangeError('there are no purchases to fit');
  const calibrationEnd = options.calibrationEnd ?? span.last;
  if (toDayNumber(calibrationEnd) < toDayNumber(span.first))
    throw new RangeError(`calibration end ${calibrationEnd} is before the first purchase (${span.first})`);
  const holdoutEnd =
    options.holdoutEnd ??
    (options.calibrationEnd !== undefined && toDayNumber(span.last) > toDayNumber(calibrationEnd)
      ? span.last
      : undefined);
  options.onStage?.('summary');
  const summary = buildRfmSummary(purchases, {
    timeUnit: options.timeUnit,
    calibrationEnd,
    ...(holdoutEnd !== undefined ? { holdoutEnd } : {}),
  });
  options.onStage?.('bgnbd');
  const bgnbd = fitBgNbd(summary.histories);
  options.onStage?.('gamma-gamma');
  const gammaGamma = fitGammaGamma(summary.spend);
  const problems: string[] = [];
  if (!bgnbd.converged) problems.push(`BG/NBD: ${bgnbd.message}`);
  if (!gammaGamma.converged) problems.push(`Gamma-Gamma: ${gammaGamma.message}`);
  else if (!(gammaGamma.params.q > 1))
    problems.push(`Gamma-Gamma: q = ${gammaGamma.params.q.toFixed(3)} ≤ 1, so the mean spend is infinite`);
  let holdout: HoldoutCheck | null = null;
  if (summary.holdoutEnd !== null && bgnbd.converged) {
    options.onStage?.('holdout');
    holdout = holdoutCheck(summary, bgnbd.params, purchases);
  }
  return {
    summary,
    bgnbd,
    gammaGamma,
    holdout,
    customers: summary.customers.length,
    repeatCustomers: summary.customers.filter((c) => c.x > 0).length,
    usable: problems.length === 0,
    problems,
  };
}

/** The horizon and economics of customer values. */
export interface ValueOptions {
  /** Horizon in months (discounted monthly). */
  readonly horizonMonths: number;
  readonly discount: DiscountRate;
  /** Margin as a fraction of spend. */
  readonly margin: number;
  /** Days back at which P(alive) is compared, to tell whose P(alive) is falling. */
  readonly lookbackDays: number;
}

/** One customer's value from a usable fit. */
export interface CustomerValue {
  readonly customerId: string | number;
  readonly clv: number;
  readonly pAlive: number;
  /** P(alive) `lookbackDays` before calibration end, from the history known then (null if not a customer yet). */
  readonly pAliveBefore: number | null;
  /** Expected purchases over the horizon (undiscounted). */
  readonly expectedPurchases: number;
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly meanRepeatSpend: number;
}

/** Values every calibrated customer of a usable fit (CLV, P(alive) now and before, expected purchases). */
export function valueCustomers(
  fit: LogFit,
  purchases: readonly PurchaseDay[],
  options: ValueOptions,
): CustomerValue[] {
  if (!fit.usable) throw new RangeError(`the fit cannot value customers: ${fit.problems.join('; ')}`);
  const { summary, bgnbd, gammaGamma } = fit;
  const model = { params: bgnbd.params, timeUnit: summary.timeUnit };
  const clv = customerLifetimeValues(model, gammaGamma.params, summary, {
    periodUnit: 'month',
    periods: options.horizonMonths,
    discount: options.discount,
    margin: options.margin,
  });
  const horizon = convertDuration(options.horizonMonths, 'month', summary.timeUnit);
  const { histories } = summary;
  const expected = new Float64Array(histories.x.length);
  for (let g = 0; g < expected.length; g++)
    expected[g] = bgnbdConditionalExpectedTransactions(
      bgnbd.params,
      horizon,
      histories.x[g]!,
      histories.tx[g]!,
      histories.T[g]!,
    );
  // The history as it stood lookbackDays earlier: the same pipeline at an earlier calibration end.
  const earlierEnd = toDayNumber(summary.calibrationEnd) - options.lookbackDays;
  const before = new Map<string | number, number>();
  const earlier = purchases.filter((p) => toDayNumber(p.date) <= earlierEnd);
  if (earlier.length > 0) {
    const past = buildRfmSummary(earlier, {
      timeUnit: summary.timeUnit,
      calibrationEnd: fromDayNumber(earlierEnd),
    });
    for (const c of past.customers)
      before.set(c.customerId, bgnbdProbabilityAlive(bgnbd.params, c.x, c.tx, c.T));
  }
  return summary.customers.map((c, i) => ({
    customerId: c.customerId,
    clv: clv[i]!,
    pAlive: bgnbdProbabilityAlive(bgnbd.params, c.x, c.tx, c.T),
    pAliveBefore: before.get(c.customerId) ?? null,
    expectedPurchases: expected[summary.historyRow[i]!]!,
    x: c.x,
    tx: c.tx,
    T: c.T,
    meanRepeatSpend: c.meanRepeatSpend,
  }));
}
