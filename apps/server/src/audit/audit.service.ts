import type { listAuditQuery } from '@centric/contracts/audit/audit.schemas';
import { listAuditEntries } from '@centric/db/audit/audit.repository';
import { toPage } from '@centric/db/common/cursor';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { iso } from '../platform/present';

/** Lists the organisation's audit log, newest first. */
export async function listAudit(ctx: OrgContext, query: z.output<typeof listAuditQuery>) {
  authorize(ctx, 'audit.read');
  const page = toPage(await listAuditEntries(ctx.deps.db, ctx.organisation.id, query), query.limit);
  return {
    items: page.items.map((e) => ({
      id: e.id,
      actorPersonId: e.actorPersonId,
      actorKind: e.actorKind,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      changes: e.changes ?? null,
      at: iso(e.at),
    })),
    nextCursor: page.nextCursor,
  };
}
