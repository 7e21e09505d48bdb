import {
  channel,
  channelPage,
  createChannelBody,
  createSegmentBody,
  createTouchpointBody,
  listCatalogueQuery,
  listTouchpointsQuery,
  segment,
  segmentPage,
  touchpoint,
  touchpointPage,
} from '@centric/contracts/catalogue/catalogue.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import {
  createChannel,
  createSegment,
  createTouchpoint,
  listChannels,
  listSegments,
  listTouchpoints,
} from './catalogue.service';

/** Routes of segments, channels and touchpoints. */
export function catalogueRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['segments, channels, touchpoints'];
  app.get(
    '/api/v1/segments',
    {
      schema: {
        tags,
        summary: 'List segments',
        security: SECURED,
        querystring: listCatalogueQuery,
        response: { 200: segmentPage, ...ERRORS },
      },
    },
    async (req) => listSegments(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/segments',
    {
      schema: {
        tags,
        summary: 'Add a segment',
        security: SECURED,
        body: createSegmentBody,
        response: { 201: segment, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createSegment(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/channels',
    {
      schema: {
        tags,
        summary: 'List channels',
        security: SECURED,
        querystring: listCatalogueQuery,
        response: { 200: channelPage, ...ERRORS },
      },
    },
    async (req) => listChannels(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/channels',
    {
      schema: {
        tags,
        summary: 'Add a channel',
        security: SECURED,
        body: createChannelBody,
        response: { 201: channel, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createChannel(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/touchpoints',
    {
      schema: {
        tags,
        summary: 'List touchpoints',
        security: SECURED,
        querystring: listTouchpointsQuery,
        response: { 200: touchpointPage, ...ERRORS },
      },
    },
    async (req) => listTouchpoints(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/touchpoints',
    {
      schema: {
        tags,
        summary: 'Add a touchpoint to a channel',
        security: SECURED,
        body: createTouchpointBody,
        response: { 201: touchpoint, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createTouchpoint(await ctx(req), req.body)),
  );
}
