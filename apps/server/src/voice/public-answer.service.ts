import { createHash } from 'node:crypto';
import type { publicAnswerBody } from '@centric/contracts/voice/voice.schemas';
import { AppError, fail } from '@centric/core/errors';
import { findIdempotencyKey, insertIdempotencyKey } from '@centric/db/idempotency/idempotency.repository';
import { findResponse } from '@centric/db/responses/response.repository';
import {
  claimSurveyInvitation,
  findSurveyInvitation,
  insertUnsubscribe,
} from '@centric/db/voice/survey-invitation.repository';
import { findVoiceSettings } from '@centric/db/voice/voice-settings.repository';
import type { z } from 'zod';
import type { Deps } from '../context';
import { createResponses, updateResponse } from '../responses/response.writer';
import { checkAnswers, sameAnswers } from './survey-answers';
import type { SurveyTarget } from './survey-target';
import { systemContext } from './system-context';

type Answer = z.output<typeof publicAnswerBody>;

/** What the page learns after a submission. */
export interface AnswerResult {
  responseId: string;
  editableUntil: string | null;
}

const CLAIMED = 'survey invitation already answered';

/**
 * Stores a customer's answer: the first submission creates the response, later ones (the "why?", a change of
 * mind, a retry, a double tap) edit that same response while the edit window is open. Exactly one response per
 * invitation and per submission id, even when two requests race.
 */
export async function submitPublicAnswer(
  deps: Deps,
  target: SurveyTarget,
  answer: Answer,
): Promise<AnswerResult> {
  if (target.survey.status !== 'live') throw fail.conflict('this survey is closed');
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await submitOnce(deps, target, answer);
    } catch (error) {
      // A twin request won the race: the next attempt finds its response and edits it.
      if (attempt === 0 && isRace(error)) continue;
      throw error;
    }
  }
}

async function submitOnce(deps: Deps, target: SurveyTarget, answer: Answer): Promise<AnswerResult> {
  const org = target.organisation.id;
  const ctx = await systemContext(deps, org, target.organisation);
  const settings = await findVoiceSettings(deps.db, org);
  const key = `public:${target.id}:${answer.submissionId}`;
  const existingId = await answeredResponseId(deps, target, key);
  if (existingId) {
    const row = await findResponse(deps.db, org, existingId);
    if (!row) throw fail.conflict('this answer was removed');
    const until = new Date(row.respondedAt.getTime() + settings.editMinutes * 60_000);
    const answers = checkAnswers(target.survey.questions, answer.answers);
    const changed =
      answer.score !== row.score ||
      (answer.comment ?? null) !== row.comment ||
      !sameAnswers(answers, row.answers);
    if (changed) {
      if (deps.clock.now() > until) throw fail.conflict('this survey was already answered');
      await updateResponse(ctx, row.id, { score: answer.score, comment: answer.comment, answers });
    }
    return { responseId: row.id, editableUntil: until.toISOString() };
  }
  const invitation = target.kind === 'invitation' ? target.invitation : undefined;
  const link = target.kind === 'link' ? target.link : undefined;
  const now = deps.clock.now();
  const [row] = await createResponses(
    ctx,
    [
      {
        surveyId: target.survey.id,
        score: answer.score,
        comment: answer.comment,
        customerId: invitation?.customerId ?? null,
        channelId: invitation?.channelId ?? link?.channelId ?? null,
        touchpointId: link?.touchpointId ?? null,
        segmentId: null,
        unitId: invitation?.unitId ?? link?.unitId ?? null,
        employeeId: invitation?.employeeId ?? null,
        answers: checkAnswers(target.survey.questions, answer.answers),
        source: invitation ? 'email' : link?.kind === 'widget' ? 'widget' : 'web',
        language: answer.language,
      },
    ],
    {
      async inTransaction(tx, rows) {
        const created = rows[0]!;
        await insertIdempotencyKey(tx, {
          organisationId: org,
          key,
          requestHash: hash(answer.submissionId),
          status: 201,
          body: { responseId: created.id },
          createdAt: now,
        });
        if (invitation && !(await claimSurveyInvitation(tx, invitation.id, created.id, now)))
          throw new AppError('conflict', CLAIMED);
      },
    },
  );
  return {
    responseId: row!.id,
    editableUntil: new Date(row!.respondedAt.getTime() + settings.editMinutes * 60_000).toISOString(),
  };
}

/** The response this submission (or, for an invitation, any earlier submission) already stored. */
async function answeredResponseId(deps: Deps, target: SurveyTarget, key: string): Promise<string | null> {
  const org = target.organisation.id;
  const stored = await findIdempotencyKey(deps.db, org, key);
  if (stored) return (stored.body as { responseId: string }).responseId;
  if (target.kind === 'invitation') {
    const fresh = await findSurveyInvitation(deps.db, org, target.invitation.id);
    return fresh?.responseId ?? null;
  }
  return null;
}

function isRace(error: unknown): boolean {
  if (error instanceof AppError) return error.message === CLAIMED;
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Records that the invited customer asked for no more surveys. */
export async function unsubscribeInvitee(deps: Deps, target: SurveyTarget): Promise<void> {
  if (target.kind !== 'invitation') throw fail.notFound('invitation');
  await insertUnsubscribe(deps.db, target.organisation.id, target.invitation.email, deps.clock.now());
}
