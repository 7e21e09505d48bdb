import type {
  Commitment,
  createCommitmentBody,
  endCommitmentBody,
  listCommitmentsQuery,
  pauseCommitmentBody,
  resumeCommitmentBody,
} from '@centric/contracts/commitments/commitment.schemas';
import type { CommitmentFacts } from '@centric/core/commitments/walker-index';
import { fail } from '@centric/core/errors';
import { findBehaviour } from '@centric/db/commitments/behaviour.repository';
import {
  type CommitmentWithParts,
  closeOpenPause,
  endCommitmentRow,
  findCommitment,
  insertCommitment,
  insertPause,
  listCommitments as listCommitmentRows,
} from '@centric/db/commitments/commitment.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { presentBehaviour } from './behaviour.service';
import { actingPerson, peopleByIds, requireSelfOrDelegate, today } from './leader-context';

/** The status of a commitment on a day. */
export function commitmentStatus(c: CommitmentWithParts, day: string): Commitment['status'] {
  if (c.commitment.endsOn !== null && c.commitment.endsOn < day) return 'ended';
  if (c.commitment.startsOn > day) return 'upcoming';
  if (c.pauses.some((p) => p.startsOn <= day && (p.endsOn === null || p.endsOn >= day))) return 'paused';
  return c.commitment.endsOn !== null ? 'ended' : 'active';
}

/** A commitment as the API shows it. */
export function presentCommitment(c: CommitmentWithParts, day: string): Commitment {
  return {
    id: c.commitment.id,
    personId: c.commitment.personId,
    personName: c.personName,
    behaviour: presentBehaviour(c.behaviour),
    target: c.commitment.target,
    note: c.commitment.note,
    startsOn: c.commitment.startsOn,
    endsOn: c.commitment.endsOn,
    endReason: c.commitment.endReason,
    status: commitmentStatus(c, day),
    pauses: c.pauses.map((p) => ({ id: p.id, startsOn: p.startsOn, endsOn: p.endsOn, reason: p.reason })),
    createdAt: iso(c.commitment.createdAt),
  };
}

/** What the Walker index needs of a commitment. */
export function commitmentFacts(c: CommitmentWithParts): CommitmentFacts {
  return {
    id: c.commitment.id,
    personId: c.commitment.personId,
    cadence: c.behaviour.cadence,
    evidenceKind: c.behaviour.evidenceKind,
    target: c.commitment.target,
    startsOn: c.commitment.startsOn,
    endsOn: c.commitment.endsOn,
    pauses: c.pauses.map((p) => ({ first: p.startsOn, last: p.endsOn })),
  };
}

/** Orders leaders the way Centric shows them: the CEO first, then by name. */
export function ceoFirst<T>(
  ctx: OrgContext,
  items: T[],
  personOf: (t: T) => { id: string; name: string },
): T[] {
  const ceo = ctx.organisation.ceoPersonId;
  return [...items].sort((a, b) => {
    const pa = personOf(a);
    const pb = personOf(b);
    if ((pa.id === ceo) !== (pb.id === ceo)) return pa.id === ceo ? -1 : 1;
    return pa.name.localeCompare(pb.name) || pa.id.localeCompare(pb.id);
  });
}

/** Every commitment, visible to the whole organisation, the CEO's first. */
export async function listCommitments(
  ctx: OrgContext,
  query: z.output<typeof listCommitmentsQuery>,
): Promise<{ items: Commitment[] }> {
  authorize(ctx, 'commitment.read');
  const day = today(ctx);
  const rows = await listCommitmentRows(ctx.deps.db, ctx.organisation.id, { personId: query.personId });
  const items = ceoFirst(
    ctx,
    rows.map((r) => presentCommitment(r, day)),
    (c) => ({ id: c.personId, name: c.personName }),
  ).filter((c) => !query.status || c.status === query.status);
  return { items };
}

/** Commits a leader (the caller, unless an admin records it for someone) to a behaviour. */
export async function createCommitment(
  ctx: OrgContext,
  input: z.output<typeof createCommitmentBody>,
): Promise<Commitment> {
  authorize(ctx, 'commitment.write');
  const personId = input.personId ?? actingPerson(ctx);
  requireSelfOrDelegate(ctx, personId, 'make commitments');
  return ctx.deps.db.transaction(async (tx) => {
    await peopleByIds(tx, ctx, [personId]);
    const behaviour = await findBehaviour(tx, ctx.organisation.id, input.behaviourId);
    if (!behaviour) throw fail.invalid(`behaviour ${input.behaviourId} does not exist`);
    if (behaviour.archived) throw fail.invalid(`"${behaviour.name}" is retired and takes no new commitments`);
    const existing = await listCommitmentRows(tx, ctx.organisation.id, { personId });
    if (existing.some((c) => c.commitment.behaviourId === behaviour.id && c.commitment.endsOn === null))
      throw fail.conflict(`already committed to "${behaviour.name}": end that commitment first`);
    const row = await insertCommitment(tx, {
      organisationId: ctx.organisation.id,
      personId,
      behaviourId: behaviour.id,
      target: behaviour.cadence === 'per_decision' ? 1 : input.target,
      note: input.note,
      startsOn: input.startsOn ?? today(ctx),
    });
    await audit(ctx, tx, {
      action: 'create',
      entity: 'commitment',
      entityId: row.id,
      changes: { personId, behaviour: behaviour.name, target: row.target },
    });
    return presentCommitment((await findCommitment(tx, ctx.organisation.id, row.id))!, today(ctx));
  });
}

async function ownCommitment(ctx: OrgContext, id: string, what: string) {
  authorize(ctx, 'commitment.read');
  const found = await findCommitment(ctx.deps.db, ctx.organisation.id, id);
  if (!found) throw fail.notFound('commitment');
  requireSelfOrDelegate(ctx, found.commitment.personId, what);
  return found;
}

/** Pauses a commitment from a day (default today), with a reason: paused days are not due. */
export async function pauseCommitment(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof pauseCommitmentBody>,
): Promise<Commitment> {
  const found = await ownCommitment(ctx, id, 'pause commitments');
  const from = input.from ?? today(ctx);
  if (found.commitment.endsOn !== null) throw fail.conflict('the commitment has ended');
  if (found.pauses.some((p) => p.endsOn === null)) throw fail.conflict('the commitment is already paused');
  return ctx.deps.db.transaction(async (tx) => {
    await insertPause(tx, {
      organisationId: ctx.organisation.id,
      commitmentId: id,
      startsOn: from,
      reason: input.reason,
    });
    await audit(ctx, tx, {
      action: 'pause',
      entity: 'commitment',
      entityId: id,
      changes: { from, reason: input.reason },
    });
    return presentCommitment((await findCommitment(tx, ctx.organisation.id, id))!, today(ctx));
  });
}

/** Resumes a paused commitment on a day (default today). */
export async function resumeCommitment(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof resumeCommitmentBody>,
): Promise<Commitment> {
  await ownCommitment(ctx, id, 'resume commitments');
  const on = input.on ?? today(ctx);
  return ctx.deps.db.transaction(async (tx) => {
    // The pause covers the days up to the one before resuming.
    const lastPaused = new Date(Date.parse(`${on}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (!(await closeOpenPause(tx, ctx.organisation.id, id, lastPaused)))
      throw fail.conflict('the commitment is not paused');
    await audit(ctx, tx, { action: 'resume', entity: 'commitment', entityId: id, changes: { on } });
    return presentCommitment((await findCommitment(tx, ctx.organisation.id, id))!, today(ctx));
  });
}

/** Ends a commitment on a day (default today), with a reason; its history stays. */
export async function endCommitment(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof endCommitmentBody>,
): Promise<Commitment> {
  const found = await ownCommitment(ctx, id, 'end commitments');
  if (found.commitment.endsOn !== null) throw fail.conflict('the commitment has already ended');
  const on = input.on ?? today(ctx);
  if (on < found.commitment.startsOn) throw fail.invalid('a commitment cannot end before it starts');
  return ctx.deps.db.transaction(async (tx) => {
    await closeOpenPause(tx, ctx.organisation.id, id, on);
    await endCommitmentRow(tx, ctx.organisation.id, id, { endsOn: on, endReason: input.reason });
    await audit(ctx, tx, {
      action: 'end',
      entity: 'commitment',
      entityId: id,
      changes: { on, reason: input.reason },
    });
    return presentCommitment((await findCommitment(tx, ctx.organisation.id, id))!, today(ctx));
  });
}
