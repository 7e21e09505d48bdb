import type {
  LeavePeriod,
  listLeaveQuery,
  recordLeaveBody,
} from '@centric/contracts/commitments/leave.schemas';
import { dayNumber } from '@centric/core/commitments/calendar';
import { fail } from '@centric/core/errors';
import {
  deleteLeave,
  findLeave,
  insertLeave,
  type LeaveRow,
  listLeave as listLeaveRows,
} from '@centric/db/commitments/leave.repository';
import type { Executor } from '@centric/db/database';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { actingPerson, peopleByIds, requireSelfOrDelegate } from './leader-context';

/** The longest period of leave recorded at once (two years: parental leave, a sabbatical). */
const MAX_LEAVE_DAYS = 731;

/** Periods of leave as the API shows them (who recorded them looked up in one go). */
export async function presentLeave(
  ctx: OrgContext,
  db: Executor,
  rows: { leave: LeaveRow; personName: string }[],
): Promise<LeavePeriod[]> {
  const recorders = rows.flatMap((r) => (r.leave.recordedByPersonId ? [r.leave.recordedByPersonId] : []));
  const names = await peopleByIds(db, ctx, recorders).catch(() => new Map());
  return rows.map(({ leave: l, personName }) => ({
    id: l.id,
    personId: l.personId,
    personName,
    startsOn: l.startsOn,
    endsOn: l.endsOn,
    note: l.note,
    recordedBy: l.recordedByPersonId
      ? { id: l.recordedByPersonId, name: names.get(l.recordedByPersonId)?.name ?? 'a former colleague' }
      : null,
    createdAt: iso(l.createdAt),
  }));
}

/** Periods of leave (one leader's, or everyone's), earliest first. */
export async function listLeave(
  ctx: OrgContext,
  query: z.output<typeof listLeaveQuery>,
): Promise<{ items: LeavePeriod[] }> {
  authorize(ctx, 'leave.read');
  const rows = await listLeaveRows(ctx.deps.db, ctx.organisation.id, query);
  return { items: await presentLeave(ctx, ctx.deps.db, rows) };
}

/** Records a period of leave: the leader's own, or (as an admin) a leader's. It may not overlap another. */
export async function recordLeave(
  ctx: OrgContext,
  input: z.output<typeof recordLeaveBody>,
): Promise<LeavePeriod> {
  authorize(ctx, 'leave.write');
  const personId = input.personId ?? actingPerson(ctx);
  requireSelfOrDelegate(ctx, personId, 'record leave');
  if (dayNumber(input.endsOn) - dayNumber(input.startsOn) + 1 > MAX_LEAVE_DAYS)
    throw fail.invalid('record leave of at most two years at a time');
  return ctx.deps.db.transaction(async (tx) => {
    const person = (await peopleByIds(tx, ctx, [personId])).get(personId)!;
    const overlapping = await listLeaveRows(tx, ctx.organisation.id, {
      personId,
      from: input.startsOn,
      to: input.endsOn,
    });
    if (overlapping.length)
      throw fail.conflict(
        `${person.name} is already on leave from ${overlapping[0]!.leave.startsOn} to ${overlapping[0]!.leave.endsOn}`,
      );
    const row = await insertLeave(tx, {
      organisationId: ctx.organisation.id,
      personId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      note: input.note,
      recordedByPersonId: ctx.actor.personId,
    });
    await audit(ctx, tx, {
      action: 'create',
      entity: 'leave',
      entityId: row.id,
      changes: { personId, startsOn: row.startsOn, endsOn: row.endsOn },
    });
    const [item] = await presentLeave(ctx, tx, [{ leave: row, personName: person.name }]);
    return item!;
  });
}

/** Removes a period of leave (recorded by mistake, or cancelled): the leader's own, or as an admin. */
export async function removeLeave(ctx: OrgContext, id: string): Promise<void> {
  authorize(ctx, 'leave.write');
  const row = await findLeave(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('leave');
  requireSelfOrDelegate(ctx, row.personId, 'remove leave');
  await ctx.deps.db.transaction(async (tx) => {
    await deleteLeave(tx, ctx.organisation.id, id);
    await audit(ctx, tx, {
      action: 'delete',
      entity: 'leave',
      entityId: id,
      changes: { personId: row.personId, startsOn: row.startsOn, endsOn: row.endsOn },
    });
  });
}
