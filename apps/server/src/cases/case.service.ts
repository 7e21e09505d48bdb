import { randomBytes } from 'node:crypto';
import type {
  CaseDetail,
  CaseSummary,
  listCasesQuery,
  UpdateCase,
} from '@centric/contracts/cases/case.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import { fail } from '@centric/core/errors';
import { canMove, isClosed, isOverdue } from '@centric/core/voice/case-states';
import { caseStats } from '@centric/core/voice/case-stats';
import {
  type CaseRow,
  caseFacts,
  customerResponses,
  findCase,
  insertCaseNote,
  listCaseNotes,
  listCases as listCaseRows,
  updateCaseRow,
} from '@centric/db/cases/case.repository';
import { toPage } from '@centric/db/common/cursor';
import { findCustomer } from '@centric/db/customers/customer.repository';
import { findResponse } from '@centric/db/responses/response.repository';
import { findUnit } from '@centric/db/units/unit.repository';
import {
  findInvitationOfResponse,
  insertSurveyInvitations,
} from '@centric/db/voice/survey-invitation.repository';
import { findVoiceSettings } from '@centric/db/voice/voice-settings.repository';
import type { z } from 'zod';
import { authorize, unitScope } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { presentResponse } from '../responses/response.service';
import { mailInvitation } from '../voice/customer-invitation.service';
import { emitWebhook } from '../webhooks/webhook.service';

function presentCase(
  row: CaseRow,
  response: { score: number | null; comment: string | null },
  now: Date,
): CaseSummary {
  return {
    id: row.id,
    responseId: row.responseId,
    customerId: row.customerId,
    unitId: row.unitId,
    ownerPersonId: row.ownerPersonId,
    status: row.status,
    openedAt: iso(row.openedAt),
    dueAt: iso(row.dueAt),
    contactedAt: iso(row.contactedAt),
    closedAt: iso(row.closedAt),
    overdue: isOverdue(row, now),
    escalatedToPersonId: row.escalatedToPersonId,
    rootCause: row.rootCause,
    recovered: row.recovered,
    reopenedCount: row.reopenedCount,
    score: response.score,
    comment: response.comment,
  };
}

/** Lists cases, newest first; managers see the cases of their unit's subtree only. */
export async function listCases(
  ctx: OrgContext,
  query: z.output<typeof listCasesQuery>,
): Promise<Page<CaseSummary>> {
  authorize(ctx, 'case.read');
  const now = ctx.deps.clock.now();
  const rows = await listCaseRows(ctx.deps.db, ctx.organisation.id, {
    cursor: query.cursor,
    limit: query.limit,
    statuses: query.status === 'open' ? ['new', 'contacted'] : query.status ? [query.status] : undefined,
    overdueBefore: query.overdue ? now : undefined,
    personId: query.mine ? (ctx.actor.personId ?? '00000000-0000-0000-0000-000000000000') : undefined,
    unitPathPrefix: await unitScope(ctx, 'case.read'),
  });
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.case.id })),
    query.limit,
  );
  return { items: page.items.map((r) => presentCase(r.case, r, now)), nextCursor: page.nextCursor };
}

/** The case, or not found when it is outside the actor's part of the organisation. */
async function caseInScope(ctx: OrgContext, id: string, action: 'case.read' | 'case.write') {
  authorize(ctx, action);
  const row = await findCase(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('case');
  const scope = await unitScope(ctx, action);
  if (scope) {
    const unit = row.unitId ? await findUnit(ctx.deps.db, ctx.organisation.id, row.unitId) : undefined;
    if (!unit?.path.startsWith(scope.slice(0, -1))) throw fail.notFound('case');
  }
  return row;
}

/** A case with its response, the customer's history and the notes. */
export async function getCase(ctx: OrgContext, id: string): Promise<CaseDetail> {
  const row = await caseInScope(ctx, id, 'case.read');
  const org = ctx.organisation.id;
  const response = await findResponse(ctx.deps.db, org, row.responseId);
  if (!response) throw fail.notFound('case');
  const history = row.customerId ? await customerResponses(ctx.deps.db, org, row.customerId) : [];
  const notes = await listCaseNotes(ctx.deps.db, org, row.id);
  return {
    ...presentCase(row, response, ctx.deps.clock.now()),
    response: presentResponse(response),
    history: history.filter((h) => h.id !== response.id).map(presentResponse),
    notes: notes.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: n.text,
      authorPersonId: n.authorPersonId,
      at: iso(n.at),
    })),
  };
}

/**
 * Moves a case on (new → contacted → resolved / won't fix; a closed case reopens to contacted), adds a note,
 * and on resolution optionally e-mails the customer a follow-up that reopens the case if they are still unhappy.
 */
export async function updateCase(ctx: OrgContext, id: string, input: UpdateCase): Promise<CaseDetail> {
  const before = await caseInScope(ctx, id, 'case.write');
  const org = ctx.organisation.id;
  const { db, clock } = ctx.deps;
  const now = clock.now();
  const { caseRules } = await findVoiceSettings(db, org);
  const changes: Partial<CaseRow> = {};
  const events: string[] = [];
  if (input.status && input.status !== before.status) {
    if (!canMove(before.status, input.status))
      throw fail.invalid(`a ${label(before.status)} case cannot become ${label(input.status)}`);
    if (isClosed(input.status)) {
      const cause = input.rootCause ?? before.rootCause;
      if (!cause)
        throw fail.invalid(`choose a root cause to close the case: ${caseRules.rootCauses.join(', ')}`);
      if (!caseRules.rootCauses.includes(cause))
        throw fail.invalid(`“${cause}” is not in the root-cause list: ${caseRules.rootCauses.join(', ')}`);
      changes.rootCause = cause;
      changes.closedAt = now;
    } else {
      changes.closedAt = null;
    }
    if (input.status === 'contacted' && !before.contactedAt) changes.contactedAt = now;
    if (!isClosed(input.status) && isClosed(before.status)) changes.reopenedCount = before.reopenedCount + 1;
    changes.status = input.status;
    events.push(
      `${label(before.status)} → ${label(input.status)}${changes.rootCause ? ` (root cause: ${changes.rootCause})` : ''}`,
    );
  } else if (input.rootCause) {
    if (!caseRules.rootCauses.includes(input.rootCause))
      throw fail.invalid(
        `“${input.rootCause}” is not in the root-cause list: ${caseRules.rootCauses.join(', ')}`,
      );
    changes.rootCause = input.rootCause;
  }
  const followUp = input.followUp === true && (changes.status ?? before.status) === 'resolved';
  const followUpTo = followUp ? await followUpAddress(ctx, before) : undefined;
  if (followUp && !followUpTo)
    throw fail.invalid('this customer has no e-mail address to send a follow-up to');
  if (followUpTo) changes.recovered = 'pending';
  const invitation = await db.transaction(async (tx) => {
    if (Object.keys(changes).length > 0) await updateCaseRow(tx, org, id, { ...changes, updatedAt: now });
    for (const text of events)
      await insertCaseNote(tx, {
        organisationId: org,
        caseId: id,
        authorPersonId: ctx.actor.personId,
        kind: 'event',
        text,
        at: now,
      });
    if (input.note)
      await insertCaseNote(tx, {
        organisationId: org,
        caseId: id,
        authorPersonId: ctx.actor.personId,
        kind: 'note',
        text: input.note,
        at: now,
      });
    await audit(ctx, tx, {
      action: 'update',
      entity: 'case',
      entityId: id,
      changes: { ...changes, note: input.note ?? null },
    });
    if (!followUpTo) return undefined;
    const response = await findResponse(tx, org, before.responseId);
    const [row] = await insertSurveyInvitations(tx, [
      {
        organisationId: org,
        surveyId: response!.surveyId,
        token: randomBytes(32).toString('base64url'),
        customerId: before.customerId,
        email: followUpTo.email,
        name: followUpTo.name,
        language: followUpTo.language,
        unitId: before.unitId,
        channelId: response!.channelId,
        employeeId: response!.employeeId,
        caseId: id,
        sentAt: now,
        remindAt: null,
      },
    ]);
    await insertCaseNote(tx, {
      organisationId: org,
      caseId: id,
      authorPersonId: ctx.actor.personId,
      kind: 'event',
      text: `Follow-up question e-mailed to ${followUpTo.email}`,
      at: now,
    });
    return row;
  });
  if (invitation) await mailInvitation(ctx.deps, ctx.organisation.name, invitation, false);
  if (changes.status === 'resolved') {
    await emitWebhook(ctx.deps, org, 'case.resolved', {
      caseId: id,
      responseId: before.responseId,
      rootCause: changes.rootCause ?? before.rootCause,
      resolvedAt: now.toISOString(),
    });
  }
  return getCase(ctx, id);
}

async function followUpAddress(ctx: OrgContext, kase: CaseRow) {
  const org = ctx.organisation.id;
  const invited = await findInvitationOfResponse(ctx.deps.db, org, kase.responseId);
  if (invited) return { email: invited.email, name: invited.name, language: invited.language };
  const customer = kase.customerId ? await findCustomer(ctx.deps.db, org, kase.customerId) : undefined;
  return customer?.email ? { email: customer.email, name: customer.name, language: null } : undefined;
}

function label(status: CaseRow['status']): string {
  return status === 'wont_fix' ? 'won’t fix' : status;
}

/** Counts, time to contact and recovery rate over the cases the actor may see. */
export async function getCaseStats(ctx: OrgContext) {
  authorize(ctx, 'case.read');
  const now = ctx.deps.clock.now();
  const rows = await caseFacts(ctx.deps.db, ctx.organisation.id, await unitScope(ctx, 'case.read'));
  return caseStats(
    rows.map((r) => ({
      openedAt: r.openedAt,
      contactedAt: r.contactedAt,
      closed: isClosed(r.status),
      overdue: isOverdue(r, now),
      recovered: r.recovered === 'yes' ? true : r.recovered === 'no' ? false : null,
    })),
  );
}
