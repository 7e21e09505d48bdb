import { z } from 'zod';
import { id, instant } from '../common/fields';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** A strategic pillar. */
export const pillar = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'lower-case letters, digits and dashes')
    .max(48)
    .describe('stable across versions: initiatives sit under it'),
  name: text(120),
  description: z.string().max(2000).default(''),
});

/** A value. */
export const value = z.object({ name: text(120), description: z.string().max(2000).default('') });

/** Body of POST /direction/visions (a new draft) and PATCH /direction/visions/{id} (a draft only). */
export const visionDraftBody = z
  .object({
    statement: text(4000),
    pillars: z.array(pillar).max(12).default([]),
    values: z.array(value).max(12).default([]),
  })
  .refine((v) => new Set(v.pillars.map((p) => p.key)).size === v.pillars.length, {
    message: 'pillar keys must be unique',
    path: ['pillars'],
  });

/** A comment on a draft with its answer. */
export const visionComment = z.object({
  id,
  visionId: id,
  authorPersonId: id.nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: instant.nullable(),
  createdAt: instant,
});

/** A vision version. */
export const vision = z.object({
  id,
  version: z.number().int(),
  status: z.enum(['draft', 'published', 'superseded']),
  statement: z.string(),
  pillars: z.array(pillar),
  values: z.array(value),
  publishedAt: instant.nullable(),
  createdAt: instant,
  comments: z.array(visionComment),
});
/** A vision as the API shows it. */
export type Vision = z.infer<typeof vision>;

/** Answer of GET /direction/visions: the published version (if any), the draft (if any), every version. */
export const visionOverview = z.object({
  published: vision.nullable(),
  draft: vision.nullable(),
  versions: z.array(vision.omit({ comments: true })),
});

/** Body of POST /direction/visions/{id}/comments. */
export const visionCommentBody = z.object({ body: text(4000) });
/** Body of POST /direction/vision-comments/{id}/answer. */
export const visionAnswerBody = z.object({ answer: text(4000) });

/** Answer of POST /direction/visions/{id}/publish. */
export const publishResult = z.object({
  vision: vision,
  announced: z.number().int().describe('people e-mailed'),
});

/** An in-app announcement. */
export const announcement = z.object({
  id,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  subjectId: id.nullable(),
  createdAt: instant,
});
/** Answer of GET /direction/announcements. */
export const announcementList = z.object({ items: z.array(announcement) });
