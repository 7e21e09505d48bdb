// The holdout check: a model fitted on the calibration window forecasts the repeat purchases of the window that
// follows; comparing them with what customers actually did, per customer and in total, shows whether to trust it.
import { type BgNbdParams, bgnbdConditionalExpectedTransactions } from './bgnbd.model';
import type { RfmSummary } from './summary';
import { toDayNumber } from './summary';
import { daysPerTimeUnit } from './time-unit';

/** Cumulative repeat transactions of the calibrated customers at one point of the holdout. */
export interface HoldoutPoint {
  /** Time since calibration end, in the summary's time unit. */
  readonly t: number;
  readonly predicted: number;
  readonly actual: number;
}

/** Predicted against actual repeat transactions in the holdout. */
export interface HoldoutCheck {
  /** Holdout length in the summary's time unit. */
  readonly length: number;
  readonly predictedTotal: number;
  readonly actualTotal: number;
  /** Pearson correlation of predicted and actual holdout transactions across customers (NaN if either is constant). */
  readonly correlation: number;
  /** Mean absolute error per customer, in transactions. */
  readonly meanAbsoluteError: number;
  /** Cumulative curves, one point per time unit (fewer, evenly spaced, for long holdouts). */
  readonly points: readonly HoldoutPoint[];
}

/** Pearson correlation of two equal-length columns; NaN when either has no variance. */
export function pearsonCorrelation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Number.NaN;
}

/**
 * Compares the BG/NBD forecast with the holdout of a summary built with a `holdoutEnd`. `purchaseDays` are the
 * (customer, ISO day) purchase days of the log (same-day merged), used for the cumulative actual curve.
 */
export function holdoutCheck(
  summary: RfmSummary,
  params: BgNbdParams,
  purchaseDays: Iterable<{ customerId: string | number; date: string }>,
  maxPoints = 104,
): HoldoutCheck {
  if (summary.holdoutEnd === null) throw new RangeError('the summary has no holdout period');
  const length = summary.holdoutLength;
  const unitDays = daysPerTimeUnit(summary.timeUnit);
  const calibrationEnd = toDayNumber(summary.calibrationEnd);
  const holdoutEnd = toDayNumber(summary.holdoutEnd);
  const steps = Math.max(1, Math.ceil(length));
  const stride = Math.ceil(steps / maxPoints);
  const times: number[] = [];
  for (let k = stride; k < steps; k += stride) times.push(k);
  times.push(length);

  // Forecasts depend on the history only: computed once per distinct history, weighted by its customers.
  const { histories } = summary;
  const predicted = new Float64Array(times.length);
  const perHistory = new Float64Array(histories.x.length);
  for (let g = 0; g < histories.x.length; g++) {
    const [x, tx, T, w] = [histories.x[g]!, histories.tx[g]!, histories.T[g]!, histories.weight[g]!];
    for (let j = 0; j < times.length; j++) {
      const e = bgnbdConditionalExpectedTransactions(params, times[j]!, x, tx, T);
      predicted[j] = predicted[j]! + w * e;
      if (j === times.length - 1) perHistory[g] = e;
    }
  }

  const calibrated = new Set(summary.customers.map((c) => c.customerId));
  const actualAt = new Float64Array(times.length);
  for (const p of purchaseDays) {
    if (!calibrated.has(p.customerId)) continue;
    const day = toDayNumber(p.date);
    if (day <= calibrationEnd || day > holdoutEnd) continue;
    const t = (day - calibrationEnd) / unitDays;
    // The purchase counts from the first point at or after its time.
    let j = 0;
    while (j < times.length - 1 && times[j]! < t) j++;
    actualAt[j] = actualAt[j]! + 1;
  }
  let running = 0;
  const points: HoldoutPoint[] = times.map((t, j) => {
    running += actualAt[j]!;
    return { t, predicted: predicted[j]!, actual: running };
  });

  const forecast = new Float64Array(summary.customers.length);
  const actual = new Float64Array(summary.customers.length);
  let absoluteError = 0;
  let actualTotal = 0;
  summary.customers.forEach((c, i) => {
    forecast[i] = perHistory[summary.historyRow[i]!]!;
    actual[i] = c.holdoutX;
    actualTotal += c.holdoutX;
    absoluteError += Math.abs(forecast[i]! - c.holdoutX);
  });
  return {
    length,
    predictedTotal: predicted[times.length - 1]!,
    actualTotal,
    correlation: pearsonCorrelation(forecast, actual),
    meanAbsoluteError: summary.customers.length > 0 ? absoluteError / summary.customers.length : Number.NaN,
    points,
  };
}
