// Margins of error (confidence intervals) for the three kinds of metric Centric shows: a net score
// (NPS, eNPS), a proportion (CSAT) and a mean (CES).
//
// Small-sample rule, the same for NPS and CSAT: the plain Wald interval (estimate ± z·SE) is used only when
// every proportion it rests on has at least LARGE_COUNT (10) answers on each side — the textbook
// "success–failure condition" for the normal approximation (Diez, Çetinkaya-Rundel & Barr, OpenIntro
// Statistics, 4th ed., §6.1). For NPS that means ≥ 10 promoters, ≥ 10 non-promoters, ≥ 10 detractors and
// ≥ 10 non-detractors; for CSAT ≥ 10 satisfied and ≥ 10 not satisfied. Otherwise — small samples, or shares
// near 0 % or 100 %, where Wald collapses to ±0 — an adjusted-Wald interval is used:
//
// - NPS: Rocks (2016), "Interval estimation for the 'net promoter score'", The American Statistician 70(4),
//   365–372, found this the best-covering simple interval; as published by Sauro & Lewis (MeasuringU, "NPS
//   confidence intervals", 2021), it adds 3 pseudo-answers — ¾ promoter, ¾ detractor, 1½ passive:
//     n' = n + 3,  p' = (P + ¾) / n',  d' = (D + ¾) / n',  var' = p' + d' − (p' − d')²,
//     interval = 100·(p' − d') ± z·100·√(var' / n').
// - CSAT: Agresti & Coull (1998), "Approximate is better than 'exact' for interval estimation of binomial
//   proportions", The American Statistician 52(2), 119–126, adds z²/2 successes and z²/2 failures:
//     ñ = n + z²,  p̃ = (x + z²/2) / ñ,  interval = 100·p̃ ± z·100·√(p̃(1 − p̃) / ñ).
//
// The adjusted intervals are centred on the adjusted estimate; the value shown stays the observed one.
// CES uses the Student-t interval on the mean, which is exact for normal data and tends to z as n grows.

import { normalQuantile, studentTQuantile } from './distributions';
import type { ScoreScale } from './histogram';
import type { Interval } from './metric-result';

/** Confidence level of every interval unless the organisation sets another. */
export const DEFAULT_CONFIDENCE = 0.95;

/** Answers needed on each side of a proportion before the plain Wald interval is trusted. */
export const LARGE_COUNT = 10;

/** Pseudo-answers Rocks's adjusted-Wald NPS interval adds (¾ promoter, ¾ detractor, 1½ passive). */
export const NPS_PSEUDO_ANSWERS = 3;

/** The confidence level to use: the setting if valid, else 0.95; throws outside (0, 1). */
export function resolveConfidence(confidence: number | undefined): number {
  if (confidence === undefined) return DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return confidence;
}

/** The two-sided normal critical value for a confidence level (1.959964 for 0.95). */
export function criticalZ(confidence: number = DEFAULT_CONFIDENCE): number {
  return normalQuantile((1 + resolveConfidence(confidence)) / 2);
}

function assertCounts(n: number, ...parts: number[]): void {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new RangeError(`an interval needs at least one answer, got n = ${n}`);
  let sum = 0;
  for (const part of parts) {
    if (!Number.isSafeInteger(part) || part < 0) throw new RangeError(`counts must be non-negative integers`);
    sum += part;
  }
  if (sum > n) throw new RangeError(`the counts add up to more than n = ${n}`);
}

function clipped(
  value: number,
  centre: number,
  marginOfError: number,
  range: ScoreScale,
  confidence: number,
  method: Interval['method'],
): Interval {
  return {
    value,
    marginOfError,
    low: Math.max(range.min, centre - marginOfError),
    high: Math.min(range.max, centre + marginOfError),
    confidence,
    method,
  };
}

/** Whether a proportion of `successes` out of `n` meets the large-count rule (≥ 10 on each side). */
export function meetsLargeCountRule(successes: number, n: number): boolean {
  return successes >= LARGE_COUNT && n - successes >= LARGE_COUNT;
}

/** Per-respondent variance of the net score (promoter = +1, passive = 0, detractor = −1): p + d − (p − d)². */
export function npsVariance(promoterShare: number, detractorShare: number): number {
  const net = promoterShare - detractorShare;
  return promoterShare + detractorShare - net * net;
}

/** Confidence interval of an NPS in points (−100…100): Wald when counts are large, else Rocks's adjusted-Wald. */
export function npsInterval(
  promoters: number,
  detractors: number,
  n: number,
  confidence: number = DEFAULT_CONFIDENCE,
): Interval {
  assertCounts(n, promoters, detractors);
  const z = criticalZ(confidence);
  const value = (100 * (promoters - detractors)) / n;
  const range = { min: -100, max: 100 };
  if (meetsLargeCountRule(promoters, n) && meetsLargeCountRule(detractors, n)) {
    const variance = npsVariance(promoters / n, detractors / n);
    return clipped(value, value, 100 * z * Math.sqrt(variance / n), range, confidence, 'wald');
  }
  const adjustedN = n + NPS_PSEUDO_ANSWERS;
  const p = (promoters + NPS_PSEUDO_ANSWERS / 4) / adjustedN;
  const d = (detractors + NPS_PSEUDO_ANSWERS / 4) / adjustedN;
  const margin = 100 * z * Math.sqrt(npsVariance(p, d) / adjustedN);
  return clipped(value, 100 * (p - d), margin, range, confidence, 'adjusted-wald');
}

/** Confidence interval of a proportion in % (0…100): Wald when counts are large, else Agresti–Coull. */
export function proportionInterval(
  successes: number,
  n: number,
  confidence: number = DEFAULT_CONFIDENCE,
): Interval {
  assertCounts(n, successes);
  const z = criticalZ(confidence);
  const value = (100 * successes) / n;
  const range = { min: 0, max: 100 };
  if (meetsLargeCountRule(successes, n)) {
    const p = successes / n;
    return clipped(value, value, 100 * z * Math.sqrt((p * (1 - p)) / n), range, confidence, 'wald');
  }
  const adjustedN = n + z * z;
  const p = (successes + (z * z) / 2) / adjustedN;
  const margin = 100 * z * Math.sqrt((p * (1 - p)) / adjustedN);
  return clipped(value, 100 * p, margin, range, confidence, 'adjusted-wald');
}

/**
 * Student-t confidence interval of a mean score from its sample variance and n (≥ 2),
 * clipped to the score scale: mean ± t(1 − α/2, n − 1)·s/√n.
 */
export function meanInterval(
  mean: number,
  sampleVariance: number,
  n: number,
  scale: ScoreScale,
  confidence: number = DEFAULT_CONFIDENCE,
): Interval {
  if (!Number.isSafeInteger(n) || n < 2)
    throw new RangeError(`a mean's interval needs at least two answers, got ${n}`);
  if (!(sampleVariance >= 0)) throw new RangeError(`a variance cannot be negative, got ${sampleVariance}`);
  const t = studentTQuantile((1 + resolveConfidence(confidence)) / 2, n - 1);
  return clipped(mean, mean, t * Math.sqrt(sampleVariance / n), scale, confidence, 'student-t');
}
