import { idParams } from '@centric/contracts/common/fields';
import {
  createUnitBody,
  listUnitsQuery,
  unit,
  unitPage,
  updateUnitBody,
} from '@centric/contracts/units/unit.schemas';
import { z } from 'zod';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from './unit.service';

/** Routes of the unit tree. */
export function unitRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['units'];
  app.get(
    '/api/v1/units',
    {
      schema: {
        tags,
        summary: 'List units',
        security: SECURED,
        querystring: listUnitsQuery,
        response: { 200: unitPage, ...ERRORS },
      },
    },
    async (req) => listUnits(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/units',
    {
      schema: {
        tags,
        summary: 'Add a unit',
        security: SECURED,
        body: createUnitBody,
        response: { 201: unit, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createUnit(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/units/:id',
    {
      schema: {
        tags,
        summary: 'Read a unit',
        security: SECURED,
        params: idParams,
        response: { 200: unit, ...ERRORS },
      },
    },
    async (req) => getUnit(await ctx(req), req.params.id),
  );
  app.patch(
    '/api/v1/units/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-head or move a unit',
        security: SECURED,
        params: idParams,
        body: updateUnitBody,
        response: { 200: unit, ...ERRORS },
      },
    },
    async (req) => updateUnit(await ctx(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/units/:id',
    {
      schema: {
        tags,
        summary: 'Delete an empty unit',
        security: SECURED,
        params: idParams,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (req, reply) => {
      await deleteUnit(await ctx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
