// Incentive plans weigh several metrics — customer ones next to financial ones — so pay does not reward
// financial results alone. Each component pays nothing below its threshold, rises linearly to 100 % at its
// target and may go on rising to its cap (e.g. 150 %) beyond it; the payout is the bonus pool times the
// weighted mean of the components' payout factors. Thresholds and targets may sit below one another for
// metrics that should fall (time to contact): the direction is read from the two.

import { normaliseWeights } from './goal-weights';

/** The metrics a plan can weigh, with whether each is a customer metric. */
export const INCENTIVE_METRICS = {
  nps: { customer: true, label: 'NPS' },
  'nps-change': { customer: true, label: 'NPS change' },
  csat: { customer: true, label: 'CSAT' },
  ces: { customer: true, label: 'Customer effort' },
  'detractor-share': { customer: true, label: 'Detractor share' },
  'time-to-contact': { customer: true, label: 'Time to contact a detractor' },
  retention: { customer: true, label: 'Customer retention' },
  clv: { customer: false, label: 'Customer lifetime value' },
  revenue: { customer: false, label: 'Revenue' },
  margin: { customer: false, label: 'Margin' },
  enps: { customer: false, label: 'eNPS' },
} as const;

/** A metric an incentive plan can weigh. */
export type IncentiveMetric = keyof typeof INCENTIVE_METRICS;

/** One component of a plan. */
export interface IncentiveComponent {
  /** Which metric. */
  readonly metric: IncentiveMetric;
  /** Relative weight, ≥ 0. */
  readonly weight: number;
  /** The value at which the component starts paying (0 %). */
  readonly threshold: number;
  /** The value at which it pays 100 %. */
  readonly target: number;
  /** The largest payout factor, ≥ 1 (1.5 = 150 % of target pay). */
  readonly cap: number;
}

/** One component's result in a simulation. */
export interface ComponentPayout {
  /** Which metric. */
  readonly metric: IncentiveMetric;
  /** Share of the plan's weight, in [0, 1]. */
  readonly share: number;
  /** The actual result used; null when missing (pays nothing). */
  readonly actual: number | null;
  /** Payout factor in [0, cap]. */
  readonly factor: number;
  /** share × factor × pool. */
  readonly amount: number;
}

/** A payout simulation. */
export interface PayoutSimulation {
  /** Components in the plan's order. */
  readonly components: ComponentPayout[];
  /** Weighted payout factor (1 = target pay). */
  readonly factor: number;
  /** pool × factor. */
  readonly amount: number;
  /** Share of the weight on customer metrics, in [0, 1]. */
  readonly customerShare: number;
}

/** The payout factor of one component for an actual result: 0 below threshold, 1 at target, at most cap. */
export function componentFactor(component: IncentiveComponent, actual: number | null): number {
  const { threshold, target, cap } = component;
  if (!(cap >= 1)) throw new RangeError(`a cap must be at least 1 (100 %), got ${cap}`);
  if (threshold === target) throw new RangeError('a threshold must differ from its target');
  if (actual === null || !Number.isFinite(actual)) return 0;
  const position = (actual - threshold) / (target - threshold);
  return Math.min(cap, Math.max(0, position));
}

/** The share of a plan's weight on customer metrics. */
export function customerWeightShare(
  components: readonly Pick<IncentiveComponent, 'metric' | 'weight'>[],
): number {
  if (components.length === 0) return 0;
  const shares = normaliseWeights(components.map((c) => c.weight));
  return components.reduce((sum, c, i) => sum + (INCENTIVE_METRICS[c.metric].customer ? shares[i]! : 0), 0);
}

/** A warning when a plan rewards no customer metric (none in it, or all at weight zero); null otherwise. */
export function noCustomerMetricWarning(
  components: readonly Pick<IncentiveComponent, 'metric' | 'weight'>[],
): string | null {
  if (components.length > 0 && customerWeightShare(components) > 0) return null;
  return 'This plan rewards no customer metric: add NPS, CSAT, effort, detractor share or time to contact with a weight above zero.';
}

/** Simulates a plan's payout from actual results (missing results pay nothing). */
export function simulatePayout(
  components: readonly IncentiveComponent[],
  actuals: Partial<Record<IncentiveMetric, number | null>>,
  pool: number,
): PayoutSimulation {
  if (!(Number.isFinite(pool) && pool >= 0)) throw new RangeError(`a bonus pool must be ≥ 0, got ${pool}`);
  const shares = normaliseWeights(components.map((c) => c.weight));
  const rows = components.map((c, i) => {
    const actual = actuals[c.metric] ?? null;
    const factor = componentFactor(c, actual);
    return { metric: c.metric, share: shares[i]!, actual, factor, amount: shares[i]! * factor * pool };
  });
  const factor = rows.reduce((sum, r) => sum + r.share * r.factor, 0);
  return {
    components: rows,
    factor,
    amount: factor * pool,
    customerShare: customerWeightShare(components),
  };
}
