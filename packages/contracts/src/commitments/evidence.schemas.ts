import { z } from 'zod';
import { id, isoDate } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';
import { evidenceKind } from './behaviour.schemas';

/** Facts of a customer conversation. */
export const customerConversationDetails = z.strictObject({
  minutes: z.number().int().min(5, 'at least 5 minutes').max(1440),
  learned: z.string().trim().min(3, 'say what you learned').max(4000),
  where: z.string().trim().max(200).optional(),
});
/** Facts of online engagement. */
export const onlineEngagementDetails = z.strictObject({
  url: z.url({ message: 'must be a link (https://…)' }).max(2000),
  platform: z.string().trim().min(1).max(100),
  replied: z.boolean().default(false),
});
/** Facts of staff enabled to engage with customers. */
export const staffEnablementDetails = z
  .strictObject({
    hours: z.number().min(0).max(100000).optional(),
    budget: z.number().min(0).max(1e9).optional(),
    grantedTo: z.string().trim().min(1, 'say to whom').max(300),
    staffContacts: z.number().int().min(0).max(1e6).optional(),
  })
  .refine((d) => d.hours !== undefined || d.budget !== undefined, { message: 'give hours or a budget' });
/** Facts of a quarterly new-focus effort. */
export const newFocusDetails = z.strictObject({
  type: z.enum(['idea', 'pilot', 'initiative']),
  kpi: z.string().trim().max(300).optional(),
});
/** Facts of customer objectives set in a review. */
export const reviewObjectivesDetails = z.strictObject({
  /** Objectives in words; may be left empty when the goals linked say it all. */
  objectives: z.array(z.string().trim().min(3).max(300)).max(20).default([]),
  reviewCycle: z.string().trim().max(100).optional(),
});

const base = {
  commitmentId: id,
  occurredOn: isoDate,
  summary: z.string().trim().min(3, 'say in a line what was done').max(500),
  participantIds: z.array(id).max(50).default([]).describe('colleagues who took part; only they may confirm'),
};

/** Body of POST /evidence: one kind of evidence and its facts. */
export const logEvidenceBody = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('customer_conversation'),
    customerId: id.nullable().default(null),
    segmentId: id.nullable().default(null),
    details: customerConversationDetails,
  }),
  z.strictObject({ ...base, kind: z.literal('online_engagement'), details: onlineEngagementDetails }),
  z.strictObject({ ...base, kind: z.literal('staff_enablement'), details: staffEnablementDetails }),
  z.strictObject({
    ...base,
    kind: z.literal('new_focus'),
    decisionId: id.nullable().default(null),
    details: newFocusDetails,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('review_objectives'),
    goalIds: z
      .array(id)
      .max(20)
      .default([])
      .describe('the customer goals set or reviewed (goal records of direction)'),
    details: reviewObjectivesDetails,
  }),
]);
/** A request to log evidence. */
export type LogEvidenceBody = z.input<typeof logEvidenceBody>;

/** A goal a piece of evidence links to; the reading is null for those who may not read goals. */
export const linkedGoal = z.object({
  id,
  title: z.string(),
  ownerName: z.string().nullable(),
  reading: z
    .object({
      metric: z.string(),
      target: z.number(),
      current: z.number().nullable(),
      progress: z.number().nullable().describe('0 at the baseline, 1 at the target'),
      status: z.string(),
      dueDate: z.string(),
    })
    .nullable(),
});

/** A piece of evidence. */
export const evidenceItem = z.object({
  id,
  commitmentId: id,
  personId: id,
  personName: z.string(),
  behaviourName: z.string(),
  kind: evidenceKind,
  occurredOn: z.string(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
  customerId: id.nullable(),
  segmentId: id.nullable(),
  feedbackReviewId: id.nullable(),
  decisionId: id.nullable(),
  participants: z.array(z.object({ id, name: z.string() })),
  /** Goals linked (customer objectives in reviews), with live progress when the caller may read goals. */
  goals: z.array(linkedGoal),
  loggedAt: z.string(),
  confirmedBy: z.object({ id, name: z.string() }).nullable(),
  confirmedAt: z.string().nullable(),
  /** What it counts for today under the organisation's rules (1, or less while unconfirmed). */
  weight: z.number(),
  /** Whether the caller may confirm it. */
  canConfirm: z.boolean(),
});
/** A piece of evidence. */
export type EvidenceItem = z.infer<typeof evidenceItem>;
/** A page of evidence, newest first. */
export const evidencePage = pageOf(evidenceItem);
/** Query of GET /evidence. */
export const listEvidenceQuery = pageQuery.extend({
  personId: id.optional(),
  awaitingMyConfirmation: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
