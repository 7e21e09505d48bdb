// Background refits: one after each transaction import, and every organisation with transactions each night.
import { listOrganisationsWithTransactions } from '@centric/db/clv/clv.repository';
import { findOrganisationById } from '@centric/db/organisations/organisation.repository';
import type { Deps } from '../context';
import { refitOrganisation } from './clv-refit';

/** Queue of one organisation's refit. */
export const REFIT_JOB = 'clv.refit';
/** Queue of the nightly sweep, which queues a refit per organisation and schedules the next night. */
export const NIGHTLY_JOB = 'clv.nightly';
/** Hour (UTC) of the nightly refit. */
const NIGHTLY_HOUR_UTC = 2;

/** The next nightly run after `now`. */
export function nextNightlyRun(now: Date): Date {
  const next = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), NIGHTLY_HOUR_UTC),
  );
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

// pg-boss 10 deduplicates by singleton key only on special queue policies: a pending job is looked up instead.
async function hasPendingJob(deps: Deps, name: string, key: string): Promise<boolean> {
  const { rows } = await deps.handle.query<{ n: number }>(
    `select count(*)::int as n from pgboss.job where name = $1 and singleton_key = $2 and state in ('created', 'retry')`,
    [name, key],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** Queues a refit of the organisation unless one is already waiting (it will see the same data). */
export async function queueRefit(deps: Deps, organisationId: string): Promise<boolean> {
  const key = `clv:${organisationId}`;
  if (await hasPendingJob(deps, REFIT_JOB, key)) return true;
  return (await deps.jobs.send(REFIT_JOB, { organisationId }, { singletonKey: key })) !== null;
}

/** Registers the refit workers and makes sure one nightly run is scheduled. */
export async function startClvJobs(deps: Deps): Promise<void> {
  await deps.jobs.work<{ organisationId: string }>(REFIT_JOB, async ({ organisationId }) => {
    const organisation = await findOrganisationById(deps.db, organisationId);
    if (organisation) await refitOrganisation(deps, organisation);
  });
  await deps.jobs.work<{ at: string }>(NIGHTLY_JOB, async () => {
    for (const id of await listOrganisationsWithTransactions(deps.db)) await queueRefit(deps, id);
    await scheduleNightly(deps);
  });
  await scheduleNightly(deps);
}

// A restart or a second server finds the night already scheduled and adds nothing. The queue runs jobs on the
// database's real time, so the night is found from the wall clock, not the (settable) service clock: a service
// clock in the past would otherwise schedule a "next night" that is already due, again and again.
async function scheduleNightly(deps: Deps): Promise<void> {
  const at = nextNightlyRun(new Date());
  const key = at.toISOString();
  if (await hasPendingJob(deps, NIGHTLY_JOB, key)) return;
  await deps.jobs.send(NIGHTLY_JOB, { at: key }, { startAfter: at, singletonKey: key });
}
