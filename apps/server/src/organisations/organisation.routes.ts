import {
  apiKeyList,
  apiKeyParams,
  createApiKeyBody,
  createdApiKey,
} from '@centric/contracts/api-keys/api-key.schemas';
import { auditPage, listAuditQuery } from '@centric/contracts/audit/audit.schemas';
import {
  createOrganisationBody,
  me,
  organisation,
  updateOrganisationBody,
} from '@centric/contracts/organisations/organisation.schemas';
import { listOutboxQuery, outboxPage } from '@centric/contracts/outbox/outbox.schemas';
import { fail } from '@centric/core/errors';
import { z } from 'zod';
import { createApiKey, listOrganisationApiKeys, revokeApiKey } from '../api-keys/api-key.service';
import { listAudit } from '../audit/audit.service';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { listOutbox } from '../outbox/outbox.service';
import {
  createOrganisation,
  describeMe,
  getOrganisation,
  presentOrganisation,
  updateOrganisation,
} from './organisation.service';

/** Routes of the caller, their organisations and the organisation's administration (keys, audit, outbox). */
export function organisationRoutes({ app, ctx, deps, auth, caller: callerOf }: RouteEnv): void {
  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Who am I, and where do I belong',
        security: SECURED,
        response: { 200: me, ...ERRORS },
      },
    },
    async (req) => {
      const caller = await callerOf(req);
      return describeMe(deps.db, caller.user, caller.via, caller.keyOrganisationId);
    },
  );
  app.post(
    '/api/v1/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation; you become its owner',
        security: [{ cookieSession: [] }],
        body: createOrganisationBody,
        response: { 201: organisation, ...ERRORS },
      },
    },
    async (req, reply) => {
      const caller = await callerOf(req);
      if (caller.via !== 'session')
        throw fail.forbidden('an API key acts inside its own organisation; sign in to create another');
      const { organisation: row } = await createOrganisation(deps, req.body, caller.user, 'session');
      return reply.status(201).send(presentOrganisation(row));
    },
  );
  app.get(
    '/api/v1/organisation',
    {
      schema: {
        tags: ['organisations'],
        summary: 'The current organisation',
        security: SECURED,
        response: { 200: organisation, ...ERRORS },
      },
    },
    async (req) => getOrganisation(await ctx(req)),
  );
  app.patch(
    '/api/v1/organisation',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Change the organisation’s name, time zone, currency or CEO',
        security: SECURED,
        body: updateOrganisationBody,
        response: { 200: organisation, ...ERRORS },
      },
    },
    async (req) => updateOrganisation(await ctx(req), req.body),
  );
  app.post(
    '/api/v1/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key acting as you (shown once)',
        security: SECURED,
        body: createApiKeyBody,
        response: { 201: createdApiKey, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiKey(await ctx(req), auth, req.body)),
  );
  app.get(
    '/api/v1/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Your API keys (an admin sees everyone’s); the keys themselves are never shown again',
        security: SECURED,
        response: { 200: apiKeyList, ...ERRORS },
      },
    },
    async (req) => listOrganisationApiKeys(await ctx(req)),
  );
  app.delete(
    '/api/v1/api-keys/:id',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Revoke an API key (yours, or anyone’s as an admin); it stops working at once',
        security: SECURED,
        params: apiKeyParams,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (req, reply) => {
      await revokeApiKey(await ctx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Who changed what',
        security: SECURED,
        querystring: listAuditQuery,
        response: { 200: auditPage, ...ERRORS },
      },
    },
    async (req) => listAudit(await ctx(req), req.query),
  );
  app.get(
    '/api/v1/outbox',
    {
      schema: {
        tags: ['outbox'],
        summary: 'E-mail sent or held (without SMTP)',
        security: SECURED,
        querystring: listOutboxQuery,
        response: { 200: outboxPage, ...ERRORS },
      },
    },
    async (req) => listOutbox(await ctx(req), req.query),
  );
}
