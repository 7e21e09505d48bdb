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
  objectives: z.array(z.string().trim().min(3).max(300)).min(1, 'list at least one objective').max(20),
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
  z.strictObject({ ...base, kind: z.literal('review_objectives'), details: reviewObjectivesDetails }),
]);
/** A request to log evidence. */
export type LogEvidenceBody = z.input<typeof logEvidenceBody>;

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
