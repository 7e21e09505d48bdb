/** The rules of the Walker index; organisations may change every one of them (shown beside the index). */
export interface WalkerRules {
  /** Unconfirmed evidence counts fully for this many days after it was logged, giving participants time to confirm. */
  unconfirmedGraceDays: number;
  /** What unconfirmed evidence older than the grace period counts for (0–1). */
  unconfirmedWeight: number;
  /** Evidence logged more than this many days after its occurrence ended does not count (null: no limit). */
  lateLoggingDays: number | null;
  /** Index at or above which a leader is walking the talk (0–1). */
  walkingAt: number;
  /** Index at or above which a leader is slipping; below it, they are talking (0–1). */
  slippingAt: number;
  /** Length of a review cycle in months (cycles are cut from January). */
  reviewCycleMonths: number;
  /** Share of an occurrence's days the commitment must be active for it to fall due (0–1). */
  minimumActiveShare: number;
}

/** The rules every organisation starts with. */
export const DEFAULT_WALKER_RULES: WalkerRules = {
  unconfirmedGraceDays: 30,
  unconfirmedWeight: 0.5,
  lateLoggingDays: 31,
  walkingAt: 0.8,
  slippingAt: 0.5,
  reviewCycleMonths: 6,
  minimumActiveShare: 0.5,
};

/** The rules with an organisation's overrides applied, checked for sense. */
export function resolveWalkerRules(overrides: Partial<WalkerRules> | undefined): WalkerRules {
  const rules = { ...DEFAULT_WALKER_RULES, ...(overrides ?? {}) };
  const share = (v: number, what: string) => {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`${what} must be between 0 and 1`);
  };
  share(rules.unconfirmedWeight, 'unconfirmedWeight');
  share(rules.walkingAt, 'walkingAt');
  share(rules.slippingAt, 'slippingAt');
  share(rules.minimumActiveShare, 'minimumActiveShare');
  if (rules.slippingAt > rules.walkingAt) throw new RangeError('slippingAt must not exceed walkingAt');
  if (![1, 2, 3, 4, 6, 12].includes(rules.reviewCycleMonths))
    throw new RangeError('reviewCycleMonths must divide a year: 1, 2, 3, 4, 6 or 12');
  if (!(rules.unconfirmedGraceDays >= 0)) throw new RangeError('unconfirmedGraceDays must not be negative');
  if (rules.lateLoggingDays !== null && !(rules.lateLoggingDays >= 0))
    throw new RangeError('lateLoggingDays must not be negative');
  return rules;
}

/** The rules in words, for the page that shows the index. */
export function describeWalkerRules(rules: WalkerRules): string[] {
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  return [
    'Walker index = commitments evidenced ÷ commitments due in the period.',
    `Confirmed evidence counts fully; unconfirmed evidence counts fully for ${rules.unconfirmedGraceDays} days, then ${rules.unconfirmedWeight === 0.5 ? 'half' : pct(rules.unconfirmedWeight)}.`,
    rules.lateLoggingDays === null
      ? 'Evidence logged late still counts for the month it happened in.'
      : `Evidence logged more than ${rules.lateLoggingDays} days after its month (or quarter, or cycle) ended does not count.`,
    'A per-decision behaviour is due at every decision the leader takes, and evidenced when the decision records it.',
    `A month, quarter or review cycle falls due when the commitment was active for at least ${pct(rules.minimumActiveShare)} of it (pauses and leave excluded); one already met counts before it ends.`,
    `Walking at ${pct(rules.walkingAt)} or more, slipping from ${pct(rules.slippingAt)}, talking below.`,
  ];
}
