import { randomBytes } from 'node:crypto';
import type { InviteCustomers } from '@centric/contracts/voice/voice.schemas';
import { fail } from '@centric/core/errors';
import { mayInvite } from '@centric/core/voice/contact-rule';
import { findOrganisationById } from '@centric/db/organisations/organisation.repository';
import { findSurvey } from '@centric/db/surveys/survey.repository';
import {
  claimDueReminders,
  customersWithEmail,
  insertSurveyInvitations,
  lastInvitedAt,
  listSurveyInvitations,
  type SurveyInvitationRow,
  unsubscribedEmails,
} from '@centric/db/voice/survey-invitation.repository';
import { findVoiceSettings } from '@centric/db/voice/voice-settings.repository';
import { parse } from 'csv-parse/sync';
import { authorize } from '../auth/authorize';
import type { Deps, OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { checkWithinTargets } from './survey-link.service';
import { surveyTexts } from './survey-texts';

interface Recipient {
  email: string;
  name: string | null;
  language: string | null;
  customerId: string | null;
  /** The contacts CSV's line (1 is the header), when it came from there. */
  line: number | null;
}

type Skip = { email: string; reason: string; line: number | null };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Invites customers (chosen, by segment, or from a contact CSV) to answer a survey by e-mail, honouring
 * unsubscribes and the contact rule; each invitation gets its own link and one reminder.
 */
export async function inviteCustomers(ctx: OrgContext, surveyId: string, input: InviteCustomers) {
  authorize(ctx, 'survey.invite');
  const { db, clock } = ctx.deps;
  const org = ctx.organisation.id;
  const survey = await findSurvey(db, org, surveyId);
  if (!survey) throw fail.notFound('survey');
  if (survey.status !== 'live' && !input.dryRun)
    throw fail.invalid('only a live survey can be sent: set its status to live');
  checkWithinTargets(survey, { unitId: input.unitId, channelId: input.channelId });
  const recipients = new Map<string, Recipient>();
  const skipped: Skip[] = [];
  for (const c of await customersWithEmail(db, org, input.customerIds, input.segmentIds)) {
    const email = c.email!.trim().toLowerCase();
    if (!recipients.has(email))
      recipients.set(email, { email, name: c.name, language: null, customerId: c.id, line: null });
  }
  if (input.contactsCsv) {
    for (const contact of parseContacts(input.contactsCsv)) {
      if (!EMAIL.test(contact.email))
        skipped.push({
          email: contact.email,
          reason: contact.email ? 'not an e-mail address' : 'no e-mail address',
          line: contact.line,
        });
      else if (recipients.has(contact.email))
        skipped.push({ email: contact.email, reason: 'listed twice', line: contact.line });
      else recipients.set(contact.email, contact);
    }
  }
  const emails = [...recipients.keys()];
  const settings = await findVoiceSettings(db, org);
  const unsubscribed = await unsubscribedEmails(db, org, emails);
  const last = await lastInvitedAt(db, org, emails);
  const now = clock.now();
  const chosen: Recipient[] = [];
  for (const r of recipients.values()) {
    if (unsubscribed.has(r.email)) skipped.push({ email: r.email, reason: 'unsubscribed', line: r.line });
    else if (!mayInvite(now, last.get(r.email) ?? null, settings.contactEveryDays, false))
      skipped.push({
        email: r.email,
        reason: `already invited in the last ${settings.contactEveryDays} days`,
        line: r.line,
      });
    else chosen.push(r);
  }
  const language = (r: Recipient) => r.language ?? input.language ?? null;
  const recipientList = chosen.map((r) => ({ email: r.email, name: r.name, language: language(r) }));
  skipped.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  if (input.dryRun) return { invited: 0, recipients: recipientList, skipped };
  const remindAt =
    settings.reminderDays > 0 ? new Date(now.getTime() + settings.reminderDays * 86_400_000) : null;
  const rows = await db.transaction(async (tx) => {
    const inserted = await insertSurveyInvitations(
      tx,
      chosen.map((r) => ({
        organisationId: org,
        surveyId,
        token: randomBytes(32).toString('base64url'),
        customerId: r.customerId,
        email: r.email,
        name: r.name,
        language: language(r),
        unitId: input.unitId,
        channelId: input.channelId,
        employeeId: input.employeeId,
        sentAt: now,
        remindAt,
      })),
    );
    await audit(ctx, tx, {
      action: 'invite',
      entity: 'survey',
      entityId: surveyId,
      changes: { invited: inserted.length, skipped: skipped.length },
    });
    return inserted;
  });
  for (const row of rows) await mailInvitation(ctx.deps, ctx.organisation.name, row, false);
  return { invited: rows.length, recipients: recipientList, skipped };
}

/** E-mails an invitation's link (or its reminder) through the outbox. */
export async function mailInvitation(
  deps: Deps,
  organisationName: string,
  row: SurveyInvitationRow,
  reminder: boolean,
): Promise<void> {
  const texts = surveyTexts(row.language);
  const link = `${deps.config.baseUrl}/s/${row.token}`;
  const unsubscribe = `${link}/unsubscribe`;
  await deps.mailer.send({
    organisationId: row.organisationId,
    to: row.email,
    subject: reminder ? texts.reminderSubject(organisationName) : texts.mailSubject(organisationName),
    text: texts.mailBody(organisationName, link, unsubscribe),
  });
}

/** Sends the reminders that are due (each once, even with several sweepers); answers how many. */
export async function sendDueReminders(deps: Deps): Promise<number> {
  const due = await claimDueReminders(deps.db, deps.clock.now());
  const names = new Map<string, string>();
  for (const row of due) {
    let name = names.get(row.organisationId);
    if (!name) {
      name = (await findOrganisationById(deps.db, row.organisationId))?.name ?? '';
      names.set(row.organisationId, name);
    }
    const unsubscribed = await unsubscribedEmails(deps.db, row.organisationId, [row.email.toLowerCase()]);
    if (!unsubscribed.size) await mailInvitation(deps, name, row, true);
  }
  return due.length;
}

/** The invitations of a survey, newest first. */
export async function listInvitationsOfSurvey(ctx: OrgContext, surveyId: string) {
  authorize(ctx, 'survey.invite');
  if (!(await findSurvey(ctx.deps.db, ctx.organisation.id, surveyId))) throw fail.notFound('survey');
  const rows = await listSurveyInvitations(ctx.deps.db, ctx.organisation.id, surveyId);
  const unsubscribed = await unsubscribedEmails(ctx.deps.db, ctx.organisation.id, [
    ...new Set(rows.map((r) => r.email.toLowerCase())),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      surveyId: r.surveyId,
      customerId: r.customerId,
      email: r.email,
      language: r.language,
      sentAt: iso(r.sentAt),
      remindAt: iso(r.remindAt),
      remindedAt: iso(r.remindedAt),
      respondedAt: iso(r.respondedAt),
      responseId: r.responseId,
      unsubscribed: unsubscribed.has(r.email.toLowerCase()),
    })),
  };
}

/** Contacts of a CSV with a header (`email` required; `name`, `language` optional). */
function parseContacts(csv: string): Recipient[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    });
  } catch (error) {
    throw fail.invalid(`the contacts CSV cannot be read: ${(error as Error).message}`);
  }
  if (records.length > 0 && !('email' in records[0]!.record))
    throw fail.invalid('the contacts CSV needs an `email` column in its header');
  return records.map(({ record: r, info }) => ({
    email: (r.email ?? '').toLowerCase(),
    name: r.name || null,
    language: r.language || null,
    customerId: null,
    line: info.lines,
  }));
}
