import { idParams } from '@centric/contracts/common/fields';
import {
  createSurveyLinkBody,
  inviteCustomersBody,
  inviteCustomersResult,
  surveyInvitationList,
  surveyLink,
  surveyLinkList,
  voiceSettings,
} from '@centric/contracts/voice/voice.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { inviteCustomers, listInvitationsOfSurvey } from './customer-invitation.service';
import { createSurveyLink, listLinksOfSurvey } from './survey-link.service';
import { getVoiceSettings, updateVoiceSettings } from './voice-settings.service';

/** Staff routes of the voice of the customer: survey links and widgets, customer invitations, settings. */
export function voiceRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['voice of the customer'];
  app.get(
    '/api/v1/surveys/:id/links',
    {
      schema: {
        tags,
        summary: 'List a survey’s anonymous links and widgets',
        security: SECURED,
        params: idParams,
        response: { 200: surveyLinkList, ...ERRORS },
      },
    },
    async (req) => listLinksOfSurvey(await ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/surveys/:id/links',
    {
      schema: {
        tags,
        summary: 'Create an anonymous link or a website widget snippet',
        security: SECURED,
        params: idParams,
        body: createSurveyLinkBody,
        response: { 201: surveyLink, ...ERRORS },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createSurveyLink(await ctx(req), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/surveys/:id/invitations',
    {
      schema: {
        tags,
        summary: 'List the customer invitations of a survey',
        security: SECURED,
        params: idParams,
        response: { 200: surveyInvitationList, ...ERRORS },
      },
    },
    async (req) => listInvitationsOfSurvey(await ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/surveys/:id/invitations',
    {
      schema: {
        tags,
        summary: 'E-mail customers a personal link (chosen customers, segments or a contact CSV)',
        security: SECURED,
        params: idParams,
        body: inviteCustomersBody,
        response: { 201: inviteCustomersResult, ...ERRORS },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await inviteCustomers(await ctx(req), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/voice/settings',
    {
      schema: {
        tags,
        summary: 'Case rules, reminder delay, contact rule and edit window',
        security: SECURED,
        response: { 200: voiceSettings, ...ERRORS },
      },
    },
    async (req) => getVoiceSettings(await ctx(req)),
  );
  app.put(
    '/api/v1/voice/settings',
    {
      schema: {
        tags,
        summary: 'Replace the voice settings',
        security: SECURED,
        body: voiceSettings,
        response: { 200: voiceSettings, ...ERRORS },
      },
    },
    async (req) => updateVoiceSettings(await ctx(req), req.body),
  );
}
