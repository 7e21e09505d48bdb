import { z } from 'zod';
import { id, isoDate } from '../common/fields';
import { behaviour } from './behaviour.schemas';

const reason = z.string().trim().min(1, 'say why').max(500);

/** A pause of a commitment. */
export const commitmentPause = z.object({
  id,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  reason: z.string(),
});

/** A leader's commitment to a behaviour. */
export const commitment = z.object({
  id,
  personId: id,
  personName: z.string(),
  behaviour,
  target: z.number(),
  note: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  endReason: z.string().nullable(),
  status: z.enum(['active', 'paused', 'ended', 'upcoming']),
  pauses: z.array(commitmentPause),
  createdAt: z.string(),
});
/** A leader's commitment. */
export type Commitment = z.infer<typeof commitment>;
/** Commitments, the CEO's first. */
export const commitmentList = z.object({ items: z.array(commitment) });
/** Query of GET /commitments. */
export const listCommitmentsQuery = z.object({
  personId: id.optional(),
  status: z.enum(['active', 'paused', 'ended', 'upcoming']).optional(),
});

/** Body of POST /commitments: commit yourself (or, as an admin, record a leader's commitment). */
export const createCommitmentBody = z.strictObject({
  behaviourId: id,
  personId: id.optional().describe('defaults to the caller'),
  target: z
    .number()
    .int()
    .min(1)
    .max(31)
    .default(1)
    .describe('pieces of evidence per month, quarter or cycle'),
  note: z.string().trim().max(500).nullable().default(null),
  startsOn: isoDate.optional().describe('defaults to today'),
});
/** Body of POST /commitments/{id}/pause. */
export const pauseCommitmentBody = z.strictObject({ reason, from: isoDate.optional() });
/** Body of POST /commitments/{id}/resume. */
export const resumeCommitmentBody = z.strictObject({ on: isoDate.optional() });
/** Body of POST /commitments/{id}/end. */
export const endCommitmentBody = z.strictObject({ reason, on: isoDate.optional() });
