// Is a change real? A two-sided z-test on the difference between two independent samples — two periods,
// or two groups — so a monthly review can tell a movement from the noise of who happened to answer.
// Standard errors of the difference, in the metric's own unit:
// - NPS / eNPS: 100·√(var₁/n₁ + var₂/n₂), var = p + d − (p − d)² per respondent (Rocks 2016, trinomial).
// - CSAT: the classic pooled two-proportion test, 100·√(p̄(1 − p̄)(1/n₁ + 1/n₂)), p̄ = (x₁ + x₂)/(n₁ + n₂).
// - CES: unpooled (Welch) difference of means, √(s₁²/n₁ + s₂²/n₂).
// Each side must pass the minimum sample (30 by default) — that is also what makes the normal approximation
// reasonable — and, for eNPS, the anonymity rule.

import { type CesMoments, cesMoments } from './ces.metric';
import { type CsatCounts, csatCounts } from './csat.metric';
import { twoSidedPValue } from './distributions';
import type { EnpsScope } from './enps.metric';
import type { Histogram } from './histogram';
import { npsVariance } from './margin-of-error';
import type { MetricKind, MetricOptions, SuppressionReason } from './metric-result';
import { summariseMetric } from './metric-summary';
import { type NpsBreakdown, npsBreakdown } from './nps.metric';

/** Significance level of every test unless the organisation sets another. */
export const DEFAULT_ALPHA = 0.05;

/** The outcome of a two-sided z-test on a change. */
export interface ZTest {
  /** current − baseline, in the metric's unit (NPS points, CSAT percentage points, CES score). */
  readonly change: number;
  /** Standard error of the change, same unit. */
  readonly standardError: number;
  /** change / standardError. */
  readonly z: number;
  /** Two-sided p-value. */
  readonly pValue: number;
  /** pValue < alpha. */
  readonly significant: boolean;
  /** The significance level used. */
  readonly alpha: number;
}

/** A change that could be tested. */
export interface ChangeEstimate extends ZTest {
  /** Discriminant: the change may be shown with its verdict. */
  readonly status: 'ok';
  /** Which metric changed. */
  readonly metric: MetricKind;
  /** The metric in the baseline (earlier period, or reference group). */
  readonly baseline: number;
  /** The metric in the current period (or compared group). */
  readonly current: number;
  /** Answers in the baseline. */
  readonly nBaseline: number;
  /** Answers in the current period. */
  readonly nCurrent: number;
}

/** A change that cannot be tested because one side has too few answers. */
export interface InsufficientChange {
  /** Discriminant: show "not enough responses to compare". */
  readonly status: 'insufficient';
  /** Which metric was compared. */
  readonly metric: MetricKind;
  /** Answers in the baseline. */
  readonly nBaseline: number;
  /** Answers in the current period. */
  readonly nCurrent: number;
  /** Answers needed on each side. */
  readonly minimum: number;
}

/** An eNPS change withheld because one side is withheld for anonymity. */
export interface SuppressedChange {
  /** Discriminant: show "hidden to protect anonymity". */
  readonly status: 'suppressed';
  /** Only eNPS is ever suppressed. */
  readonly metric: 'enps';
  /** Why. */
  readonly reason: SuppressionReason;
}

/** What a comparison of two periods or two groups returns. */
export type ChangeResult = ChangeEstimate | InsufficientChange | SuppressedChange;

/** Settings of a comparison. */
export interface ChangeOptions extends MetricOptions {
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /** Required for eNPS; applied to both sides. */
  readonly enpsScope?: EnpsScope;
}

/** The significance level to use: the setting if valid, else 0.05; throws outside (0, 1). */
export function resolveAlpha(alpha: number | undefined): number {
  if (alpha === undefined) return DEFAULT_ALPHA;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  return alpha;
}

/** Two-sided z-test of a change against its standard error. */
export function zTest(change: number, standardError: number, alpha: number = DEFAULT_ALPHA): ZTest {
  const level = resolveAlpha(alpha);
  if (!(standardError >= 0))
    throw new RangeError(`a standard error cannot be negative, got ${standardError}`);
  if (standardError === 0) {
    // Both samples without spread: any difference is certain, no difference is certainly none.
    const z = change === 0 ? 0 : Math.sign(change) * Number.POSITIVE_INFINITY;
    const pValue = change === 0 ? 1 : 0;
    return { change, standardError, z, pValue, significant: pValue < level, alpha: level };
  }
  const z = change / standardError;
  const pValue = twoSidedPValue(z);
  return { change, standardError, z, pValue, significant: pValue < level, alpha: level };
}

/** Standard error, in NPS points, of the difference between two independent NPS. */
export function npsDifferenceStandardError(a: NpsBreakdown, b: NpsBreakdown): number {
  const varianceA = npsVariance(a.promoters / a.n, a.detractors / a.n);
  const varianceB = npsVariance(b.promoters / b.n, b.detractors / b.n);
  return 100 * Math.sqrt(varianceA / a.n + varianceB / b.n);
}

/** Standard error, in percentage points, of the difference between two CSAT (pooled, as under "no change"). */
export function csatDifferenceStandardError(a: CsatCounts, b: CsatCounts): number {
  const pooled = (a.satisfied + b.satisfied) / (a.n + b.n);
  return 100 * Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
}

/** Standard error, in score units, of the difference between two CES means (unpooled). */
export function cesDifferenceStandardError(a: CesMoments, b: CesMoments): number {
  return Math.sqrt(a.variance / a.n + b.variance / b.n);
}

/** Standard error of `current − baseline` for any metric, from the two histograms. */
export function differenceStandardError(kind: MetricKind, baseline: Histogram, current: Histogram): number {
  switch (kind) {
    case 'nps':
    case 'enps':
      return npsDifferenceStandardError(npsBreakdown(baseline, kind), npsBreakdown(current, kind));
    case 'csat':
      return csatDifferenceStandardError(csatCounts(baseline), csatCounts(current));
    case 'ces':
      return cesDifferenceStandardError(cesMoments(baseline), cesMoments(current));
  }
}

function insufficientChange(
  metric: MetricKind,
  nBaseline: number,
  nCurrent: number,
  minimum: number,
): InsufficientChange {
  return { status: 'insufficient', metric, nBaseline, nCurrent, minimum };
}

/** Whether the metric changed significantly from `baseline` to `current` (two periods or two groups). */
export function compareMetric(
  kind: MetricKind,
  baseline: Histogram,
  current: Histogram,
  options: ChangeOptions = {},
): ChangeResult {
  const alpha = resolveAlpha(options.alpha);
  const before = summariseMetric(kind, baseline, options);
  const after = summariseMetric(kind, current, options);
  // Suppression wins over everything: a difference next to one visible side would reveal the hidden one.
  if (before.status === 'suppressed') return { status: 'suppressed', metric: 'enps', reason: before.reason };
  if (after.status === 'suppressed') return { status: 'suppressed', metric: 'enps', reason: after.reason };
  if (before.status === 'insufficient') return insufficientChange(kind, before.n, after.n, before.minimum);
  if (after.status === 'insufficient') return insufficientChange(kind, before.n, after.n, after.minimum);
  const test = zTest(after.value - before.value, differenceStandardError(kind, baseline, current), alpha);
  return {
    status: 'ok',
    metric: kind,
    baseline: before.value,
    current: after.value,
    nBaseline: before.n,
    nCurrent: after.n,
    ...test,
  };
}
