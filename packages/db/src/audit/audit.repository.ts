import { eq } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { auditLog } from '../schema';

/** Appends an audit entry. */
export async function insertAuditEntry(db: Executor, values: typeof auditLog.$inferInsert): Promise<void> {
  await db.insert(auditLog).values(values);
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
