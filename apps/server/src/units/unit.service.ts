import type { Page } from '@centric/contracts/common/pagination.schemas';
import type {
  createUnitBody,
  listUnitsQuery,
  Unit,
  updateUnitBody,
} from '@centric/contracts/units/unit.schemas';
import { fail } from '@centric/core/errors';
import { toPage } from '@centric/db/common/cursor';
import { findPerson } from '@centric/db/people/person.repository';
import {
  deleteUnit as deleteUnitRow,
  findUnit,
  insertUnit,
  listUnits as listUnitRows,
  moveUnit,
  type UnitRow,
  unitDependants,
  updateUnitFields,
} from '@centric/db/units/unit.repository';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { reattributeResponses } from '../responses/response.reattribution';

/** A unit as the API shows it. */
export function presentUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    kind: row.kind,
    headPersonId: row.headPersonId,
    createdAt: iso(row.createdAt),
  };
}

/** Lists the organisation's units. */
export async function listUnits(
  ctx: OrgContext,
  query: z.output<typeof listUnitsQuery>,
): Promise<Page<Unit>> {
  authorize(ctx, 'unit.read');
  const rows = await listUnitRows(ctx.deps.db, ctx.organisation.id, query);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(presentUnit), nextCursor: page.nextCursor };
}

/** Reads one unit. */
export async function getUnit(ctx: OrgContext, id: string): Promise<Unit> {
  authorize(ctx, 'unit.read');
  const row = await findUnit(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('unit');
  return presentUnit(row);
}

/** Adds a unit to the tree. */
export async function createUnit(ctx: OrgContext, input: z.output<typeof createUnitBody>): Promise<Unit> {
  authorize(ctx, 'unit.write');
  return ctx.deps.db.transaction(async (tx) => {
    const parent = input.parentId ? await findUnit(tx, ctx.organisation.id, input.parentId) : null;
    if (input.parentId && !parent) throw fail.invalid(`parent unit ${input.parentId} does not exist`);
    if (input.headPersonId && !(await findPerson(tx, ctx.organisation.id, input.headPersonId))) {
      throw fail.invalid(`head person ${input.headPersonId} does not exist`);
    }
    const row = await insertUnit(
      tx,
      {
        id: uuidv7(),
        organisationId: ctx.organisation.id,
        name: input.name,
        kind: input.kind,
        parentId: parent?.id ?? null,
        headPersonId: input.headPersonId,
      },
      parent?.path ?? null,
    );
    await audit(ctx, tx, {
      action: 'create',
      entity: 'unit',
      entityId: row.id,
      changes: { name: row.name, kind: row.kind, parentId: row.parentId },
    });
    return presentUnit(row);
  });
}

/** Renames, re-kinds, re-heads or moves a unit (with its subtree). */
export async function updateUnit(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updateUnitBody>,
): Promise<Unit> {
  authorize(ctx, 'unit.write');
  return ctx.deps.db.transaction(async (tx) => {
    const unit = await findUnit(tx, ctx.organisation.id, id);
    if (!unit) throw fail.notFound('unit');
    if (input.headPersonId && !(await findPerson(tx, ctx.organisation.id, input.headPersonId))) {
      throw fail.invalid(`head person ${input.headPersonId} does not exist`);
    }
    if (input.parentId !== undefined && input.parentId !== unit.parentId) {
      const parent = input.parentId ? await findUnit(tx, ctx.organisation.id, input.parentId) : null;
      if (input.parentId && !parent) throw fail.invalid(`parent unit ${input.parentId} does not exist`);
      if (parent?.path.startsWith(unit.path))
        throw fail.invalid('a unit cannot move under itself or one of its descendants');
      await moveUnit(tx, unit, parent ?? null);
    }
    const { parentId: _moved, ...fields } = input;
    const row =
      Object.keys(fields).length > 0
        ? await updateUnitFields(tx, ctx.organisation.id, id, fields)
        : ((await findUnit(tx, ctx.organisation.id, id)) as UnitRow);
    await audit(ctx, tx, { action: 'update', entity: 'unit', entityId: id, changes: input });
    return presentUnit(row);
  });
}

/** Deletes an empty unit (no child units, no people); its responses are kept, attributed to no unit. */
export async function deleteUnit(ctx: OrgContext, id: string): Promise<void> {
  authorize(ctx, 'unit.write');
  await ctx.deps.db.transaction(async (tx) => {
    const unit = await findUnit(tx, ctx.organisation.id, id);
    if (!unit) throw fail.notFound('unit');
    const dependants = await unitDependants(tx, ctx.organisation.id, id);
    if (dependants.children > 0 || dependants.people > 0) {
      throw fail.conflict(
        `${unit.name} still has ${dependants.children} sub-unit(s) and ${dependants.people} person(s): move them first`,
        dependants,
      );
    }
    // Its answers stay, attributed to no unit, through the write path so the rollups move with them.
    const responses = await reattributeResponses(ctx, tx, { dimension: 'unit', fromId: id, toId: null });
    await deleteUnitRow(tx, ctx.organisation.id, id);
    await audit(ctx, tx, {
      action: 'delete',
      entity: 'unit',
      entityId: id,
      changes: { name: unit.name, responsesUnattributed: responses },
    });
  });
}
