// When an initiative ends, was the change real? The before (baseline period) and after (the initiative's last
// period) are compared with the metrics engine's own z-test, and the verdict is read in the target's direction:
// a significant fall is an improvement for a target that should fall.

import type { Histogram } from '../metrics/histogram';
import type { MetricKind } from '../metrics/metric-result';
import {
  type ChangeOptions,
  type ChangeResult,
  compareMetric,
  csatDifferenceStandardError,
  zTest,
} from '../metrics/significance';
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

/** A share (e.g. the detractors' share) counted on each side: `hits` of `n` answers. */
export interface ShareCounts {
  /** Answers counted in the share. */
  readonly hits: number;
  /** All answers. */
  readonly n: number;
}

/**
 * Before/after of a share in percentage points (the detractors' share of an NPS survey), tested with the
 * pooled two-proportion z-test; each side must reach the minimum sample.
 */
export function shareBeforeAfter(
  before: ShareCounts,
  after: ShareCounts,
  direction: TargetDirection,
  minimumSample: number,
  alpha?: number,
): BeforeAfter {
  if (before.n < minimumSample || after.n < minimumSample) {
    const change: ChangeResult = {
      status: 'insufficient',
      metric: 'nps',
      nBaseline: before.n,
      nCurrent: after.n,
      minimum: minimumSample,
    };
    return { change, verdict: 'not-compared' };
  }
  const baseline = (100 * before.hits) / before.n;
  const current = (100 * after.hits) / after.n;
  const se = csatDifferenceStandardError(
    { satisfied: before.hits, n: before.n },
    { satisfied: after.hits, n: after.n },
  );
  const change: ChangeResult = {
    status: 'ok',
    metric: 'nps',
    baseline,
    current,
    nBaseline: before.n,
    nCurrent: after.n,
    ...zTest(current - baseline, se, alpha),
  };
  return { change, verdict: verdictOf(change, direction) };
}
