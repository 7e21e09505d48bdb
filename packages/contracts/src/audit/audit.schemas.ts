import { z } from 'zod';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** One audit entry. */
export const auditEntry = z.object({
  id: z.string(),
  actorPersonId: z.string().nullable(),
  actorKind: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});
/** A page of the audit log (newest first). */
export const auditPage = pageOf(auditEntry);
/** Query of GET /audit. */
export const listAuditQuery = pageQuery.extend({ entity: z.string().max(50).optional() });
