import type { ActionItem } from '@centric/contracts/commitments/action-item.schemas';
import type {
  createFeedbackReviewBody,
  FeedbackReview,
  listFeedbackReviewsQuery,
} from '@centric/contracts/commitments/feedback-review.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import { fail } from '@centric/core/errors';
import { listActionItems as listActionItemRows } from '@centric/db/commitments/action-item.repository';
import { listCommitments as listCommitmentRows } from '@centric/db/commitments/commitment.repository';
import { evidenceOfReviews, insertEvidence } from '@centric/db/commitments/evidence.repository';
import {
  attendeesOf,
  type FeedbackReviewRow,
  findFeedbackReview,
  insertFeedbackReview,
  listFeedbackReviews as listReviewRows,
} from '@centric/db/commitments/feedback-review.repository';
import { toPage } from '@centric/db/common/cursor';
import type { Executor } from '@centric/db/database';
import { findUnit } from '@centric/db/units/unit.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { presentActionItem, raiseActionItems } from './action-item.service';
import { commitmentStatus } from './commitment.service';
import { actingPerson, peopleByIds, requireSelfOrDelegate, today } from './leader-context';

/** Why a review is not evidence of the organiser's monthly-review commitment, or null when it is. */
export function reviewEvidenceGap(input: {
  organiserUnitId: string | null;
  attendees: readonly { unitId: string | null; attended: boolean }[];
  hasCommitment: boolean;
}): string | null {
  if (!input.hasCommitment) return 'the organiser has no active commitment to hold feedback reviews';
  const fromElsewhere = input.attendees.filter((a) => a.attended && a.unitId !== input.organiserUnitId);
  if (fromElsewhere.length === 0) return 'nobody from another department came';
  return null;
}

async function present(
  ctx: OrgContext,
  db: Executor,
  rows: { review: FeedbackReviewRow; organiserName: string }[],
): Promise<FeedbackReview[]> {
  const ids = rows.map((r) => r.review.id);
  const attendees = await attendeesOf(db, ids);
  const evidence = await evidenceOfReviews(db, ctx.organisation.id, ids);
  const organisers = await peopleByIds(
    db,
    ctx,
    rows.map((r) => r.review.organiserPersonId),
  );
  const day = today(ctx);
  const out: FeedbackReview[] = [];
  for (const { review, organiserName } of rows) {
    const mine = attendees.filter((a) => a.reviewId === review.id);
    const organiserUnit = organisers.get(review.organiserPersonId)?.unitId ?? null;
    const items = await listActionItemRows(db, ctx.organisation.id, {
      limit: 200,
      sourceKind: 'feedback_review',
      sourceId: review.id,
    });
    const evidenceId = evidence.find((e) => e.feedbackReviewId === review.id)?.id ?? null;
    out.push({
      id: review.id,
      unitId: review.unitId,
      organiser: { id: review.organiserPersonId, name: organiserName },
      heldOn: review.heldOn,
      feedbackDiscussed: review.feedbackDiscussed,
      decisions: review.decisions,
      attendees: mine.map((a) => ({
        personId: a.personId,
        name: a.name,
        unitId: a.unitId,
        attended: a.attended,
        otherDepartment: a.unitId !== organiserUnit,
      })),
      actionItems: items.map((r) => presentActionItem(r, day)),
      evidenceId,
      notEvidenceBecause: evidenceId
        ? null
        : (reviewEvidenceGap({ organiserUnitId: organiserUnit, attendees: mine, hasCommitment: true }) ??
          'the organiser had no active commitment to hold feedback reviews'),
      createdAt: iso(review.createdAt),
    });
  }
  return out;
}

/** Lists feedback reviews, newest first. */
export async function listFeedbackReviews(
  ctx: OrgContext,
  query: z.output<typeof listFeedbackReviewsQuery>,
): Promise<Page<FeedbackReview>> {
  authorize(ctx, 'feedbackReview.read');
  const rows = await listReviewRows(ctx.deps.db, ctx.organisation.id, query);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.review.id })),
    query.limit,
  );
  return { items: await present(ctx, ctx.deps.db, page.items), nextCursor: page.nextCursor };
}

/** Reads one feedback review. */
export async function getFeedbackReview(ctx: OrgContext, id: string): Promise<FeedbackReview> {
  authorize(ctx, 'feedbackReview.read');
  const row = await findFeedbackReview(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('feedback review');
  return (await present(ctx, ctx.deps.db, [row]))[0]!;
}

/**
 * Records a held feedback review with who was invited and who came, its decisions and action items. When the
 * organiser has committed to monthly reviews and someone from another department came, it becomes their
 * evidence, to be confirmed by one of those who attended.
 */
export async function createFeedbackReview(
  ctx: OrgContext,
  input: z.output<typeof createFeedbackReviewBody>,
): Promise<FeedbackReview> {
  authorize(ctx, 'feedbackReview.write');
  const organiserId = input.organiserId ?? actingPerson(ctx);
  requireSelfOrDelegate(ctx, organiserId, 'record feedback reviews');
  if (input.heldOn > today(ctx))
    throw fail.invalid('record a review once it has been held (its date is in the future)');
  if (input.attendees.some((a) => a.personId === organiserId))
    throw fail.invalid('the organiser is not one of the invited attendees');
  return ctx.deps.db.transaction(async (tx) => {
    const people = await peopleByIds(tx, ctx, [organiserId, ...input.attendees.map((a) => a.personId)]);
    if (input.unitId && !(await findUnit(tx, ctx.organisation.id, input.unitId)))
      throw fail.invalid(`unit ${input.unitId} does not exist`);
    const attendees = [...new Map(input.attendees.map((a) => [a.personId, a])).values()].map((a) => ({
      personId: a.personId,
      unitId: people.get(a.personId)!.unitId,
      attended: a.attended,
    }));
    const review = await insertFeedbackReview(
      tx,
      {
        organisationId: ctx.organisation.id,
        unitId: input.unitId,
        organiserPersonId: organiserId,
        heldOn: input.heldOn,
        feedbackDiscussed: input.feedbackDiscussed,
        decisions: input.decisions,
      },
      attendees,
    );
    const items: ActionItem[] = await raiseActionItems(
      ctx,
      tx,
      { kind: 'feedback_review', id: review.id },
      input.actionItems,
    );
    const commitment = (await listCommitmentRows(tx, ctx.organisation.id, { personId: organiserId })).find(
      (c) =>
        c.behaviour.evidenceKind === 'feedback_review' &&
        c.commitment.startsOn <= input.heldOn &&
        commitmentStatus(c, input.heldOn) === 'active',
    );
    const organiserUnitId = people.get(organiserId)!.unitId;
    const gap = reviewEvidenceGap({ organiserUnitId, attendees, hasCommitment: commitment !== undefined });
    let evidenceId: string | null = null;
    if (commitment && gap === null) {
      const came = attendees.filter((a) => a.attended);
      const evidence = await insertEvidence(tx, {
        organisationId: ctx.organisation.id,
        commitmentId: commitment.commitment.id,
        personId: organiserId,
        kind: 'feedback_review',
        occurredOn: input.heldOn,
        summary: `Feedback review with ${came.length} attendee${came.length === 1 ? '' : 's'}: ${input.feedbackDiscussed.slice(0, 200)}`,
        details: {
          invited: attendees.length,
          attended: came.length,
          otherDepartments: new Set(came.filter((a) => a.unitId !== organiserUnitId).map((a) => a.unitId))
            .size,
          decisions: input.decisions.length,
          actionItems: items.length,
        },
        feedbackReviewId: review.id,
        participantIds: came.map((a) => a.personId),
        loggedByPersonId: ctx.actor.personId,
        loggedAt: ctx.deps.clock.now(),
      });
      evidenceId = evidence.id;
    }
    await audit(ctx, tx, {
      action: 'create',
      entity: 'feedback_review',
      entityId: review.id,
      changes: { heldOn: input.heldOn, attendees: attendees.length, actionItems: items.length, evidenceId },
    });
    const [presented] = await present(ctx, tx, [{ review, organiserName: people.get(organiserId)!.name }]);
    return { ...presented!, notEvidenceBecause: gap };
  });
}
