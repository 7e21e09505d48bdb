import { createHash } from 'node:crypto';
import type { CreateResponse, Response } from '@centric/contracts/responses/response.schemas';
import { fail } from '@centric/core/errors';
import { findIdempotencyKey, insertIdempotencyKey } from '@centric/db/idempotency/idempotency.repository';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { presentResponse } from './response.service';
import { createResponses } from './response.writer';

/** What POST /responses answers: one response, or `{ items }` for a batch. */
export type RecordedBody = Response | { items: Response[] };

/**
 * Records one response or a batch (all or nothing). With an `Idempotency-Key`, the first answer is stored in the
 * same transaction as the rows, and a retry with the same key and body stores nothing and gets that answer back.
 */
export async function recordResponses(
  ctx: OrgContext,
  input: CreateResponse | CreateResponse[],
  idempotencyKey: string | undefined,
): Promise<{ status: number; body: RecordedBody }> {
  authorize(ctx, 'response.write');
  const items = Array.isArray(input) ? input : [input];
  const present = (rows: Awaited<ReturnType<typeof createResponses>>): RecordedBody =>
    Array.isArray(input) ? { items: rows.map(presentResponse) } : presentResponse(rows[0]!);
  if (!idempotencyKey) return { status: 201, body: present(await createResponses(ctx, items)) };

  const org = ctx.organisation.id;
  const key = `api:responses:${idempotencyKey}`;
  const requestHash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  const replay = async () => {
    const stored = await findIdempotencyKey(ctx.deps.db, org, key);
    if (!stored) return undefined;
    if (stored.requestHash !== requestHash)
      throw fail.conflict('this Idempotency-Key was already used with a different request body');
    return { status: stored.status, body: stored.body as RecordedBody };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  let body: RecordedBody | undefined;
  try {
    await createResponses(ctx, items, {
      async inTransaction(tx, rows) {
        body = present(rows);
        await insertIdempotencyKey(tx, {
          organisationId: org,
          key,
          requestHash,
          status: 201,
          body,
          createdAt: ctx.deps.clock.now(),
        });
      },
    });
  } catch (error) {
    // A concurrent twin with the same key committed first: its rows stand, ours were rolled back.
    const twin = await replay();
    if (twin) return twin;
    throw error;
  }
  return { status: 201, body: body! };
}
