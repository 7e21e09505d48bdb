/** Direction: progress of metric-bound targets, before/after verdicts, goal weights, incentive payouts. */
export * from './before-after';
export * from './goal-weights';
export * from './incentive-payout';
export * from './review-cycle';
export * from './target-progress';
