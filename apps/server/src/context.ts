import type { Role } from '@centric/core/organisation/roles';
import type { Database, DatabaseHandle } from '@centric/db/database';
import type { OrganisationRow } from '@centric/db/organisations/organisation.repository';
import type { Env } from './config/env';
import type { Clock } from './platform/clock';
import type { JobQueue } from './platform/jobs';
import type { Mailer } from './platform/mailer';
import type { ResponseHooks } from './responses/response.hooks';

/** The long-lived collaborators every service uses, built once by the composition root. */
export interface Deps {
  handle: DatabaseHandle;
  db: Database;
  clock: Clock;
  mailer: Mailer;
  jobs: JobQueue;
  responseHooks: ResponseHooks;
  config: Pick<Env, 'MAIL_FROM'> & { baseUrl: string };
}

/** Who is acting: a signed-in person, a person's API key, the local operator at the CLI, or the system. */
export interface Actor {
  kind: 'session' | 'api-key' | 'cli' | 'system';
  userId: string | null;
  personId: string | null;
  role: Role;
  unitId: string | null;
}

/** What a service call runs with: the collaborators, the organisation it acts in, and who acts. */
export interface OrgContext {
  deps: Deps;
  organisation: OrganisationRow;
  actor: Actor;
}
