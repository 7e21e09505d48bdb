import { z } from 'zod';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** An e-mail in the outbox. */
export const outboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['queued', 'sent', 'failed', 'held']),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
/** A page of the outbox (newest first). */
export const outboxPage = pageOf(outboxMessage);
/** Query of GET /outbox. */
export const listOutboxQuery = pageQuery;
