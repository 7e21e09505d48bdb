import { z } from 'zod';
import { id } from '../common/fields';

const score = z.coerce.number().int().min(0).max(10);

/** The feedback inbox's filters, spread into the query of GET /responses. */
export const inboxFilterQuery = {
  scoreMin: score.optional().describe('score at least'),
  scoreMax: score.optional().describe('score at most (detractors: scoreMax=6)'),
  channelId: id.optional(),
  segmentId: id.optional(),
  q: z.string().trim().min(1).max(200).optional().describe('words the comment contains'),
  hasOpenCase: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('only responses with (true) or without (false) an open case'),
};
