import type {
  Vision,
  visionAnswerBody,
  visionCommentBody,
  visionDraftBody,
  visionOverview,
} from '@centric/contracts/direction/vision.schemas';
import { fail } from '@centric/core/errors';
import type { Executor } from '@centric/db/database';
import { listDirectory } from '@centric/db/direction/directory.repository';
import {
  answerVisionComment,
  findVision,
  findVisionComment,
  insertAnnouncement,
  insertVision,
  insertVisionComment,
  listAnnouncements,
  listVisionComments,
  listVisions,
  nextVisionVersion,
  supersedePublished,
  updateVision,
  type VisionRow,
} from '@centric/db/direction/vision.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';

type Names = Map<string, string>;

async function namesOf(ctx: OrgContext, db: Executor = ctx.deps.db): Promise<Names> {
  return new Map((await listDirectory(db, ctx.organisation.id)).map((p) => [p.id, p.name]));
}

async function present(
  ctx: OrgContext,
  row: VisionRow,
  names: Names,
  db: Executor = ctx.deps.db,
): Promise<Vision> {
  const comments = await listVisionComments(db, ctx.organisation.id, row.id);
  return {
    ...presentVersion(row),
    comments: comments.map((c) => ({
      id: c.id,
      visionId: c.visionId,
      authorPersonId: c.authorPersonId,
      authorName: c.authorPersonId ? (names.get(c.authorPersonId) ?? null) : null,
      body: c.body,
      answer: c.answer,
      answeredByName: c.answeredByPersonId ? (names.get(c.answeredByPersonId) ?? null) : null,
      answeredAt: iso(c.answeredAt),
      createdAt: iso(c.createdAt),
    })),
  };
}

function presentVersion(row: VisionRow): Omit<Vision, 'comments'> {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    statement: row.statement,
    pillars: row.pillars,
    values: row.values,
    publishedAt: iso(row.publishedAt),
    createdAt: iso(row.createdAt),
  };
}

/** The published vision, the open draft and every version. */
export async function getVisions(ctx: OrgContext): Promise<z.infer<typeof visionOverview>> {
  authorize(ctx, 'vision.read');
  const rows = await listVisions(ctx.deps.db, ctx.organisation.id);
  const names = await namesOf(ctx);
  const published = rows.find((r) => r.status === 'published');
  const draft = rows.find((r) => r.status === 'draft');
  return {
    published: published ? await present(ctx, published, names) : null,
    draft: draft ? await present(ctx, draft, names) : null,
    versions: rows.map(presentVersion),
  };
}

/** Opens a new draft (one at a time) for comments. */
export async function createDraft(ctx: OrgContext, input: z.output<typeof visionDraftBody>): Promise<Vision> {
  authorize(ctx, 'vision.write');
  return ctx.deps.db.transaction(async (tx) => {
    const existing = (await listVisions(tx, ctx.organisation.id)).find((r) => r.status === 'draft');
    if (existing)
      throw fail.conflict(`version ${existing.version} is already a draft: change it or publish it`);
    const row = await insertVision(tx, {
      organisationId: ctx.organisation.id,
      version: await nextVisionVersion(tx, ctx.organisation.id),
      statement: input.statement,
      pillars: input.pillars,
      values: input.values,
      authorPersonId: ctx.actor.personId,
      createdAt: ctx.deps.clock.now(),
      updatedAt: ctx.deps.clock.now(),
    });
    await audit(ctx, tx, {
      action: 'create',
      entity: 'vision',
      entityId: row.id,
      changes: { version: row.version },
    });
    return present(ctx, row, new Map(), tx);
  });
}

async function draftOf(ctx: OrgContext, db: Executor, id: string): Promise<VisionRow> {
  const row = await findVision(db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('vision');
  if (row.status !== 'draft')
    throw fail.conflict(`version ${row.version} is ${row.status}: only a draft changes`);
  return row;
}

/** Changes a draft's text, pillars or values. */
export async function updateDraft(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof visionDraftBody>,
): Promise<Vision> {
  authorize(ctx, 'vision.write');
  return ctx.deps.db.transaction(async (tx) => {
    await draftOf(ctx, tx, id);
    const row = await updateVision(tx, ctx.organisation.id, id, input);
    await audit(ctx, tx, { action: 'update', entity: 'vision', entityId: id });
    return present(ctx, row, await namesOf(ctx, tx), tx);
  });
}

/** Any employee comments on the draft, so internal stakeholders shape it. */
export async function commentOnDraft(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof visionCommentBody>,
): Promise<Vision> {
  authorize(ctx, 'vision.comment');
  return ctx.deps.db.transaction(async (tx) => {
    const row = await draftOf(ctx, tx, id);
    await insertVisionComment(tx, {
      organisationId: ctx.organisation.id,
      visionId: id,
      authorPersonId: ctx.actor.personId,
      body: input.body,
      createdAt: ctx.deps.clock.now(),
      updatedAt: ctx.deps.clock.now(),
    });
    return present(ctx, row, await namesOf(ctx, tx), tx);
  });
}

/** A leader answers a comment on the draft. */
export async function answerComment(
  ctx: OrgContext,
  commentId: string,
  input: z.output<typeof visionAnswerBody>,
): Promise<Vision> {
  authorize(ctx, 'vision.write');
  return ctx.deps.db.transaction(async (tx) => {
    const comment = await findVisionComment(tx, ctx.organisation.id, commentId);
    if (!comment) throw fail.notFound('comment');
    const row = await draftOf(ctx, tx, comment.visionId);
    await answerVisionComment(tx, ctx.organisation.id, commentId, {
      answer: input.answer,
      answeredByPersonId: ctx.actor.personId,
      answeredAt: ctx.deps.clock.now(),
    });
    await audit(ctx, tx, { action: 'answer', entity: 'vision_comment', entityId: commentId });
    return present(ctx, row, await namesOf(ctx, tx), tx);
  });
}

/**
 * Publishes the draft: the previous version is superseded, and everyone is told in the app and by e-mail.
 * Unanswered comments block publishing — the people who shaped the draft deserve an answer first.
 */
export async function publishDraft(
  ctx: OrgContext,
  id: string,
): Promise<{ vision: Vision; announced: number }> {
  authorize(ctx, 'vision.write');
  const { vision, recipients } = await ctx.deps.db.transaction(async (tx) => {
    await draftOf(ctx, tx, id);
    const comments = await listVisionComments(tx, ctx.organisation.id, id);
    const open = comments.filter((c) => c.answer === null).length;
    if (open > 0) throw fail.conflict(`${open} comment${open === 1 ? ' is' : 's are'} still unanswered`);
    const now = ctx.deps.clock.now();
    await supersedePublished(tx, ctx.organisation.id);
    const row = await updateVision(tx, ctx.organisation.id, id, {
      status: 'published',
      publishedAt: now,
      publishedByPersonId: ctx.actor.personId,
    });
    await insertAnnouncement(tx, {
      organisationId: ctx.organisation.id,
      kind: 'vision-published',
      title: `Our vision, version ${row.version}`,
      body: row.statement,
      subjectId: row.id,
      createdAt: now,
      updatedAt: now,
    });
    await audit(ctx, tx, {
      action: 'publish',
      entity: 'vision',
      entityId: id,
      changes: { version: row.version },
    });
    const people = (await listDirectory(tx, ctx.organisation.id)).filter((p) => p.status !== 'deactivated');
    return {
      vision: await present(ctx, row, new Map(people.map((p) => [p.id, p.name])), tx),
      recipients: people,
    };
  });
  const link = `${ctx.deps.config.baseUrl}/direction`;
  const pillars = vision.pillars.map((p) => `- ${p.name}: ${p.description}`).join('\n');
  for (const person of recipients) {
    await ctx.deps.mailer.send({
      organisationId: ctx.organisation.id,
      to: person.email,
      subject: `${ctx.organisation.name}: our vision, version ${vision.version}`,
      text: `${vision.statement}\n\n${pillars}\n\nRead it and see your part: ${link}\n`,
    });
  }
  return { vision, announced: recipients.length };
}

/** The organisation's latest in-app announcements. */
export async function getAnnouncements(ctx: OrgContext) {
  authorize(ctx, 'vision.read');
  const rows = await listAnnouncements(ctx.deps.db, ctx.organisation.id, 20);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      subjectId: r.subjectId,
      createdAt: iso(r.createdAt),
    })),
  };
}
