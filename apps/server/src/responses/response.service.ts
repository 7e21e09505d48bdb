import type { Page } from '@centric/contracts/common/pagination.schemas';
import type {
  listResponsesQuery,
  Response,
  UpdateResponse,
} from '@centric/contracts/responses/response.schemas';
import { fail } from '@centric/core/errors';
import { toPage } from '@centric/db/common/cursor';
import {
  findResponse,
  listResponses as listResponseRows,
  type ResponseRow,
} from '@centric/db/responses/response.repository';
import { findUnit } from '@centric/db/units/unit.repository';
import type { z } from 'zod';
import { authorize, unitScope } from '../auth/authorize';
import type { OrgContext } from '../context';
import { iso } from '../platform/present';
import { withResponseText } from '../text/response-text';
import { deleteResponse, updateResponse } from './response.writer';

/** A response as the API shows it. */
export function presentResponse(row: ResponseRow): Response {
  return {
    id: row.id,
    surveyId: row.surveyId,
    score: row.score,
    comment: row.comment,
    customerId: row.customerId,
    channelId: row.channelId,
    touchpointId: row.touchpointId,
    segmentId: row.segmentId,
    unitId: row.unitId,
    employeeId: row.employeeId,
    answers: row.answers,
    source: row.source,
    language: row.language,
    respondedAt: iso(row.respondedAt),
    createdAt: iso(row.createdAt),
  };
}

/** Lists responses, newest first; managers see their own unit's subtree only. */
export async function listResponses(
  ctx: OrgContext,
  query: z.output<typeof listResponsesQuery>,
): Promise<Page<Response>> {
  authorize(ctx, 'response.read');
  const scope = await unitScope(ctx, 'response.read');
  let unitPathPrefix = scope;
  if (query.unitId) {
    const unit = await findUnit(ctx.deps.db, ctx.organisation.id, query.unitId);
    if (!unit) throw fail.invalid(`unit ${query.unitId} does not exist`);
    // A filter can narrow the scope but never widen it.
    if (scope && !`${unit.path}`.startsWith(scope.slice(0, -1)))
      throw fail.forbidden('that unit is outside your part of the organisation');
    unitPathPrefix = `${unit.path}%`;
  }
  const rows = await listResponseRows(ctx.deps.db, ctx.organisation.id, {
    ...query,
    unitPathPrefix,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    sentiment: query.sentiment,
    themeId: query.theme,
  });
  const page = toPage(rows, query.limit);
  const items = await withResponseText(ctx.deps.db, ctx.organisation.id, page.items.map(presentResponse));
  return { items, nextCursor: page.nextCursor };
}

/** Reads one response (within the actor's scope). */
export async function getResponse(ctx: OrgContext, id: string): Promise<Response> {
  authorize(ctx, 'response.read');
  const row = await findResponse(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('response');
  const scope = await unitScope(ctx, 'response.read');
  if (scope) {
    const unit = row.unitId ? await findUnit(ctx.deps.db, ctx.organisation.id, row.unitId) : undefined;
    if (!unit?.path.startsWith(scope.slice(0, -1))) throw fail.notFound('response');
  }
  const [withText] = await withResponseText(ctx.deps.db, ctx.organisation.id, [presentResponse(row)]);
  return withText!;
}

/** Edits or re-attributes a response. */
export async function editResponse(ctx: OrgContext, id: string, input: UpdateResponse): Promise<Response> {
  authorize(ctx, 'response.write');
  return presentResponse(await updateResponse(ctx, id, input));
}

/** Deletes a response. */
export async function removeResponse(ctx: OrgContext, id: string): Promise<void> {
  authorize(ctx, 'response.write');
  await deleteResponse(ctx, id);
}
