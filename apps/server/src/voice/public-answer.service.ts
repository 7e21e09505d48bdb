import { createHash } from 'node:crypto';
import type { publicAnswerBody } from '@centric/contracts/voice/voice.schemas';
import { AppError, fail } from '@centric/core/errors';
import { scoreOutsideScale } from '@centric/core/surveys/survey-kinds';
import {
  findIdempotencyKey,
  insertClaimedLinkAnswers,
  insertIdempotencyKey,
} from '@centric/db/idempotency/idempotency.repository';
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
import { answerSettings, findAnswerTarget, findSurveyTarget, type SurveyTarget } from './survey-target';
import { systemContext } from './system-context';

type Answer = z.output<typeof publicAnswerBody>;

/** What the page learns after a submission. */
export interface AnswerResult {
  responseId: string;
  editableUntil: string | null;
}

const CLAIMED = 'survey invitation already answered';

/**
 * The answer endpoint: resolves the token and stores the answer. A first answer through an anonymous link joins
 * the next group write of its organisation ({@link AnswerBatcher}); invitations, retries and edits take the
 * one-at-a-time path of {@link submitPublicAnswer} on freshly read rows.
 */
export async function answerPublicToken(deps: Deps, token: string, answer: Answer): Promise<AnswerResult> {
  const target = await findAnswerTarget(deps, token);
  if (!target) throw fail.notFound('survey link');
  if (target.kind !== 'link') return submitPublicAnswer(deps, target, answer);
  if (target.survey.status !== 'live') throw fail.conflict('this survey is closed');
  checkAnswerScore(target, answer);
  // Checked here, so one bad answer never sends its whole batch down the one-at-a-time path.
  const answers = checkAnswers(target.survey.questions, answer.answers);
  return batcherOf(deps).submit(token, target, { ...answer, answers });
}

/**
 * The group write of first answers through anonymous links, one organisation at a time: while a write is in
 * flight the answers that arrive queue up, and the next write stores all of them (up to {@link MAX_BATCH}) in one
 * statement (idempotency claims, responses, rollup counts, audit entry) and one statement per after-commit queue.
 * At low load a batch holds one answer and waits for nothing; under load the commits are shared, which is
 * what lets a few cores sustain thousands of answers a second with every answer on disk before it is
 * acknowledged. Each answer keeps its own outcome: a lost idempotency claim (retry, double tap) or a failed
 * batch falls back to the one-at-a-time path, so exactly one response is stored per submission.
 */
export class AnswerBatcher {
  readonly #queues = new Map<string, Pending[]>();
  readonly #inFlight = new Map<string, number>();

  constructor(private readonly deps: Deps) {}

  /** Stores one answer with the next group write of its organisation. */
  submit(token: string, target: LinkTarget, answer: Answer): Promise<AnswerResult> {
    return new Promise((resolve, reject) => {
      const org = target.organisation.id;
      const queue = this.#queues.get(org) ?? [];
      queue.push({ token, target, answer, key: answerKey(target, answer), resolve, reject });
      this.#queues.set(org, queue);
      this.#drain(org);
    });
  }

  #drain(org: string): void {
    const running = this.#inFlight.get(org) ?? 0;
    if (running >= FLUSHES_PER_ORGANISATION) return;
    const queue = this.#queues.get(org);
    if (!queue || queue.length === 0) return;
    const batch = queue.splice(0, MAX_BATCH);
    if (queue.length === 0) this.#queues.delete(org);
    this.#inFlight.set(org, running + 1);
    let released = false;
    // The slot frees at commit: the after-commit queueing of one batch overlaps the next batch's write.
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.#inFlight.get(org) ?? 1) - 1;
      if (left === 0) this.#inFlight.delete(org);
      else this.#inFlight.set(org, left);
      this.#drain(org);
    };
    void this.#flush(batch, release).finally(release);
  }

  async #flush(batch: Pending[], committed: () => void): Promise<void> {
    const { deps } = this;
    // Twins in one batch (a double tap): the first is written, the others replay it afterwards.
    const leaders = new Map<string, Pending>();
    const followers: Pending[] = [];
    for (const item of batch) {
      if (leaders.has(item.key)) followers.push(item);
      else leaders.set(item.key, item);
    }
    // One order for every batch (rollup keys, then idempotency keys): two batches in flight lock rows in the
    // same order, so they wait for each other instead of deadlocking.
    const items = [...leaders.values()].sort((a, b) => compare(lockOrder(a), lockOrder(b)));
    const organisation = items[0]!.target.organisation;
    const org = organisation.id;
    const now = deps.clock.now();
    // Per item written here: the id of its response.
    const outcome = new Map<Pending, string>();
    let acknowledged = false;
    const alone = (item: Pending) => this.#alone(item);
    try {
      const ctx = await systemContext(deps, org, organisation);
      const { editMinutes } = await answerSettings(deps, org);
      await createResponses(
        ctx,
        items.map(({ target, answer }) => ({
          surveyId: target.survey.id,
          score: answer.score,
          comment: answer.comment,
          customerId: null,
          channelId: target.link.channelId,
          touchpointId: target.link.touchpointId,
          segmentId: null,
          unitId: target.link.unitId,
          employeeId: null,
          answers: answer.answers,
          source: target.link.kind === 'widget' ? 'widget' : 'web',
          language: answer.language,
        })),
        {
          // The cached surveys give the scale; whether each is still live is read in the transaction below.
          surveys: [...new Map(items.map((i) => [i.target.survey.id, i.target.survey])).values()],
          async insert(db, values, alongside) {
            // One statement: claims the keys of the answers whose link's survey is still live, inserts the
            // responses of the keys claimed, and counts them into the rollups with the audit entry.
            const written = await insertClaimedLinkAnswers(
              db,
              org,
              items.map((item, i) => ({
                key: item.key,
                linkId: item.target.link.id,
                requestHash: hash(item.answer.submissionId),
                responseId: values[i]!.id!,
              })),
              values,
              now,
              alongside,
            );
            const ids = new Set(written.map((row) => row.id));
            items.forEach((item, i) => {
              if (ids.has(values[i]!.id!)) outcome.set(item, values[i]!.id!);
            });
            return written;
          },
          onCommitted(rows) {
            // Acknowledged once on disk; the after-commit queueing runs behind the answers.
            acknowledged = true;
            const stored = new Map(rows.map((r) => [r.id, r]));
            for (const item of items) {
              const state = outcome.get(item);
              const row = state ? stored.get(state) : undefined;
              // Not claimed: a retry, a twin, or a survey closed meanwhile — the fresh path tells which.
              if (!row) alone(item);
              else
                item.resolve({
                  responseId: row.id,
                  editableUntil: new Date(row.respondedAt.getTime() + editMinutes * 60_000).toISOString(),
                });
            }
            for (const item of followers) alone(item);
            committed();
          },
        },
      );
    } catch (error) {
      if (acknowledged) {
        console.error(`public answers: after-commit work failed: ${(error as Error).message}`);
        return;
      }
      // Something in the batch was refused (or the database failed): each answer is tried alone, so one bad
      // answer cannot refuse the others and each gets its own error.
      for (const item of [...items, ...followers]) this.#alone(item);
    }
  }

  /** The one-at-a-time path, on a freshly read target. */
  #alone(item: Pending): void {
    findSurveyTarget(this.deps, item.token)
      .then((fresh) => {
        if (!fresh) throw fail.notFound('survey link');
        return submitPublicAnswer(this.deps, fresh, item.answer);
      })
      .then(item.resolve, item.reject);
  }
}

/**
 * Group writes of one organisation in flight at once. A group write is one statement, so while it runs the next
 * answers gather into a larger group; a second write in flight would only split them into smaller ones (measured:
 * 2,000/s with one, 1,540/s with two, 1,370/s with three). The slot frees at commit, so the after-commit queueing
 * of one group still overlaps the next group's write.
 */
const FLUSHES_PER_ORGANISATION = 1;

function lockOrder(item: Pending): string {
  const { survey, link } = item.target;
  return `${survey.id}|${link.unitId ?? ''}|${link.channelId ?? ''}|${item.key}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most answers one group write stores. */
const MAX_BATCH = 256;

type LinkTarget = Extract<SurveyTarget, { kind: 'link' }>;

interface Pending {
  token: string;
  target: LinkTarget;
  answer: Answer;
  key: string;
  resolve(result: AnswerResult): void;
  reject(error: unknown): void;
}

const batchers = new WeakMap<Deps, AnswerBatcher>();

function batcherOf(deps: Deps): AnswerBatcher {
  let batcher = batchers.get(deps);
  if (!batcher) {
    batcher = new AnswerBatcher(deps);
    batchers.set(deps, batcher);
  }
  return batcher;
}

/** Refuses a score outside the survey's scale before it joins a batch (one bad answer never undoes others). */
function checkAnswerScore(target: SurveyTarget, answer: Answer): void {
  const outside = scoreOutsideScale(target.survey.kind, answer.score);
  if (outside) throw fail.invalid(outside);
}

function answerKey(target: SurveyTarget, answer: Answer): string {
  return `public:${target.id}:${answer.submissionId}`;
}

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
  const key = answerKey(target, answer);
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
