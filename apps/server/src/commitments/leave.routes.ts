import {
  leaveList,
  leavePeriod,
  listLeaveQuery,
  recordLeaveBody,
} from '@centric/contracts/commitments/leave.schemas';
import { idParams } from '@centric/contracts/common/fields';
import { z } from 'zod';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { listLeave, recordLeave, removeLeave } from './leave.service';

/** Routes of leaders' leave (the Walker index owes nothing for days away). */
export function leaveRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['leaders'];
  app.get(
    '/api/v1/leave',
    {
      schema: {
        tags,
        summary: 'Periods of leave of leaders',
        security: SECURED,
        querystring: listLeaveQuery,
        response: { 200: leaveList, ...ERRORS },
      },
    },
    async (req) => listLeave(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/leave',
    {
      schema: {
        tags,
        summary: 'Record a period of leave (yours, or as an admin a leader’s)',
        security: SECURED,
        body: recordLeaveBody,
        response: { 201: leavePeriod, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await recordLeave(await ctx(req), req.body)),
  );
  app.delete(
    '/api/v1/leave/:id',
    {
      schema: {
        tags,
        summary: 'Remove a period of leave',
        security: SECURED,
        params: idParams,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (req, reply) => {
      await removeLeave(await ctx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
