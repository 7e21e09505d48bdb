import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Executor } from '../database';
import { announcements, visionComments, visions } from '../schema';

/** A vision version row. */
export type VisionRow = typeof visions.$inferSelect;
/** A vision comment row. */
export type VisionCommentRow = typeof visionComments.$inferSelect;
/** An announcement row. */
export type AnnouncementRow = typeof announcements.$inferSelect;

/** Every version of the organisation's vision, newest first. */
export function listVisions(db: Executor, organisationId: string): Promise<VisionRow[]> {
  return db
    .select()
    .from(visions)
    .where(eq(visions.organisationId, organisationId))
    .orderBy(desc(visions.version));
}

/** One vision version of the organisation. */
export async function findVision(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<VisionRow | undefined> {
  const [row] = await db
    .select()
    .from(visions)
    .where(and(eq(visions.organisationId, organisationId), eq(visions.id, id)));
  return row;
}

/** The next version number of the organisation's vision. */
export async function nextVisionVersion(db: Executor, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ v: max(visions.version) })
    .from(visions)
    .where(eq(visions.organisationId, organisationId));
  return Number(row?.v ?? 0) + 1;
}

/** Inserts a vision version. */
export async function insertVision(db: Executor, values: typeof visions.$inferInsert): Promise<VisionRow> {
  const [row] = await db.insert(visions).values(values).returning();
  return row!;
}

/** Changes a vision version. */
export async function updateVision(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof visions.$inferInsert>,
): Promise<VisionRow> {
  const [row] = await db
    .update(visions)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(visions.organisationId, organisationId), eq(visions.id, id)))
    .returning();
  return row!;
}

/** Marks the published version superseded (before another is published). */
export async function supersedePublished(db: Executor, organisationId: string): Promise<void> {
  await db
    .update(visions)
    .set({ status: 'superseded', updatedAt: new Date() })
    .where(and(eq(visions.organisationId, organisationId), eq(visions.status, 'published')));
}

/** The comments on a vision version, oldest first. */
export function listVisionComments(
  db: Executor,
  organisationId: string,
  visionId: string,
): Promise<VisionCommentRow[]> {
  return db
    .select()
    .from(visionComments)
    .where(and(eq(visionComments.organisationId, organisationId), eq(visionComments.visionId, visionId)))
    .orderBy(asc(visionComments.id));
}

/** One comment of the organisation. */
export async function findVisionComment(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<VisionCommentRow | undefined> {
  const [row] = await db
    .select()
    .from(visionComments)
    .where(and(eq(visionComments.organisationId, organisationId), eq(visionComments.id, id)));
  return row;
}

/** Inserts a comment. */
export async function insertVisionComment(
  db: Executor,
  values: typeof visionComments.$inferInsert,
): Promise<VisionCommentRow> {
  const [row] = await db.insert(visionComments).values(values).returning();
  return row!;
}

/** Records a leader's answer to a comment. */
export async function answerVisionComment(
  db: Executor,
  organisationId: string,
  id: string,
  values: { answer: string; answeredByPersonId: string | null; answeredAt: Date },
): Promise<VisionCommentRow> {
  const [row] = await db
    .update(visionComments)
    .set({ ...values, updatedAt: values.answeredAt })
    .where(and(eq(visionComments.organisationId, organisationId), eq(visionComments.id, id)))
    .returning();
  return row!;
}

/** Inserts an in-app announcement. */
export async function insertAnnouncement(
  db: Executor,
  values: typeof announcements.$inferInsert,
): Promise<AnnouncementRow> {
  const [row] = await db.insert(announcements).values(values).returning();
  return row!;
}

/** The organisation's latest announcements, newest first. */
export function listAnnouncements(
  db: Executor,
  organisationId: string,
  limit: number,
): Promise<AnnouncementRow[]> {
  return db
    .select()
    .from(announcements)
    .where(eq(announcements.organisationId, organisationId))
    .orderBy(desc(announcements.id))
    .limit(limit);
}
