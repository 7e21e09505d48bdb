import {
  CYCLE_KINDS,
  CYCLE_PHASES,
  RATING_MAX,
  RATING_MIN,
  REVIEW_STATES,
} from '@centric/core/direction/review-cycle';
import { z } from 'zod';
import { id, instant, isoDate } from '../common/fields';
import { goal } from './goal.schemas';

/** Body of POST /direction/review-cycles: a quarterly or annual cycle. */
export const createReviewCycleBody = z
  .object({
    kind: z.enum(CYCLE_KINDS),
    year: z.number().int().min(2000).max(2100),
    quarter: z.number().int().min(1).max(4).optional().describe('required for a quarterly cycle'),
    name: z.string().trim().min(1).max(200).optional().describe('"Reviews 2026 Q4" when omitted'),
    boardReviewerPersonId: id
      .optional()
      .describe('who writes the manager assessment of the CEO (and anyone without a manager) for the board'),
  })
  .refine((c) => c.kind === 'year' || c.quarter !== undefined, {
    message: 'a quarterly cycle needs its quarter (1–4)',
    path: ['quarter'],
  });

/** How far a group of reviews has come. */
export const reviewProgress = z.object({
  total: z.number().int(),
  byState: z.object(
    Object.fromEntries(REVIEW_STATES.map((s) => [s, z.number().int()])) as Record<
      (typeof REVIEW_STATES)[number],
      z.ZodNumber
    >,
  ),
  completeShare: z.number(),
});

/** A review cycle with its progress, the leaders' and everyone else's apart. */
export const reviewCycle = z.object({
  id,
  name: z.string(),
  kind: z.enum(CYCLE_KINDS),
  startDate: isoDate,
  endDate: isoDate,
  phase: z.enum(CYCLE_PHASES),
  boardReviewerPersonId: id.nullable(),
  boardReviewerName: z.string().nullable(),
  leadersOpenedAt: instant.nullable(),
  everyoneOpenedAt: instant.nullable(),
  closedAt: instant.nullable(),
  ceoReviewState: z
    .enum(REVIEW_STATES)
    .nullable()
    .describe('the gate: everyone’s reviews open once it is complete'),
  leaders: reviewProgress,
  everyone: reviewProgress,
});
/** A review cycle as the API shows it. */
export type ReviewCycle = z.infer<typeof reviewCycle>;

/** Answer of GET /direction/review-cycles. */
export const reviewCycleList = z.object({ items: z.array(reviewCycle) });

/** One review without its contents: whose, who reviews, where it stands. */
export const reviewSummary = z.object({
  id,
  cycleId: id,
  cycleName: z.string(),
  personId: id,
  personName: z.string(),
  personTitle: z.string().nullable(),
  reviewerPersonId: id.nullable(),
  reviewerName: z.string().nullable().describe('null: an admin writes the manager assessment'),
  leader: z.boolean(),
  ceo: z.boolean(),
  state: z.enum(REVIEW_STATES),
});
/** A review's summary. */
export type ReviewSummary = z.infer<typeof reviewSummary>;

/** Answer of GET /direction/review-cycles/{id}: the cycle and the reviews the caller may see. */
export const reviewCycleDetail = reviewCycle.extend({
  reviews: z
    .array(reviewSummary)
    .describe('admins: all; managers: their own and their team’s; others: their own'),
});

/** Answer of GET /direction/reviews: the caller's own reviews and those they write the manager part of. */
export const myReviews = z.object({ mine: z.array(reviewSummary), team: z.array(reviewSummary) });

const rating = z.number().int().min(RATING_MIN).max(RATING_MAX);

/** One assessment of a customer objective. */
export const objectiveAssessment = z.object({ rating: rating.nullable(), comment: z.string().max(5000) });

/** A part (self or manager) of a review. */
export const reviewPart = z.object({
  rating: rating.nullable(),
  text: z.string(),
  submittedAt: instant.nullable(),
});

/** A review with its customer objectives (linked goals with baseline, target and current) and both parts. */
export const review = reviewSummary.extend({
  cycle: z.object({
    id,
    name: z.string(),
    phase: z.enum(CYCLE_PHASES),
    startDate: isoDate,
    endDate: isoDate,
  }),
  openRefusal: z.string().nullable().describe('why the review cannot change now; null when it can'),
  objectives: z.array(
    z.object({
      goalId: id.nullable(),
      title: z.string(),
      metric: z.string(),
      customer: z.boolean(),
      goal: goal.nullable().describe('the linked goal with live progress; null once removed'),
      self: objectiveAssessment.nullable(),
      manager: objectiveAssessment.nullable().describe('hidden from the person until the reviewer submits'),
    }),
  ),
  self: reviewPart.describe('hidden from the reviewer until the person submits'),
  manager: reviewPart.nullable().describe('null for the person until the reviewer submits'),
  may: z.object({ writeSelf: z.boolean(), writeManager: z.boolean(), signOff: z.boolean() }),
});
/** A review as the API shows it. */
export type Review = z.infer<typeof review>;

/** Body of PUT /direction/reviews/{id}/self and /manager: save a part, and submit it when `submit` is true. */
export const saveReviewPartBody = z.object({
  rating: rating.nullable().default(null),
  text: z.string().max(10_000).default(''),
  objectives: z
    .array(
      z.object({
        goalId: id,
        rating: rating.nullable().default(null),
        comment: z.string().max(5000).default(''),
      }),
    )
    .max(50)
    .default([]),
  submit: z.boolean().default(false).describe('submit the part (checked: the customer section is required)'),
});
