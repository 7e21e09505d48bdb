import type { Executor } from '../database';
import { leaderNudges, organisations } from '../schema';

/** Claims a nudge key; answers false when it was already sent (the unique key makes this safe under races). */
export async function claimNudge(
  db: Executor,
  organisationId: string,
  key: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .insert(leaderNudges)
    .values({ organisationId, key, sentAt: at })
    .onConflictDoNothing()
    .returning({ id: leaderNudges.id });
  return rows.length > 0;
}

/** Every organisation (nudges run for each). */
export function allOrganisations(db: Executor) {
  return db.select().from(organisations);
}
