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
import { findVoiceSettings, type VoiceSettingsRow } from '@centric/db/voice/voice-settings.repository';
import type { Deps } from '../context';
import { TtlCache } from '../platform/ttl-cache';

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

/** How long a resolved link and an organisation's edit window are kept for the answer endpoint. */
const CACHE_MS = 2_000;

interface AnswerCaches {
  links: TtlCache<SurveyTarget>;
  settings: TtlCache<VoiceSettingsRow>;
}
const caches = new WeakMap<Deps, AnswerCaches>();

function cachesOf(deps: Deps): AnswerCaches {
  let found = caches.get(deps);
  if (!found) {
    found = { links: new TtlCache(CACHE_MS), settings: new TtlCache(CACHE_MS) };
    caches.set(deps, found);
  }
  return found;
}

/**
 * Resolves the token of an answer: an anonymous link (answered thousands of times a minute) from a cache kept
 * for two seconds, an invitation always from the database (its answered state changes). Whatever the cache
 * says, the write re-checks in its transaction that the link's survey is still live.
 */
export async function findAnswerTarget(deps: Deps, token: string): Promise<SurveyTarget | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const { links } = cachesOf(deps);
  const cached = links.get(token);
  if (cached) return cached;
  const target = await findSurveyTarget(deps, token);
  if (target?.kind === 'link') links.set(token, target);
  return target;
}

/** The organisation's voice settings for the answer endpoint, kept for two seconds. */
export async function answerSettings(deps: Deps, organisationId: string): Promise<VoiceSettingsRow> {
  const { settings } = cachesOf(deps);
  const cached = settings.get(organisationId);
  if (cached) return cached;
  const row = await findVoiceSettings(deps.db, organisationId);
  settings.set(organisationId, row);
  return row;
}

/** Forgets the cached links and settings at once (a survey or the voice settings changed in this process). */
export function forgetAnswerTargets(deps: Deps): void {
  const found = caches.get(deps);
  found?.links.clear();
  found?.settings.clear();
}
