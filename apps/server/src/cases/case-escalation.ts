import { claimOverdueCases, insertCaseNote, updateCaseRow } from '@centric/db/cases/case.repository';
import { findOrganisationById } from '@centric/db/organisations/organisation.repository';
import { findPerson } from '@centric/db/people/person.repository';
import type { Deps } from '../context';
import { emitWebhook } from '../webhooks/webhook.service';
import { caseLink } from './case-mail';
import { headOf } from './unit-heads';

/**
 * Flags the cases whose SLA passed without contact and escalates each, once, to the head of the parent unit
 * (the nearest ancestor with another head). Answers how many became overdue.
 */
export async function escalateOverdueCases(deps: Deps): Promise<number> {
  const { db, clock } = deps;
  const now = clock.now();
  const overdue = await claimOverdueCases(db, now);
  for (const kase of overdue) {
    const org = kase.organisationId;
    const to = await headOf(db, org, kase.unitId, { fromParent: true, except: kase.ownerPersonId });
    const owner = kase.ownerPersonId ? await findPerson(db, org, kase.ownerPersonId) : undefined;
    await db.transaction(async (tx) => {
      if (to) await updateCaseRow(tx, org, kase.id, { escalatedToPersonId: to.id, updatedAt: now });
      await insertCaseNote(tx, {
        organisationId: org,
        caseId: kase.id,
        kind: 'event',
        text: `Overdue: nobody contacted the customer in time${to ? `; escalated to ${to.name}` : ''}`,
        at: now,
      });
    });
    await emitWebhook(deps, org, 'case.overdue', {
      caseId: kase.id,
      responseId: kase.responseId,
      dueAt: kase.dueAt.toISOString(),
      ownerPersonId: kase.ownerPersonId,
      escalatedToPersonId: to?.id ?? null,
    });
    const slug = (await findOrganisationById(db, org))?.slug ?? '';
    for (const person of [owner, to]) {
      if (!person) continue;
      await deps.mailer.send({
        organisationId: org,
        to: person.email,
        subject: 'Overdue: a customer is still waiting for a call back',
        text: `The case below passed its deadline without contact${to ? ` and was escalated to ${to.name}` : ''}.\n\n${caseLink(deps, slug, kase.id)}\n`,
      });
    }
  }
  return overdue.length;
}
