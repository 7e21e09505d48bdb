import { eq, type SQL, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { auditLog } from '../schema';

/** Appends an audit entry. */
export async function insertAuditEntry(db: Executor, values: typeof auditLog.$inferInsert): Promise<void> {
  await db.insert(auditLog).values(values);
}

/**
 * The audit entry of the rows a one-statement insert writes (its CTE `inserted`), as that statement's CTE
 * `audit_entry`: the one row's id, or the number of rows; no entry when the statement wrote none.
 */
export function auditOfInserted(
  values: Omit<typeof auditLog.$inferInsert, 'id' | 'entityId' | 'changes'>,
): SQL {
  return sql`audit_entry as (
    insert into audit_log (id, organisation_id, actor_person_id, actor_user_id, actor_kind, action, entity, entity_id, changes, at)
    select ${uuidv7()}::uuid, ${values.organisationId ?? null}::uuid, ${values.actorPersonId ?? null}::uuid,
           ${values.actorUserId ?? null}, ${values.actorKind}, ${values.action}, ${values.entity},
           case when count(*) = 1 then min(i.id::text) end,
           case when count(*) = 1 then null else jsonb_build_object('count', count(*)) end,
           ${values.at.toISOString()}::timestamptz
      from inserted i
    having count(*) > 0)`;
}

/** One page of an organisation's audit log, newest first. */
export function listAuditEntries(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number; entity?: string | undefined },
) {
  const page = keyset(
    auditLog.id,
    query,
    'desc',
    eq(auditLog.organisationId, organisationId),
    query.entity ? eq(auditLog.entity, query.entity) : undefined,
  );
  return db.select().from(auditLog).where(page.where).orderBy(page.orderBy).limit(page.limit);
}
