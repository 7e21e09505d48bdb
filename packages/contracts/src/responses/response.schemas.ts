import { RESPONSE_SOURCES } from '@centric/core/surveys/survey-kinds';
import { z } from 'zod';
import { id, instant } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';
import { inboxFilterQuery } from './inbox-filter.schemas';

/** Where and by whom a response was earned; every field may be re-attributed later. */
const attribution = {
  customerId: id.nullable(),
  channelId: id.nullable(),
  touchpointId: id.nullable(),
  segmentId: id.nullable(),
  unitId: id.nullable(),
  employeeId: id.nullable(),
};

/** A comment's sentiment and themes (absent until the background analysis has run, or with no comment). */
export const responseText = z.object({
  label: z.enum(['positive', 'neutral', 'negative']),
  score: z.number(),
  themes: z.array(
    z.object({
      themeId: z.string(),
      name: z.string(),
      label: z.enum(['positive', 'neutral', 'negative']),
      score: z.number(),
    }),
  ),
});
/** A comment's analysis. */
export type ResponseText = z.infer<typeof responseText>;

/** A survey response. */
export const response = z.object({
  id,
  surveyId: id,
  score: z.number().int().nullable(),
  comment: z.string().nullable(),
  ...attribution,
  answers: z.record(z.string(), z.unknown()),
  source: z.enum(RESPONSE_SOURCES),
  language: z.string().nullable(),
  respondedAt: z.string(),
  createdAt: z.string(),
  text: responseText.nullable().optional().describe('sentiment and themes of the comment, once analysed'),
});
/** A response. */
export type Response = z.infer<typeof response>;
/** A page of responses. */
export const responsePage = pageOf(response);
/** Query of GET /responses (newest first). */
export const listResponsesQuery = pageQuery.extend({
  surveyId: id.optional(),
  unitId: id.optional().describe('the unit and all its descendants'),
  customerId: id.optional(),
  from: instant.optional().describe('responded at or after'),
  to: instant.optional().describe('responded before'),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional().describe('comments with this sentiment'),
  theme: z
    .string()
    .max(80)
    .optional()
    .describe('comments tagged with this theme id ("other": comments no theme tags)'),
  ...inboxFilterQuery,
});

/** Body of POST /responses (API and imports); customers answer through the public survey page instead. */
export const createResponseBody = z.strictObject({
  surveyId: id,
  score: z.number().int().nullable().default(null),
  comment: z.string().trim().max(5000).nullable().default(null),
  customerId: attribution.customerId.default(null),
  channelId: attribution.channelId.default(null),
  touchpointId: attribution.touchpointId.default(null),
  segmentId: attribution.segmentId.default(null).describe('defaults to the customer’s segment'),
  unitId: attribution.unitId.default(null),
  employeeId: attribution.employeeId.default(null),
  answers: z.record(z.string().max(50), z.unknown()).default({}),
  source: z.enum(RESPONSE_SOURCES).default('api'),
  language: z.string().min(2).max(15).nullable().default(null),
  respondedAt: instant.optional().describe('defaults to now'),
});
/** A validated new response. */
export type CreateResponse = z.infer<typeof createResponseBody>;
/** Body of POST /responses: one response, or an array of up to 1,000 stored all or nothing. */
export const createResponsesBody = z.union([
  createResponseBody,
  z.array(createResponseBody).min(1).max(1000),
]);
/** Answer of POST /responses: the response, or `{ items }` for a batch. */
export const recordedResponses = z.union([response, z.object({ items: z.array(response) })]);
/** Headers of POST /responses. */
export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('a retried request with the same key stores nothing new and gets the first answer'),
});

/** Body of PATCH /responses/{id}: edit the answer or re-attribute it. */
export const updateResponseBody = z.strictObject({
  score: z.number().int().nullable().optional(),
  comment: z.string().trim().max(5000).nullable().optional(),
  answers: z
    .record(z.string().max(50), z.unknown())
    .optional()
    .describe('answers to the survey’s own questions'),
  ...(Object.fromEntries(Object.entries(attribution).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof attribution]: z.ZodOptional<(typeof attribution)[K]>;
  }),
});
/** A validated response change. */
export type UpdateResponse = z.infer<typeof updateResponseBody>;
