import { WALKER_PERIODS } from '@centric/core/commitments/calendar';
import { z } from 'zod';
import { id } from '../common/fields';
import { actionItem } from './action-item.schemas';
import { commitment } from './commitment.schemas';
import { evidenceItem } from './evidence.schemas';
import { leavePeriod } from './leave.schemas';

/** A reporting period of the Walker index. */
export const walkerPeriod = z.enum(WALKER_PERIODS);
/** Where a leader stands. */
export const walkerState = z.enum(['walking', 'slipping', 'talking', 'not_due', 'no_commitments']);

/** Query of GET /leaders/walker-index and the board. */
export const walkerIndexQuery = z.object({ period: walkerPeriod.default('quarter') });

/** One leader's Walker index over the current period. */
export const walkerIndexRow = z.object({
  personId: id,
  name: z.string(),
  title: z.string().nullable(),
  committed: z.number(),
  due: z.number(),
  evidenced: z.number(),
  index: z.number().nullable(),
  state: walkerState,
});
/** A Walker index row. */
export type WalkerIndexRow = z.infer<typeof walkerIndexRow>;
/** GET /leaders/walker-index: every leader with a commitment or an executive role, the CEO first. */
export const walkerIndexList = z.array(walkerIndexRow);

/** One point of a leader's index over time. */
export const walkerPoint = z.object({
  label: z.string(),
  first: z.string(),
  last: z.string(),
  due: z.number(),
  evidenced: z.number(),
  index: z.number().nullable(),
});

/** An executive on the board. */
export const boardLeader = walkerIndexRow.extend({
  unitId: id.nullable(),
  trend: z.number().nullable(),
  streak: z.number(),
  series: z.array(walkerPoint),
});
/** A group of leaders scored as one, with its change from the previous period and its index over time. */
export const teamScore = z.object({
  committed: z.number(),
  due: z.number(),
  evidenced: z.number(),
  index: z.number().nullable(),
  state: walkerState,
  trend: z.number().nullable().describe('change of the index from the previous period'),
  series: z.array(walkerPoint).describe('by month (by quarter for a year)'),
});

/** GET /leaders/board: every executive side by side, and the executive team as one. */
export const executiveBoard = z.object({
  period: walkerPeriod,
  label: z.string(),
  team: teamScore,
  leaders: z.array(boardLeader),
  rules: z.array(z.string()),
  thresholds: z.object({ walkingAt: z.number(), slippingAt: z.number() }),
});

/** A behaviour promised and evidenced in the quarter. */
export const promisedBehaviour = z.object({
  commitment,
  due: z.number(),
  evidenced: z.number(),
  index: z.number().nullable(),
});

/** Something that falls due this month, with its progress. */
export const dueItem = z.object({
  commitmentId: id,
  behaviourName: z.string(),
  dueOn: z.string(),
  done: z.number(),
  target: z.number(),
  met: z.boolean(),
});

/** GET /leaders/{id}: the leader page. */
export const leaderPage = z.object({
  leader: z.object({
    id,
    name: z.string(),
    title: z.string().nullable(),
    role: z.string(),
    unitId: id.nullable(),
  }),
  quarter: z.object({ label: z.string(), first: z.string(), last: z.string() }),
  score: walkerIndexRow,
  trend: z.number().nullable(),
  streak: z.number(),
  promised: z.array(promisedBehaviour),
  dueThisMonth: z.array(dueItem),
  evidence: z.array(evidenceItem),
  actionItems: z.array(actionItem),
  /** Periods of leave overlapping the last year and what is planned: nothing fell due on those days. */
  leave: z.array(leavePeriod),
  series: z.array(walkerPoint),
  rules: z.array(z.string()),
  thresholds: z.object({ walkingAt: z.number(), slippingAt: z.number() }),
});
/** The leader page. */
export type LeaderPage = z.infer<typeof leaderPage>;

/** The Walker rules as stored and edited. */
export const walkerRulesBody = z.strictObject({
  unconfirmedGraceDays: z.number().int().min(0).max(365),
  unconfirmedWeight: z.number().min(0).max(1),
  lateLoggingDays: z.number().int().min(0).max(3650).nullable(),
  walkingAt: z.number().min(0).max(1),
  slippingAt: z.number().min(0).max(1),
  reviewCycleMonths: z.union([
    z.literal(1),
    z.literal(2),
    z.literal(3),
    z.literal(4),
    z.literal(6),
    z.literal(12),
  ]),
  minimumActiveShare: z.number().min(0).max(1),
});
/** The rules and their wording. */
export const walkerRules = z.object({ rules: walkerRulesBody, description: z.array(z.string()) });

/** GET /leaders/teams: each unit with leaders in it or below it, their evidence over their due. */
export const teamIndexList = z.array(
  teamScore.extend({
    unitId: id,
    name: z.string(),
    leaders: z.number(),
  }),
);
/** Path parameters of a leader's routes. */
export const leaderParams = z.object({ personId: id });
