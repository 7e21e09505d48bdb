// Progress of a metric-bound target: how far the current value has moved from the baseline captured at the
// start towards the target. The direction is the target's own: a target above the baseline should rise (NPS),
// one below should fall (detractor share, time to contact), so one formula serves both.

/** Which way a target wants its metric to move. */
export type TargetDirection = 'rise' | 'fall';

/** Where a target stands. */
export type TargetStatus = 'met' | 'on-track' | 'behind' | 'regressed' | 'no-data';

/** A metric-bound target: baseline at the start, the value to reach, and the value now. */
export interface TargetInput {
  /** The metric's value when the target was set. */
  readonly baseline: number;
  /** The value to reach. */
  readonly target: number;
  /** The metric's value now; null when there are too few answers to tell. */
  readonly current: number | null;
}

/** Progress of a target. */
export interface TargetProgress {
  /** Which way the metric should move. */
  readonly direction: TargetDirection;
  /** (current − baseline) / (target − baseline): 0 at the baseline, 1 at the target, negative when worse. */
  readonly fraction: number | null;
  /** The fraction clamped to [0, 1], for progress bars and weighted scores. */
  readonly clamped: number | null;
  /** How far the metric has moved from the baseline in the good direction (negative: worse). */
  readonly improvement: number | null;
  /** How far the current value still is from the target in the good direction (0 once met). */
  readonly remaining: number | null;
  /** Whether the target has been reached. */
  readonly met: boolean;
}

/** The direction of a target: it should rise when the target is at or above the baseline, fall when below. */
export function targetDirection(baseline: number, target: number): TargetDirection {
  return target >= baseline ? 'rise' : 'fall';
}

/** Progress of a target from baseline → target → current, for targets that should rise or fall. */
export function targetProgress(input: TargetInput): TargetProgress {
  const { baseline, target, current } = input;
  if (!Number.isFinite(baseline) || !Number.isFinite(target))
    throw new RangeError('a target needs a finite baseline and target');
  const direction = targetDirection(baseline, target);
  if (current === null || !Number.isFinite(current))
    return { direction, fraction: null, clamped: null, improvement: null, remaining: null, met: false };
  const sign = direction === 'rise' ? 1 : -1;
  const improvement = sign * (current - baseline);
  const met = sign * (current - target) >= 0;
  const span = Math.abs(target - baseline);
  // A target equal to its baseline is "hold the line": met while not worse, otherwise nothing gained.
  const fraction = span === 0 ? (met ? 1 : 0) : improvement / span;
  return {
    direction,
    fraction,
    clamped: Math.min(1, Math.max(0, fraction)),
    improvement,
    remaining: Math.max(0, sign * (target - current)),
    met,
  };
}

/** Days between two ISO days (b − a). */
function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** The share of the time from start to due that has passed on `today`, within [0, 1]. */
export function elapsedShare(start: string, due: string, today: string): number {
  const total = daysBetween(start, due);
  if (total <= 0) return today >= due ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, today) / total));
}

/**
 * Where a target stands on `today`: met; regressed (worse than the baseline); on track (at least as far along
 * as the time that has passed, i.e. a straight line from baseline on the start day to target on the due day);
 * or behind.
 */
export function targetStatus(
  progress: TargetProgress,
  start: string,
  due: string,
  today: string,
): TargetStatus {
  if (progress.fraction === null) return 'no-data';
  if (progress.met) return 'met';
  if (progress.fraction < 0) return 'regressed';
  return progress.fraction >= elapsedShare(start, due, today) ? 'on-track' : 'behind';
}
