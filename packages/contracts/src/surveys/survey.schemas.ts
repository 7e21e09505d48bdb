import { SURVEY_KINDS, SURVEY_STATUSES } from '@centric/core/surveys/survey-kinds';
import { z } from 'zod';
import { id, name } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** Texts of a question in several languages, keyed by BCP 47 tag (`en`, `fr`...). */
const localised = z.record(z.string().min(2).max(15), z.string().max(1000));

/** A question of a survey besides the main score. */
export const surveyQuestion = z.discriminatedUnion('type', [
  z.strictObject({
    id: z.string().min(1).max(50),
    type: z.literal('rating'),
    text: localised,
    min: z.number().int(),
    max: z.number().int(),
  }),
  z.strictObject({
    id: z.string().min(1).max(50),
    type: z.literal('choice'),
    text: localised,
    options: z
      .array(z.strictObject({ id: z.string().min(1).max(50), text: localised }))
      .min(2)
      .max(30),
    multiple: z.boolean().default(false),
  }),
  z.strictObject({ id: z.string().min(1).max(50), type: z.literal('text'), text: localised }),
]);
/** A survey question. */
export type SurveyQuestion = z.infer<typeof surveyQuestion>;

/** The texts a survey sets for one language; what it leaves out comes from the shipped texts of its kind. */
export const surveyLanguageTexts = z.strictObject({
  intro: z.string().trim().max(1000).optional().describe('a line above the main question'),
  question: z.string().trim().max(500).optional().describe('replaces the main question of the kind'),
  thanks: z.string().trim().max(1000).optional().describe('replaces the thank-you text'),
});
/** A survey's own texts by language (`en`, `fr`...); English is the fallback of every other language. */
export const surveyTexts = z.record(z.string().min(2).max(15), surveyLanguageTexts);
/** A survey's texts. */
export type SurveyTextsInput = z.infer<typeof surveyTexts>;

/** Where a survey is meant to be asked: the units, channels and touchpoints its links and invitations may use (empty: any). */
export const surveyTargets = z.strictObject({
  unitIds: z.array(id).max(500).default([]),
  channelIds: z.array(id).max(100).default([]),
  touchpointIds: z.array(id).max(100).default([]),
});
/** A survey's targets. */
export type SurveyTargets = z.output<typeof surveyTargets>;

/** A survey. */
export const survey = z.object({
  id,
  name: z.string(),
  kind: z.enum(SURVEY_KINDS),
  status: z.enum(SURVEY_STATUSES),
  questions: z.array(surveyQuestion),
  texts: surveyTexts,
  targets: surveyTargets,
  responseCount: z.number().int().describe('answers received (from the rollups)'),
  createdAt: z.string(),
});
/** A survey. */
export type Survey = z.infer<typeof survey>;
/** A page of surveys. */
export const surveyPage = pageOf(survey);
/** Query of GET /surveys. */
export const listSurveysQuery = pageQuery.extend({ status: z.enum(SURVEY_STATUSES).optional() });

/** Body of POST /surveys. */
export const createSurveyBody = z.strictObject({
  name,
  kind: z.enum(SURVEY_KINDS),
  status: z.enum(SURVEY_STATUSES).default('draft'),
  questions: z.array(surveyQuestion).max(50).default([]),
  texts: surveyTexts.default({}),
  targets: surveyTargets.default({ unitIds: [], channelIds: [], touchpointIds: [] }),
});
/** Body of PATCH /surveys/{id}: kind and questions change only while the survey is a draft. */
export const updateSurveyBody = z.strictObject({
  name: name.optional(),
  kind: z.enum(SURVEY_KINDS).optional(),
  status: z.enum(SURVEY_STATUSES).optional(),
  questions: z.array(surveyQuestion).max(50).optional(),
  texts: surveyTexts.optional(),
  targets: surveyTargets.optional(),
});
