import { idParams } from '@centric/contracts/common/fields';
import {
  createSurveyBody,
  listSurveysQuery,
  survey,
  surveyPage,
  updateSurveyBody,
} from '@centric/contracts/surveys/survey.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createSurvey, getSurvey, listSurveys, updateSurvey } from './survey.service';

/** Routes of surveys. */
export function surveyRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['surveys'];
  app.get(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'List surveys',
        security: SECURED,
        querystring: listSurveysQuery,
        response: { 200: surveyPage, ...ERRORS },
      },
    },
    async (req) => listSurveys(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'Create a survey',
        security: SECURED,
        body: createSurveyBody,
        response: { 201: survey, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createSurvey(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Read a survey',
        security: SECURED,
        params: idParams,
        response: { 200: survey, ...ERRORS },
      },
    },
    async (req) => getSurvey(await ctx(req), req.params.id),
  );
  app.patch(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Change a survey or its status',
        security: SECURED,
        params: idParams,
        body: updateSurveyBody,
        response: { 200: survey, ...ERRORS },
      },
    },
    async (req) => updateSurvey(await ctx(req), req.params.id, req.body),
  );
}
