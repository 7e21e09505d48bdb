// Aggregates of customer values that the app shows: CLV by segment and unit, revenue at risk, NPS by CLV tier.
// Computed once per refit and stored with it, so pages never scan per-customer rows.

/** A valued customer with what the aggregates group by. */
export interface ValuedCustomer {
  readonly clv: number;
  readonly pAlive: number;
  readonly pAliveBefore: number | null;
  readonly segmentId: string | null;
  readonly unitId: string | null;
  /** Score (0–10) of the customer's latest NPS answer, or null when they never answered one. */
  readonly latestNps: number | null;
}

/** Totals of one group of customers. */
export interface ValueGroup {
  readonly customers: number;
  readonly totalClv: number;
  readonly meanClv: number;
}

/** When a customer's P(alive) counts as low or falling. */
export interface RiskRules {
  /** P(alive) below this is low. */
  readonly lowPAlive: number;
  /** A drop of at least this much since the lookback is falling. */
  readonly fallingBy: number;
}

/** Default risk rules: P(alive) under 50%, or down 10 points or more. */
export const DEFAULT_RISK_RULES: RiskRules = { lowPAlive: 0.5, fallingBy: 0.1 };

/** The CLV tiers: customers ranked by CLV and cut into quarters of the customer base. */
export const CLV_TIERS = ['top 25%', 'upper middle', 'lower middle', 'bottom 25%'] as const;

/** NPS of one CLV tier. */
export interface TierNps {
  readonly tier: (typeof CLV_TIERS)[number];
  readonly customers: number;
  readonly meanClv: number;
  /** Customers of the tier with an NPS answer. */
  readonly respondents: number;
  /** −100…100, null without respondents. */
  readonly nps: number | null;
}

/** Everything the customer-value page shows. */
export interface ValueBreakdown {
  readonly total: ValueGroup;
  readonly bySegment: readonly (ValueGroup & { segmentId: string | null })[];
  readonly byUnit: readonly (ValueGroup & { unitId: string | null })[];
  readonly atRisk: {
    /** Customers whose latest NPS answer is 0–6. */
    readonly detractors: ValueGroup;
    /** Customers whose P(alive) is low or falling. */
    readonly fading: ValueGroup;
    /** Either: the revenue at risk, each customer counted once. */
    readonly either: ValueGroup;
  };
  readonly npsByTier: readonly TierNps[];
  readonly rules: RiskRules;
}

/** True when the customer's P(alive) is low or has fallen by the rule's margin. */
export function isFading(c: Pick<ValuedCustomer, 'pAlive' | 'pAliveBefore'>, rules: RiskRules): boolean {
  return (
    c.pAlive < rules.lowPAlive || (c.pAliveBefore !== null && c.pAliveBefore - c.pAlive >= rules.fallingBy)
  );
}

const group = (list: readonly ValuedCustomer[]): ValueGroup => {
  const totalClv = list.reduce((s, c) => s + c.clv, 0);
  return { customers: list.length, totalClv, meanClv: list.length > 0 ? totalClv / list.length : 0 };
};

function groupBy<K extends string | null>(list: readonly ValuedCustomer[], key: (c: ValuedCustomer) => K) {
  const groups = new Map<K, ValuedCustomer[]>();
  for (const c of list) {
    const k = key(c);
    const members = groups.get(k);
    if (members) members.push(c);
    else groups.set(k, [c]);
  }
  return [...groups]
    .map(([k, members]) => ({ key: k, ...group(members) }))
    .sort((p, q) => q.totalClv - p.totalClv);
}

/** NPS of a set of 0–10 scores: % promoters (9–10) − % detractors (0–6). */
function nps(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return ((promoters - detractors) / scores.length) * 100;
}

/** Computes the page's aggregates from valued customers. */
export function valueBreakdown(
  customers: readonly ValuedCustomer[],
  rules: RiskRules = DEFAULT_RISK_RULES,
): ValueBreakdown {
  const detractors = customers.filter((c) => c.latestNps !== null && c.latestNps <= 6);
  const fading = customers.filter((c) => isFading(c, rules));
  const either = customers.filter((c) => (c.latestNps !== null && c.latestNps <= 6) || isFading(c, rules));
  const ranked = [...customers].sort((p, q) => q.clv - p.clv);
  const npsByTier = CLV_TIERS.map((tier, k) => {
    const members = ranked.slice(
      Math.floor((k * ranked.length) / CLV_TIERS.length),
      Math.floor(((k + 1) * ranked.length) / CLV_TIERS.length),
    );
    const scores = members.flatMap((c) => (c.latestNps === null ? [] : [c.latestNps]));
    const g = group(members);
    return { tier, customers: g.customers, meanClv: g.meanClv, respondents: scores.length, nps: nps(scores) };
  });
  return {
    total: group(customers),
    bySegment: groupBy(customers, (c) => c.segmentId).map(({ key, ...g }) => ({ segmentId: key, ...g })),
    byUnit: groupBy(customers, (c) => c.unitId).map(({ key, ...g }) => ({ unitId: key, ...g })),
    atRisk: { detractors: group(detractors), fading: group(fading), either: group(either) },
    npsByTier,
    rules,
  };
}
