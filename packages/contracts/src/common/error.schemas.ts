import { ERROR_CODES } from '@centric/core/errors';
import { z } from 'zod';

/** The one error shape every endpoint answers with. */
export const errorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
/** An API error body. */
export type ErrorBody = z.infer<typeof errorBody>;
