import { z } from 'zod';
import { id, name } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** A customer segment. */
export const segment = z.object({
  id,
  name: z.string(),
  description: z.string().nullable(),
  createdAt: z.string(),
});
/** A channel. */
export const channel = z.object({ id, name: z.string(), createdAt: z.string() });
/** A touchpoint within a channel. */
export const touchpoint = z.object({ id, channelId: id, name: z.string(), createdAt: z.string() });
/** Pages of each. */
export const segmentPage = pageOf(segment);
export const channelPage = pageOf(channel);
export const touchpointPage = pageOf(touchpoint);
/** Query of the catalogue lists. */
export const listCatalogueQuery = pageQuery;
/** Query of GET /touchpoints. */
export const listTouchpointsQuery = pageQuery.extend({ channelId: id.optional() });

/** Body of POST /segments. */
export const createSegmentBody = z.strictObject({
  name,
  description: z.string().max(1000).nullable().default(null),
});
/** Body of POST /channels. */
export const createChannelBody = z.strictObject({ name });
/** Body of POST /touchpoints. */
export const createTouchpointBody = z.strictObject({ channelId: id, name });
