import { auditOfInserted, insertAuditEntry } from '@centric/db/audit/audit.repository';
import type { Executor } from '@centric/db/database';
import type { SQL } from 'drizzle-orm';
import type { OrgContext } from '../context';

/** Field names whose values never reach the audit log. */
const SECRET_FIELDS = /password|token|secret|key/i;

/** Records who changed what, inside the caller's transaction so the entry and the change land together. */
export async function audit(
  ctx: OrgContext,
  db: Executor,
  entry: {
    action: string;
    entity: string;
    entityId?: string | null;
    changes?: Record<string, unknown> | null;
  },
): Promise<void> {
  await insertAuditEntry(db, {
    organisationId: ctx.organisation.id,
    actorPersonId: ctx.actor.personId,
    actorUserId: ctx.actor.userId,
    actorKind: ctx.actor.kind,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    changes: entry.changes ? redact(entry.changes) : null,
    at: ctx.deps.clock.now(),
  });
}

/** The audit entry of rows created by a one-statement insert, as a CTE of that statement (see auditOfInserted). */
export function auditCreatedAlongside(ctx: OrgContext, entity: string): SQL {
  return auditOfInserted({
    organisationId: ctx.organisation.id,
    actorPersonId: ctx.actor.personId,
    actorUserId: ctx.actor.userId,
    actorKind: ctx.actor.kind,
    action: 'create',
    entity,
    at: ctx.deps.clock.now(),
  });
}

function redact(changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(changes).map(([k, v]) => [k, SECRET_FIELDS.test(k) ? '[redacted]' : v]),
  );
}
