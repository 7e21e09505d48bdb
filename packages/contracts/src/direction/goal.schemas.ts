import { z } from 'zod';
import { id, isoDate } from '../common/fields';
import { initiative } from './initiative.schemas';
import { targetBody, targetInput } from './target.schemas';

/** Body of POST /direction/goals: a unit's or a person's goal in the metric-bound form. */
export const createGoalBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    unitId: id.optional(),
    personId: id.optional(),
    initiativeId: id.optional().describe('the initiative it cascades from'),
    weight: z.number().min(0).max(1000).default(1),
    customer: z.boolean().default(true).describe('whether it is a customer objective'),
    target: targetInput,
  })
  .refine((g) => (g.unitId === undefined) !== (g.personId === undefined), {
    message: 'a goal belongs to exactly one unit or one person',
    path: ['unitId'],
  });

/** Body of PATCH /direction/goals/{id}: change the title, target, weight, due date or customer flag. */
export const updateGoalBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    target: z.number().optional().describe('the value to reach'),
    dueDate: isoDate.optional(),
    weight: z.number().min(0).max(1000).optional(),
    customer: z.boolean().optional().describe('whether it is a customer objective'),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'change at least one field' });

/** A goal with its live progress. */
export const goal = z.object({
  id,
  title: z.string(),
  unitId: id.nullable(),
  personId: id.nullable(),
  ownerName: z.string().nullable(),
  initiativeId: id.nullable(),
  weight: z.number(),
  customer: z.boolean(),
  target: targetBody,
});
/** A goal as the API shows it. */
export type Goal = z.infer<typeof goal>;

/** Answer of GET /direction/goals. */
export const goalList = z.object({ items: z.array(goal) });

/** One owner's standing: how far off their baseline they are, and their weighted attainment. */
export const standing = z.object({
  ownerKind: z.enum(['unit', 'person']),
  ownerId: id,
  ownerName: z.string().nullable(),
  goals: z.number().int(),
  attainment: z.number().nullable().describe('weighted mean of the goals’ progress (0–1)'),
  customerShare: z.number().describe('share of the weight on customer objectives'),
  belowBaseline: z.number().int().describe('goals whose metric is worse than its baseline'),
  improvements: z.array(
    z.object({
      goalId: id,
      metric: z.string(),
      improvement: z.number().nullable(),
      status: z.string(),
    }),
  ),
});
/** Answer of GET /direction/standings: every unit and person with goals, furthest behind first. */
export const standingList = z.object({ items: z.array(standing) });

/** Why an initiative is part of someone's work. */
export const PART_ROLES = [
  'owner',
  'sponsor',
  'responsible',
  'accountable',
  'consulted',
  'informed',
  'unit',
] as const;

/** Answer of GET /direction/my-part: the initiatives and goals the signed-in person owns or contributes to. */
export const myPart = z.object({
  personId: id.nullable(),
  initiatives: z.array(z.object({ roles: z.array(z.enum(PART_ROLES)), initiative })),
  goals: z.array(goal),
  attainment: z.number().nullable(),
});
