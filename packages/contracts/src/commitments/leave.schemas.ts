import { z } from 'zod';
import { id, isoDate } from '../common/fields';

/** A period a leader is away: nothing of theirs falls due on those days. */
export const leavePeriod = z.object({
  id,
  personId: id,
  personName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  note: z.string().nullable(),
  recordedBy: z.object({ id, name: z.string() }).nullable(),
  createdAt: z.string(),
});
/** A period of leave. */
export type LeavePeriod = z.infer<typeof leavePeriod>;
/** GET /leave. */
export const leaveList = z.object({ items: z.array(leavePeriod) });
/** Query of GET /leave: one leader's, and those overlapping a span. */
export const listLeaveQuery = z.object({
  personId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
/** Body of POST /leave: a leader records their own leave (an admin may record it for a leader). */
export const recordLeaveBody = z
  .strictObject({
    personId: id.optional().describe('whose leave; the caller’s own when left out'),
    startsOn: isoDate,
    endsOn: isoDate,
    note: z.string().trim().max(300).nullable().default(null),
  })
  .refine((l) => l.endsOn >= l.startsOn, { message: 'the leave ends before it starts', path: ['endsOn'] });
/** A request to record leave. */
export type RecordLeaveBody = z.input<typeof recordLeaveBody>;
