import {
  findOrganisationById,
  type OrganisationRow,
} from '@centric/db/organisations/organisation.repository';
import { findSurvey, type SurveyRow } from '@centric/db/surveys/survey.repository';
import {
  findSurveyInvitationByToken,
  type SurveyInvitationRow,
} from '@centric/db/voice/survey-invitation.repository';
import { findSurveyLinkByToken, type SurveyLinkRow } from '@centric/db/voice/survey-link.repository';
import type { Deps } from '../context';

/** What a public survey token opens: a personal invitation or an anonymous link, with its survey. */
export type SurveyTarget = { survey: SurveyRow; organisation: OrganisationRow } & (
  | { kind: 'invitation'; id: string; invitation: SurveyInvitationRow }
  | { kind: 'link'; id: string; link: SurveyLinkRow }
);

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Resolves a public token (undefined when it opens nothing). */
export async function findSurveyTarget(deps: Deps, token: string): Promise<SurveyTarget | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const link = await findSurveyLinkByToken(deps.db, token);
  const invitation = link ? undefined : await findSurveyInvitationByToken(deps.db, token);
  const owner = link ?? invitation;
  if (!owner) return undefined;
  const organisation = await findOrganisationById(deps.db, owner.organisationId);
  const survey = await findSurvey(deps.db, owner.organisationId, owner.surveyId);
  if (!organisation || !survey) return undefined;
  return link
    ? { kind: 'link', id: link.id, link, survey, organisation }
    : { kind: 'invitation', id: invitation!.id, invitation: invitation!, survey, organisation };
}
