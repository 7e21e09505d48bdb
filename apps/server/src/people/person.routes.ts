import { errorBody } from '@centric/contracts/common/error.schemas';
import { idParams } from '@centric/contracts/common/fields';
import {
  acceptInvitationBody,
  invitation,
  invitePersonBody,
  listPeopleQuery,
  person,
  personPage,
  updatePersonBody,
} from '@centric/contracts/people/person.schemas';
import { z } from 'zod';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { acceptInvitation, getPerson, invitePerson, listPeople, updatePerson } from './person.service';

/** Routes of people and invitations. */
export function personRoutes(
  { app, ctx, deps }: RouteEnv,
  publicRateLimit: { max: number; timeWindow: string },
): void {
  const tags = ['people'];
  app.get(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: 'List people',
        security: SECURED,
        querystring: listPeopleQuery,
        response: { 200: personPage, ...ERRORS },
      },
    },
    async (req) => listPeople(await ctx(req), req.query),
  );
  app.get(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Read a person',
        security: SECURED,
        params: idParams,
        response: { 200: person, ...ERRORS },
      },
    },
    async (req) => getPerson(await ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/people/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a person (e-mails a link to join)',
        security: SECURED,
        body: invitePersonBody,
        response: { 201: invitation, ...ERRORS },
      },
    },
    async (req, reply) => {
      const { token: _secret, ...result } = await invitePerson(await ctx(req), req.body);
      return reply.status(201).send(result);
    },
  );
  app.patch(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Change a person’s role, unit, manager or status',
        security: SECURED,
        params: idParams,
        body: updatePersonBody,
        response: { 200: person, ...ERRORS },
      },
    },
    async (req) => updatePerson(await ctx(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/invitations/accept',
    {
      config: { rateLimit: publicRateLimit },
      schema: {
        tags,
        summary: 'Accept an invitation and set a password (public: the token is the credential)',
        body: acceptInvitationBody,
        response: {
          200: z.object({ email: z.string(), organisationSlug: z.string() }),
          400: errorBody,
          429: errorBody,
        },
      },
    },
    async (req) => acceptInvitation(deps, req.body),
  );
}
