import type { Deps } from '../context';

/** The web app's page of a case, for e-mails. */
export function caseLink(deps: Deps, organisationSlug: string, caseId: string): string {
  return `${deps.config.baseUrl}/o/${organisationSlug}/cases/${caseId}`;
}
