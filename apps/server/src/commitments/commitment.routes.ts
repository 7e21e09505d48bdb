import {
  behaviour,
  behaviourList,
  createBehaviourBody,
  updateBehaviourBody,
} from '@centric/contracts/commitments/behaviour.schemas';
import {
  commitment,
  commitmentList,
  createCommitmentBody,
  endCommitmentBody,
  listCommitmentsQuery,
  pauseCommitmentBody,
  resumeCommitmentBody,
} from '@centric/contracts/commitments/commitment.schemas';
import {
  evidenceItem,
  evidencePage,
  listEvidenceQuery,
  logEvidenceBody,
} from '@centric/contracts/commitments/evidence.schemas';
import { idParams } from '@centric/contracts/common/fields';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createBehaviour, listBehaviours, updateBehaviour } from './behaviour.service';
import {
  createCommitment,
  endCommitment,
  listCommitments,
  pauseCommitment,
  resumeCommitment,
} from './commitment.service';
import { confirmEvidence, listEvidence, logEvidence } from './evidence.service';

/** Routes of the behaviour catalogue, commitments and evidence. */
export function commitmentRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['leadership commitments'];
  app.get(
    '/api/v1/behaviours',
    {
      schema: {
        tags,
        summary: 'The behaviour catalogue',
        security: SECURED,
        response: { 200: behaviourList, ...ERRORS },
      },
    },
    async (req) => listBehaviours(await ctx(req)),
  );
  app.post(
    '/api/v1/behaviours',
    {
      schema: {
        tags,
        summary: 'Add a behaviour to the catalogue',
        security: SECURED,
        body: createBehaviourBody,
        response: { 201: behaviour, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createBehaviour(await ctx(req), req.body)),
  );
  app.patch(
    '/api/v1/behaviours/:id',
    {
      schema: {
        tags,
        summary: 'Edit or retire a behaviour',
        security: SECURED,
        params: idParams,
        body: updateBehaviourBody,
        response: { 200: behaviour, ...ERRORS },
      },
    },
    async (req) => updateBehaviour(await ctx(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/commitments',
    {
      schema: {
        tags,
        summary: 'Every leader’s commitments, the CEO’s first',
        security: SECURED,
        querystring: listCommitmentsQuery,
        response: { 200: commitmentList, ...ERRORS },
      },
    },
    async (req) => listCommitments(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/commitments',
    {
      schema: {
        tags,
        summary: 'Commit to a behaviour',
        security: SECURED,
        body: createCommitmentBody,
        response: { 201: commitment, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createCommitment(await ctx(req), req.body)),
  );
  app.post(
    '/api/v1/commitments/:id/pause',
    {
      schema: {
        tags,
        summary: 'Pause a commitment, with a reason',
        security: SECURED,
        params: idParams,
        body: pauseCommitmentBody,
        response: { 200: commitment, ...ERRORS },
      },
    },
    async (req) => pauseCommitment(await ctx(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/commitments/:id/resume',
    {
      schema: {
        tags,
        summary: 'Resume a paused commitment',
        security: SECURED,
        params: idParams,
        body: resumeCommitmentBody,
        response: { 200: commitment, ...ERRORS },
      },
    },
    async (req) => resumeCommitment(await ctx(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/commitments/:id/end',
    {
      schema: {
        tags,
        summary: 'End a commitment, with a reason',
        security: SECURED,
        params: idParams,
        body: endCommitmentBody,
        response: { 200: commitment, ...ERRORS },
      },
    },
    async (req) => endCommitment(await ctx(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/evidence',
    {
      schema: {
        tags,
        summary: 'Evidence of commitments, newest first',
        security: SECURED,
        querystring: listEvidenceQuery,
        response: { 200: evidencePage, ...ERRORS },
      },
    },
    async (req) => listEvidence(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/evidence',
    {
      schema: {
        tags,
        summary: 'Log evidence for your commitment',
        security: SECURED,
        body: logEvidenceBody,
        response: { 201: evidenceItem, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await logEvidence(await ctx(req), req.body)),
  );
  app.post(
    '/api/v1/evidence/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm evidence you took part in',
        security: SECURED,
        params: idParams,
        response: { 200: evidenceItem, ...ERRORS },
      },
    },
    async (req) => confirmEvidence(await ctx(req), req.params.id),
  );
}
