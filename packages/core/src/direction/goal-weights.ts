// Goals carry weights; a person's or unit's attainment is the weighted mean of the goals' clamped progress.
// Weights are relative (3, 1, 1 means 60 %, 20 %, 20 %), so nobody has to make them add up to 100 by hand.

/** A goal as the scoring sees it. */
export interface WeightedGoal {
  /** Relative weight, ≥ 0. */
  readonly weight: number;
  /** Progress clamped to [0, 1]; null when not yet measurable. */
  readonly progress: number | null;
  /** Whether the goal is a customer objective. */
  readonly customer: boolean;
}

/** Shares of each weight in the total (summing to 1); throws on a negative weight or an all-zero set. */
export function normaliseWeights(weights: readonly number[]): number[] {
  for (const w of weights)
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`a weight must be ≥ 0, got ${w}`);
  const total = weights.reduce((a, b) => a + b, 0);
  if (weights.length > 0 && total === 0) throw new RangeError('at least one weight must be above zero');
  return weights.map((w) => w / total);
}

/** An attainment summary of a set of goals. */
export interface GoalAttainment {
  /** Weighted mean of the measurable goals' progress in [0, 1]; null when none is measurable. */
  readonly score: number | null;
  /** Share of the total weight on customer objectives, in [0, 1]. */
  readonly customerShare: number;
  /** Goals without a measurable progress yet. */
  readonly unmeasured: number;
}

/** The weighted attainment of a set of goals and the weight they put on customer objectives. */
export function goalAttainment(goals: readonly WeightedGoal[]): GoalAttainment {
  if (goals.length === 0) return { score: null, customerShare: 0, unmeasured: 0 };
  const shares = normaliseWeights(goals.map((g) => g.weight));
  let customerShare = 0;
  let measuredShare = 0;
  let sum = 0;
  let unmeasured = 0;
  goals.forEach((g, i) => {
    const share = shares[i]!;
    if (g.customer) customerShare += share;
    if (g.progress === null) {
      unmeasured += 1;
      return;
    }
    measuredShare += share;
    sum += share * g.progress;
  });
  return { score: measuredShare > 0 ? sum / measuredShare : null, customerShare, unmeasured };
}
