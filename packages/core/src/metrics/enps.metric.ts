// eNPS: the NPS question asked of employees about the company as a place to work. Its answers are about
// colleagues and managers, so anonymity outranks every setting: no eNPS is ever shown for one person, or
// for a group of fewer than ENPS_MINIMUM_GROUP employees — not even if an organisation lowers its
// minimum sample — because a small group's score lets anyone who knows the group infer who answered what.

import type { Histogram } from './histogram';
import type { MetricOptions, MetricResult, SuppressionReason } from './metric-result';
import { resolveMinimumSample } from './minimum-sample';
import { npsBreakdown, summariseNps } from './nps.metric';

/** Fewest employees (and fewest answers) for which an eNPS may ever be shown. */
export const ENPS_MINIMUM_GROUP = 5;

/** Whom an eNPS is about: one person (never shown), or a group with its headcount when known. */
export type EnpsScope =
  | { readonly kind: 'person' }
  | {
      readonly kind: 'group';
      /** Employees in the group; when unknown, the number of answers stands in (it can only be smaller). */
      readonly headcount?: number;
    };

/** Whether an eNPS may be shown, and if not, why. */
export type EnpsVisibility =
  | { readonly visible: true }
  | { readonly visible: false; readonly reason: SuppressionReason; readonly minimum: number };

/** The anonymity rule: never per person, never for fewer than 5 employees or fewer than 5 answers. */
export function enpsVisibility(scope: EnpsScope, respondents: number): EnpsVisibility {
  if (scope.kind === 'person') return { visible: false, reason: 'per-person', minimum: ENPS_MINIMUM_GROUP };
  // Both counts must pass: a big team where only 3 answered exposes those 3 just as a team of 3 would.
  const headcount = scope.headcount ?? respondents;
  if (headcount < ENPS_MINIMUM_GROUP || respondents < ENPS_MINIMUM_GROUP) {
    return { visible: false, reason: 'group-too-small', minimum: ENPS_MINIMUM_GROUP };
  }
  return { visible: true };
}

/** The eNPS of a 0–10 histogram: suppressed by the anonymity rule first, then gated by the minimum sample. */
export function summariseEnps(
  histogram: Histogram,
  scope: EnpsScope,
  options: MetricOptions = {},
): MetricResult {
  const { n } = npsBreakdown(histogram, 'enps');
  const visibility = enpsVisibility(scope, n);
  if (!visibility.visible) {
    return {
      status: 'suppressed',
      metric: 'enps',
      n,
      reason: visibility.reason,
      minimum: visibility.minimum,
    };
  }
  const minimumSample = Math.max(resolveMinimumSample(options.minimumSample), ENPS_MINIMUM_GROUP);
  return summariseNps(histogram, { ...options, minimumSample }, 'enps');
}
