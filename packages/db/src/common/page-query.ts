import { and, asc, desc, gt, lt, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { decodeCursor } from './cursor';

/** Where, order and limit of one keyset page over a time-ordered (v7) id column. */
export function keyset(
  idColumn: PgColumn,
  query: { cursor?: string | undefined; limit: number },
  direction: 'asc' | 'desc',
  ...filters: (SQL | undefined)[]
) {
  const after = decodeCursor(query.cursor);
  const cursorFilter =
    after === undefined ? undefined : direction === 'asc' ? gt(idColumn, after) : lt(idColumn, after);
  return {
    where: and(...filters, cursorFilter),
    orderBy: direction === 'asc' ? asc(idColumn) : desc(idColumn),
    limit: query.limit + 1,
  };
}
