import { and, eq } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { channels, segments, touchpoints } from '../schema';

/** One page of segments. */
export function listSegments(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number },
) {
  const page = keyset(segments.id, query, 'asc', eq(segments.organisationId, organisationId));
  return db.select().from(segments).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** One page of channels. */
export function listChannels(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number },
) {
  const page = keyset(channels.id, query, 'asc', eq(channels.organisationId, organisationId));
  return db.select().from(channels).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** One page of touchpoints, optionally of one channel. */
export function listTouchpoints(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number; channelId?: string | undefined },
) {
  const page = keyset(
    touchpoints.id,
    query,
    'asc',
    eq(touchpoints.organisationId, organisationId),
    query.channelId ? eq(touchpoints.channelId, query.channelId) : undefined,
  );
  return db.select().from(touchpoints).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** Inserts a segment. */
export async function insertSegment(db: Executor, values: typeof segments.$inferInsert) {
  const [row] = await db.insert(segments).values(values).returning();
  return row!;
}
/** Inserts a channel. */
export async function insertChannel(db: Executor, values: typeof channels.$inferInsert) {
  const [row] = await db.insert(channels).values(values).returning();
  return row!;
}
/** Inserts a touchpoint. */
export async function insertTouchpoint(db: Executor, values: typeof touchpoints.$inferInsert) {
  const [row] = await db.insert(touchpoints).values(values).returning();
  return row!;
}

/** Finds a segment of the organisation. */
export async function findSegment(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(segments)
    .where(and(eq(segments.organisationId, organisationId), eq(segments.id, id)))
    .limit(1);
  return row;
}
/** Finds a channel of the organisation. */
export async function findChannel(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.organisationId, organisationId), eq(channels.id, id)))
    .limit(1);
  return row;
}
/** Finds a touchpoint of the organisation. */
export async function findTouchpoint(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(touchpoints)
    .where(and(eq(touchpoints.organisationId, organisationId), eq(touchpoints.id, id)))
    .limit(1);
  return row;
}
