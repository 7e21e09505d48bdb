import { z } from 'zod';
import { id, isoDate } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';
import { actionItem, newActionItem } from './action-item.schemas';

/** A feedback review meeting with its attendees, decisions and action items. */
export const feedbackReview = z.object({
  id,
  unitId: id.nullable(),
  organiser: z.object({ id, name: z.string() }),
  heldOn: z.string(),
  feedbackDiscussed: z.string(),
  decisions: z.array(z.string()),
  attendees: z.array(
    z.object({
      personId: id,
      name: z.string(),
      unitId: id.nullable(),
      attended: z.boolean(),
      otherDepartment: z.boolean(),
    }),
  ),
  actionItems: z.array(actionItem),
  /** The evidence it became for the organiser's commitment, if any. */
  evidenceId: id.nullable(),
  /** Why it is not evidence, when it is not. */
  notEvidenceBecause: z.string().nullable(),
  createdAt: z.string(),
});
/** A feedback review. */
export type FeedbackReview = z.infer<typeof feedbackReview>;
/** A page of feedback reviews. */
export const feedbackReviewPage = pageOf(feedbackReview);
/** Query of GET /feedback-reviews. */
export const listFeedbackReviewsQuery = pageQuery.extend({ organiserId: id.optional() });

/** Body of POST /feedback-reviews: record a held meeting. */
export const createFeedbackReviewBody = z.strictObject({
  heldOn: isoDate,
  unitId: id.nullable().default(null),
  organiserId: id.optional().describe('defaults to the caller'),
  feedbackDiscussed: z.string().trim().min(3, 'say what feedback was discussed').max(8000),
  decisions: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  attendees: z
    .array(z.strictObject({ personId: id, attended: z.boolean().default(true) }))
    .max(200)
    .default([]),
  actionItems: z.array(newActionItem).max(50).default([]),
});
