import { contactDueAt, opensCase } from '@centric/core/voice/case-rules';
import { findCase, insertCase, insertCaseNote, updateCaseRow } from '@centric/db/cases/case.repository';
import { pageImportedResponses } from '@centric/db/imports/response-import.repository';
import { findOrganisationById } from '@centric/db/organisations/organisation.repository';
import { findResponse } from '@centric/db/responses/response.repository';
import { findSurvey } from '@centric/db/surveys/survey.repository';
import { findInvitationOfResponse } from '@centric/db/voice/survey-invitation.repository';
import { findVoiceSettings } from '@centric/db/voice/voice-settings.repository';
import type { Deps } from '../context';
import type { ResponseHook } from '../responses/response.hooks';
import { emitWebhook } from '../webhooks/webhook.service';
import { caseLink } from './case-mail';
import { headOf } from './unit-heads';

/** The queue that decides, away from the customer's request, whether a response opens (or reopens) a case. */
export const CASE_EVALUATE_JOB = 'case.evaluate';
/** Evaluates the recent responses of a file import, a page per job (each job queues the next page). */
export const CASE_EVALUATE_IMPORT_JOB = 'case.evaluate-import';
/**
 * Only imported answers given in the last days open cases: the loop is for customers who can still be called
 * back, and a year of history would otherwise open thousands of long-overdue cases at once.
 */
export const CASE_IMPORT_WINDOW_DAYS = 14;
const IMPORT_PAGE = 200;

/** After every new or re-scored response, queue its case evaluation (the customer never waits for it). */
export function caseResponseHook(deps: Deps): ResponseHook {
  return {
    name: 'cases',
    async afterCommit(changes) {
      const jobs: { organisationId: string; responseId: string }[] = [];
      for (const change of changes) {
        const after = change.after;
        if (!after || after.score === null) continue;
        if (change.kind === 'updated' && change.before.score === after.score) continue;
        jobs.push({ organisationId: after.organisationId, responseId: after.id });
      }
      // One job per response (a failing evaluation retries alone), queued in one statement per batch.
      await deps.jobs.sendMany(CASE_EVALUATE_JOB, jobs);
    },
    async afterImport(batch) {
      await deps.jobs.send(CASE_EVALUATE_IMPORT_JOB, {
        organisationId: batch.organisationId,
        importId: batch.importId,
        afterId: null,
      });
    },
  };
}

/** One page of an import's case evaluations: the recent scored answers, each evaluated as a posted one would be. */
export async function evaluateImportPage(
  deps: Deps,
  job: { organisationId: string; importId: string; afterId: string | null },
): Promise<void> {
  const since = new Date(deps.clock.now().getTime() - CASE_IMPORT_WINDOW_DAYS * 86_400_000);
  const ids = await pageImportedResponses(deps.db, job.organisationId, job.importId, {
    afterId: job.afterId,
    limit: IMPORT_PAGE,
    respondedSince: since,
  });
  for (const responseId of ids)
    await evaluateResponse(deps, { organisationId: job.organisationId, responseId });
  if (ids.length === IMPORT_PAGE)
    await deps.jobs.send(CASE_EVALUATE_IMPORT_JOB, { ...job, afterId: ids.at(-1)! });
}

/** Opens a case for an unhappy response, routed to the head of its unit; or settles a follow-up re-survey. */
export async function evaluateResponse(
  deps: Deps,
  job: { organisationId: string; responseId: string },
): Promise<void> {
  const { db, clock } = deps;
  const org = job.organisationId;
  const response = await findResponse(db, org, job.responseId);
  if (!response) return;
  const survey = await findSurvey(db, org, response.surveyId);
  if (!survey) return;
  const { caseRules } = await findVoiceSettings(db, org);
  const unhappy = opensCase(survey.kind, response.score, caseRules);
  const now = clock.now();
  const invitation = await findInvitationOfResponse(db, org, response.id);
  if (invitation?.caseId) {
    const followed = await findCase(db, org, invitation.caseId);
    if (!followed) return;
    await db.transaction(async (tx) => {
      if (unhappy) {
        await updateCaseRow(tx, org, followed.id, {
          status: 'contacted',
          closedAt: null,
          recovered: 'no',
          reopenedCount: followed.reopenedCount + 1,
          updatedAt: now,
        });
      } else {
        await updateCaseRow(tx, org, followed.id, { recovered: 'yes', updatedAt: now });
      }
      await insertCaseNote(tx, {
        organisationId: org,
        caseId: followed.id,
        kind: 'event',
        text: unhappy
          ? `Follow-up answered ${response.score}: the customer is still unhappy, case reopened`
          : `Follow-up answered ${response.score}: recovered`,
        at: now,
      });
    });
    return;
  }
  if (!unhappy) return;
  const owner = await headOf(db, org, response.unitId);
  const opened = await db.transaction(async (tx) => {
    const row = await insertCase(tx, {
      organisationId: org,
      responseId: response.id,
      customerId: response.customerId,
      unitId: response.unitId,
      ownerPersonId: owner?.id ?? null,
      openedAt: now,
      dueAt: contactDueAt(now, caseRules),
    });
    if (row) {
      await insertCaseNote(tx, {
        organisationId: org,
        caseId: row.id,
        kind: 'event',
        text: `Opened for a ${survey.kind.toUpperCase()} score of ${response.score}${owner ? `, assigned to ${owner.name}` : ', no unit head to assign'}`,
        at: now,
      });
    }
    return row;
  });
  if (opened) {
    await emitWebhook(deps, org, 'case.opened', {
      caseId: opened.id,
      responseId: response.id,
      score: response.score,
      unitId: opened.unitId,
      ownerPersonId: opened.ownerPersonId,
      dueAt: opened.dueAt.toISOString(),
    });
  }
  if (opened && owner) {
    const organisation = await findOrganisationById(db, org);
    await deps.mailer.send({
      organisationId: org,
      to: owner.email,
      subject: `A customer needs a call back (score ${response.score})`,
      text: `A customer answered ${response.score}${response.comment ? `: “${response.comment}”` : '.'}\n\nContact them within ${caseRules.slaHours} hours: ${caseLink(deps, organisation?.slug ?? '', opened.id)}\n`,
    });
  }
}
