// When an initiative ends, was the change real? The before (baseline period) and after (the initiative's last
// period) are compared with the metrics engine's own z-test, and the verdict is read in the target's direction:
// a significant fall is an improvement for a target that should fall.

import type { Histogram } from '../metrics/histogram';
import type { MetricKind } from '../metrics/metric-result';
import { type ChangeOptions, type ChangeResult, compareMetric } from '../metrics/significance';
import type { TargetDirection } from './target-progress';

/** The verdict of a before/after comparison. */
export type BeforeAfterVerdict = 'improved' | 'worsened' | 'no-significant-change' | 'not-compared';

/** A before/after comparison with its verdict in the target's direction. */
export interface BeforeAfter {
  /** The engine's comparison of the two periods. */
  readonly change: ChangeResult;
  /** Improved or worsened (significant), no significant change, or not compared (too few answers, hidden). */
  readonly verdict: BeforeAfterVerdict;
}

/** The verdict of a change for a target that should rise or fall. */
export function verdictOf(change: ChangeResult, direction: TargetDirection): BeforeAfterVerdict {
  if (change.status !== 'ok') return 'not-compared';
  if (!change.significant || change.change === 0) return 'no-significant-change';
  const better = direction === 'rise' ? change.change > 0 : change.change < 0;
  return better ? 'improved' : 'worsened';
}

/** Compares the period before an initiative with the period after it, significance included. */
export function beforeAfter(
  kind: MetricKind,
  before: Histogram,
  after: Histogram,
  direction: TargetDirection,
  options: ChangeOptions = {},
): BeforeAfter {
  const change = compareMetric(kind, before, after, options);
  return { change, verdict: verdictOf(change, direction) };
}
