import { type Action, can, seesWholeOrganisation } from '@centric/core/access/permissions';
import { fail } from '@centric/core/errors';
import { findUnit } from '@centric/db/units/unit.repository';
import type { OrgContext } from '../context';

/** Refuses the call unless the actor's role allows the action. Every service calls this before any read. */
export function authorize(ctx: OrgContext, action: Action): void {
  if (!can(ctx.actor.role, action))
    throw fail.forbidden(`your role (${ctx.actor.role}) does not allow ${action}`);
}

/**
 * The unit subtree the actor is limited to for `action` (a path prefix), or undefined when they see the whole
 * organisation. A manager without a unit sees nothing rather than everything.
 */
export async function unitScope(ctx: OrgContext, action: Action): Promise<string | undefined> {
  if (seesWholeOrganisation(ctx.actor.role, action)) return undefined;
  if (!ctx.actor.unitId) return '/no-unit/%';
  const unit = await findUnit(ctx.deps.db, ctx.organisation.id, ctx.actor.unitId);
  return unit ? `${unit.path}%` : '/no-unit/%';
}
