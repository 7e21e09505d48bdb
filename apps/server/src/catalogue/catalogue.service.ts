import type {
  createChannelBody,
  createSegmentBody,
  createTouchpointBody,
} from '@centric/contracts/catalogue/catalogue.schemas';
import type { PageQuery } from '@centric/contracts/common/pagination.schemas';
import { fail } from '@centric/core/errors';
import {
  findChannel,
  insertChannel,
  insertSegment,
  insertTouchpoint,
  listChannels as listChannelRows,
  listSegments as listSegmentRows,
  listTouchpoints as listTouchpointRows,
} from '@centric/db/catalogue/catalogue.repository';
import { toPage } from '@centric/db/common/cursor';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { isUniqueViolation } from '../customers/customer.service';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';

const withIsoDate = <T extends { createdAt: Date; organisationId: string; updatedAt: Date }>({
  organisationId: _o,
  updatedAt: _u,
  ...row
}: T) => ({
  ...row,
  createdAt: iso(row.createdAt),
});

function pageOfRows<T extends { id: string; createdAt: Date; organisationId: string; updatedAt: Date }>(
  rows: T[],
  limit: number,
) {
  const page = toPage(rows, limit);
  return { items: page.items.map(withIsoDate), nextCursor: page.nextCursor };
}

function duplicateName(what: string, name: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw fail.conflict(`a ${what} named "${name}" already exists`);
    throw error;
  };
}

/** Lists segments. */
export async function listSegments(ctx: OrgContext, query: PageQuery) {
  authorize(ctx, 'catalogue.read');
  return pageOfRows(await listSegmentRows(ctx.deps.db, ctx.organisation.id, query), query.limit);
}
/** Lists channels. */
export async function listChannels(ctx: OrgContext, query: PageQuery) {
  authorize(ctx, 'catalogue.read');
  return pageOfRows(await listChannelRows(ctx.deps.db, ctx.organisation.id, query), query.limit);
}
/** Lists touchpoints. */
export async function listTouchpoints(
  ctx: OrgContext,
  query: PageQuery & { channelId?: string | undefined },
) {
  authorize(ctx, 'catalogue.read');
  return pageOfRows(await listTouchpointRows(ctx.deps.db, ctx.organisation.id, query), query.limit);
}

/** Adds a segment. */
export async function createSegment(ctx: OrgContext, input: z.output<typeof createSegmentBody>) {
  authorize(ctx, 'catalogue.write');
  return ctx.deps.db.transaction(async (tx) => {
    const row = await insertSegment(tx, { organisationId: ctx.organisation.id, ...input }).catch(
      duplicateName('segment', input.name),
    );
    await audit(ctx, tx, {
      action: 'create',
      entity: 'segment',
      entityId: row.id,
      changes: { name: row.name },
    });
    return withIsoDate(row);
  });
}
/** Adds a channel. */
export async function createChannel(ctx: OrgContext, input: z.output<typeof createChannelBody>) {
  authorize(ctx, 'catalogue.write');
  return ctx.deps.db.transaction(async (tx) => {
    const row = await insertChannel(tx, { organisationId: ctx.organisation.id, ...input }).catch(
      duplicateName('channel', input.name),
    );
    await audit(ctx, tx, {
      action: 'create',
      entity: 'channel',
      entityId: row.id,
      changes: { name: row.name },
    });
    return withIsoDate(row);
  });
}
/** Adds a touchpoint to a channel. */
export async function createTouchpoint(ctx: OrgContext, input: z.output<typeof createTouchpointBody>) {
  authorize(ctx, 'catalogue.write');
  return ctx.deps.db.transaction(async (tx) => {
    if (!(await findChannel(tx, ctx.organisation.id, input.channelId)))
      throw fail.invalid(`channel ${input.channelId} does not exist`);
    const row = await insertTouchpoint(tx, { organisationId: ctx.organisation.id, ...input }).catch(
      duplicateName('touchpoint', input.name),
    );
    await audit(ctx, tx, {
      action: 'create',
      entity: 'touchpoint',
      entityId: row.id,
      changes: { name: row.name },
    });
    return withIsoDate(row);
  });
}
