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

/** A survey. */
export const survey = z.object({
  id,
  name: z.string(),
  kind: z.enum(SURVEY_KINDS),
  status: z.enum(SURVEY_STATUSES),
  questions: z.array(surveyQuestion),
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
});
/** Body of PATCH /surveys/{id}. */
export const updateSurveyBody = z.strictObject({
  name: name.optional(),
  status: z.enum(SURVEY_STATUSES).optional(),
  questions: z.array(surveyQuestion).max(50).optional(),
});
