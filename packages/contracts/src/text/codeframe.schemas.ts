import { z } from 'zod';
import { id, name } from '../common/fields';

/** A theme id: lower-case letters, digits and dashes ("wait-time"); "other" is the pseudo-theme of untagged comments. */
export const themeId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'a theme id is lower-case letters, digits and dashes');
/** A term: a word or phrase; a trailing "*" matches any ending ("refund*"). */
const term = z.string().trim().min(1, 'a term must not be empty').max(80);
const terms = z.array(term).max(200);

/** A theme of the codeframe. */
export const theme = z.object({
  id: z.string(),
  name: z.string(),
  terms: z.array(z.string()),
  parentId: z.string().nullable(),
  ignored: z.boolean(),
});
/** A theme. */
export type Theme = z.infer<typeof theme>;

/** A background re-analysis of every comment, with its progress. */
export const textRun = z.object({
  id,
  status: z.enum(['queued', 'running', 'done', 'failed', 'superseded']),
  reason: z.string(),
  codeframeVersion: z.number().int(),
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
/** A re-analysis run. */
export type TextRun = z.infer<typeof textRun>;

/** The organisation's codeframe (version 0: none yet) and its latest re-analysis. */
export const codeframe = z.object({
  version: z.number().int(),
  themes: z.array(theme),
  updatedAt: z.string().nullable(),
  run: textRun.nullable(),
});
/** A codeframe. */
export type CodeframeView = z.infer<typeof codeframe>;

/** One change to the codeframe. */
export const codeframeChange = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('add'),
    name,
    terms: terms.default([]),
    parentId: themeId.nullable().default(null),
  }),
  z.strictObject({ kind: z.literal('rename'), themeId, name }),
  z.strictObject({ kind: z.literal('set-terms'), themeId, terms }),
  z.strictObject({ kind: z.literal('move'), themeId, parentId: themeId.nullable() }),
  z.strictObject({ kind: z.literal('ignore'), themeId, ignored: z.boolean().default(true) }),
  z.strictObject({ kind: z.literal('merge'), sourceIds: z.array(themeId).min(1).max(50), targetId: themeId }),
  z.strictObject({
    kind: z.literal('split'),
    themeId,
    parts: z
      .array(z.strictObject({ name, terms: terms.min(1, 'each part needs at least one term') }))
      .min(1)
      .max(20),
  }),
  z.strictObject({ kind: z.literal('remove'), themeId }),
  z.strictObject({
    kind: z.literal('accept-proposal'),
    name,
    terms: terms.min(1, 'a proposal has at least one term'),
    parentId: themeId.nullable().default(null),
    intoThemeId: themeId.optional().describe('add the terms to this theme instead of creating one'),
    ignored: z.boolean().default(false).describe('keep the terms (never proposed again) but tag nothing'),
  }),
]);
/** A codeframe change. */
export type CodeframeChange = z.infer<typeof codeframeChange>;

/** Body of POST /text/codeframe/changes. */
export const codeframeChangeBody = z.strictObject({
  version: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('the version you edited: 409 when someone changed the codeframe meanwhile'),
  change: codeframeChange,
});
/** A validated codeframe change request. */
export type CodeframeChangeBody = z.infer<typeof codeframeChangeBody>;

/** A proposed theme: its name, terms, how many comments mention it, and a few of them. */
export const themeProposal = z.object({
  name: z.string(),
  terms: z.array(z.string()),
  count: z.number().int(),
  score: z.number(),
  examples: z.array(z.string()),
});
/** A proposal. */
export type ThemeProposalView = z.infer<typeof themeProposal>;

/** Proposals from all comments and from the "Other" comments, against a codeframe version. */
export const themeProposals = z.object({
  fromAll: z.array(themeProposal),
  fromOther: z.array(themeProposal),
  codeframeVersion: z.number().int().nullable(),
  computedAt: z.string().nullable(),
});
/** The proposals. */
export type ThemeProposalsView = z.infer<typeof themeProposals>;

/** Body of POST /text/reanalysis. */
export const reanalysisBody = z.strictObject({}).default({});
