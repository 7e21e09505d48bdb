import type {
  Behaviour,
  createBehaviourBody,
  updateBehaviourBody,
} from '@centric/contracts/commitments/behaviour.schemas';
import { fail } from '@centric/core/errors';
import {
  type BehaviourRow,
  findBehaviour,
  insertBehaviour,
  listBehaviours as listBehaviourRows,
  updateBehaviour as updateBehaviourRow,
} from '@centric/db/commitments/behaviour.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';

/** A behaviour as the API shows it. */
export function presentBehaviour(row: BehaviourRow): Behaviour {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    cadence: row.cadence,
    evidenceKind: row.evidenceKind,
    evidenceHint: row.evidenceHint,
    position: row.position,
    archived: row.archived,
  };
}

/** The organisation's behaviour catalogue. */
export async function listBehaviours(ctx: OrgContext): Promise<{ items: Behaviour[] }> {
  authorize(ctx, 'behaviour.read');
  return { items: (await listBehaviourRows(ctx.deps.db, ctx.organisation.id)).map(presentBehaviour) };
}

/** Adds an organisation's own behaviour at the end of the catalogue. */
export async function createBehaviour(
  ctx: OrgContext,
  input: z.output<typeof createBehaviourBody>,
): Promise<Behaviour> {
  authorize(ctx, 'behaviour.write');
  return ctx.deps.db.transaction(async (tx) => {
    const existing = await listBehaviourRows(tx, ctx.organisation.id);
    const position = Math.max(0, ...existing.map((b) => b.position)) + 1;
    const row = await insertBehaviour(tx, { organisationId: ctx.organisation.id, ...input, position });
    await audit(ctx, tx, {
      action: 'create',
      entity: 'behaviour',
      entityId: row.id,
      changes: { name: row.name },
    });
    return presentBehaviour(row);
  });
}

/** Edits a behaviour of the catalogue (seeded ones too: the eight are a starting point). */
export async function updateBehaviour(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updateBehaviourBody>,
): Promise<Behaviour> {
  authorize(ctx, 'behaviour.write');
  return ctx.deps.db.transaction(async (tx) => {
    if (!(await findBehaviour(tx, ctx.organisation.id, id))) throw fail.notFound('behaviour');
    const row = await updateBehaviourRow(tx, ctx.organisation.id, id, input);
    await audit(ctx, tx, {
      action: 'update',
      entity: 'behaviour',
      entityId: id,
      changes: { fields: Object.keys(input) },
    });
    return presentBehaviour(row);
  });
}
