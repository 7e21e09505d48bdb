// A leaderboard without noise. Ranking units by their raw NPS orders them by chance as much as by merit:
// two stores at 31 and 34 with ±10 margins are not "3rd" and "2nd". Instead each group is tested against
// the rest of the organisation (the overall without that group — comparing a group with an overall that
// contains it would count its own answers on both sides) and placed in one of three tiers: significantly
// above, not different from ("level"), or significantly below. Groups in the same tier are deliberately
// not ordered against each other; they keep the caller's order (e.g. alphabetical).
//
// Testing k groups at once would flag about 5 % of perfectly average groups by chance, so p-values are
// adjusted with Holm's step-down method (Holm 1979, "A simple sequentially rejective multiple test
// procedure", Scand. J. Statist. 6, 65–70), which controls the chance of any false flag at alpha and is
// uniformly more powerful than Bonferroni. `correction: 'none'` turns it off.

import type { EnpsScope } from './enps.metric';
import { type Histogram, mergeHistograms, subtractHistograms } from './histogram';
import { METRIC_SCALES, type MetricKind, type MetricOptions, type MetricResult } from './metric-result';
import { summariseMetric } from './metric-summary';
import { differenceStandardError, resolveAlpha, type ZTest, zTest } from './significance';

/** Where a group stands against the rest of the organisation. */
export type LeaderboardVerdict = 'above' | 'level' | 'below' | 'not-compared' | 'insufficient' | 'suppressed';

/** Display order of the verdicts: the tiers first, then the groups that could not be placed. */
export const LEADERBOARD_VERDICTS: readonly LeaderboardVerdict[] = [
  'above',
  'level',
  'below',
  'not-compared',
  'insufficient',
  'suppressed',
];

/** How p-values are adjusted for testing many groups at once. */
export type MultipleComparisonCorrection = 'holm' | 'none';

/** One group to place: a unit, channel, segment or team with its summed histogram. */
export interface LeaderboardGroup<Id> {
  /** The caller's identifier of the group. */
  readonly id: Id;
  /** The group's answers over the period. */
  readonly histogram: Histogram;
  /** Required for eNPS: whom the group's value is about. */
  readonly enpsScope?: EnpsScope;
}

/** A group's place on the leaderboard. */
export interface LeaderboardEntry<Id> {
  /** The caller's identifier of the group. */
  readonly id: Id;
  /** The group's own metric (or why it is not shown). */
  readonly result: MetricResult;
  /** The group's tier; only 'above', 'level' and 'below' come from a test. */
  readonly verdict: LeaderboardVerdict;
  /** The z-test of group − rest (its `significant` is before correction), or null when not tested. */
  readonly comparison: ZTest | null;
  /** The p-value after the multiple-comparison correction, which decides the verdict; null when not tested. */
  readonly adjustedPValue: number | null;
}

/** Settings of a leaderboard. */
export interface LeaderboardOptions extends MetricOptions {
  /** Significance level of the tiers (default 0.05). */
  readonly alpha?: number;
  /** Multiple-comparison correction (default 'holm'). */
  readonly correction?: MultipleComparisonCorrection;
  /** All answers the groups are part of; defaults to the sum of the groups (they must not overlap). */
  readonly overall?: Histogram;
}

/** The overall result and every group in tier order. */
export interface Leaderboard<Id> {
  /** The metric over all answers. */
  readonly overall: MetricResult;
  /** Groups ordered by verdict (LEADERBOARD_VERDICTS), in the caller's order within a verdict. */
  readonly entries: readonly LeaderboardEntry<Id>[];
}

/** Holm-adjusted p-values, in the order given: p₍ᵢ₎ × (m − i + 1), made monotone, capped at 1. */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let runningMax = 0;
  order.forEach(({ p, i }, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * p));
    adjusted[i] = runningMax;
  });
  return adjusted;
}

interface Placed<Id> {
  readonly group: LeaderboardGroup<Id>;
  readonly result: MetricResult;
  readonly comparison: ZTest | null;
}

function verdictOf<Id>(entry: Placed<Id>, adjustedPValue: number | null, alpha: number): LeaderboardVerdict {
  if (entry.result.status !== 'ok') return entry.result.status;
  if (entry.comparison === null || adjustedPValue === null) return 'not-compared';
  if (adjustedPValue >= alpha) return 'level';
  return entry.comparison.change > 0 ? 'above' : 'below';
}

/** Places each group above, level with or below the rest of the organisation, without ordering noise. */
export function leaderboard<Id>(
  kind: MetricKind,
  groups: readonly LeaderboardGroup<Id>[],
  options: LeaderboardOptions = {},
): Leaderboard<Id> {
  const alpha = resolveAlpha(options.alpha);
  const overallHistogram =
    options.overall ??
    mergeHistograms(
      METRIC_SCALES[kind],
      groups.map((group) => group.histogram),
    );
  // The overall and each "rest" are groups of many people: the anonymity rule still applies to their size.
  const restScope: EnpsScope = { kind: 'group' };
  const overall = summariseMetric(kind, overallHistogram, { ...options, enpsScope: restScope });

  const placed: Placed<Id>[] = groups.map((group) => {
    const result = summariseMetric(kind, group.histogram, { ...options, enpsScope: group.enpsScope });
    if (result.status !== 'ok') return { group, result, comparison: null };
    const rest = subtractHistograms(overallHistogram, group.histogram);
    const restResult = summariseMetric(kind, rest, { ...options, enpsScope: restScope });
    if (restResult.status !== 'ok') return { group, result, comparison: null };
    const standardError = differenceStandardError(kind, rest, group.histogram);
    return { group, result, comparison: zTest(result.value - restResult.value, standardError, alpha) };
  });

  const tested = placed.filter((entry) => entry.comparison !== null);
  const rawPValues = tested.map((entry) => entry.comparison!.pValue);
  const adjusted = options.correction === 'none' ? rawPValues : holmAdjust(rawPValues);
  const adjustedByEntry = new Map(tested.map((entry, i) => [entry, adjusted[i]!]));

  const entries = placed.map((entry): LeaderboardEntry<Id> => {
    const adjustedPValue = adjustedByEntry.get(entry) ?? null;
    return {
      id: entry.group.id,
      result: entry.result,
      verdict: verdictOf(entry, adjustedPValue, alpha),
      comparison: entry.comparison,
      adjustedPValue,
    };
  });

  // Array.prototype.sort is stable, so groups within a tier keep the caller's order.
  entries.sort((a, b) => LEADERBOARD_VERDICTS.indexOf(a.verdict) - LEADERBOARD_VERDICTS.indexOf(b.verdict));
  return { overall, entries };
}
