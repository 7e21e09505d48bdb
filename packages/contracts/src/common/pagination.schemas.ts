import { z } from 'zod';

/** Query of every list endpoint: an opaque cursor from the previous page and a page size. */
export const pageQuery = z.object({
  cursor: z
    .string()
    .max(200)
    .optional()
    .describe('`nextCursor` of the previous page; omit for the first page'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('items per page, 1–200'),
});
/** A page request. */
export type PageQuery = z.infer<typeof pageQuery>;

/** A page of items and the cursor of the next page (null on the last page). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
/** A page of items. */
export type Page<T> = { items: T[]; nextCursor: string | null };
