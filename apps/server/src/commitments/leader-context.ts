import { can } from '@centric/core/access/permissions';
import { resolveWalkerRules, type WalkerRules } from '@centric/core/commitments/walker-rules';
import { fail } from '@centric/core/errors';
import { localDayKey } from '@centric/core/metrics/periods';
import type { Executor } from '@centric/db/database';
import { people } from '@centric/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { OrgContext } from '../context';

/** Today in the organisation's own calendar. */
export function today(ctx: OrgContext): string {
  return localDayKey(ctx.deps.clock.now(), ctx.organisation.timeZone);
}

/** The organisation's Walker rules (its overrides in `settings.walkerRules` over the defaults). */
export function walkerRulesOf(ctx: OrgContext): WalkerRules {
  return resolveWalkerRules(ctx.organisation.settings.walkerRules as Partial<WalkerRules> | undefined);
}

/**
 * Refuses to act on another person's record unless the actor may act for others (an admin recording for a
 * leader). Leaders log their own evidence; nobody logs it for a colleague.
 */
export function requireSelfOrDelegate(ctx: OrgContext, personId: string, what: string): void {
  if (ctx.actor.personId === personId) return;
  if (can(ctx.actor.role, 'leaders.actForOthers')) return;
  throw fail.forbidden(`you can ${what} only for yourself`);
}

/** The acting person's id (API keys and sessions always act as a person; the CLI and system do not). */
export function actingPerson(ctx: OrgContext): string {
  if (!ctx.actor.personId) throw fail.invalid('name the person this is for (personId)');
  return ctx.actor.personId;
}

/** Names of people of the organisation by id; refuses an id that is not one of its people. */
export async function peopleByIds(
  db: Executor,
  ctx: OrgContext,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; unitId: string | null }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, name: people.name, unitId: people.unitId })
    .from(people)
    .where(and(eq(people.organisationId, ctx.organisation.id), inArray(people.id, unique)));
  const found = new Map(rows.map((r) => [r.id, r]));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) throw fail.invalid(`person ${missing[0]} does not exist`);
  return found;
}
