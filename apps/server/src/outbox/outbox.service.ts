import type { PageQuery } from '@centric/contracts/common/pagination.schemas';
import { toPage } from '@centric/db/common/cursor';
import { listOutbox as listOutboxRows } from '@centric/db/outbox/outbox.repository';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { iso } from '../platform/present';

/** Lists the organisation's e-mail, newest first (the only place to read mail when no SMTP is configured). */
export async function listOutbox(ctx: OrgContext, query: PageQuery) {
  authorize(ctx, 'outbox.read');
  const page = toPage(await listOutboxRows(ctx.deps.db, ctx.organisation.id, query), query.limit);
  return {
    items: page.items.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      status: m.status,
      error: m.error,
      createdAt: iso(m.createdAt),
      sentAt: iso(m.sentAt),
    })),
    nextCursor: page.nextCursor,
  };
}
