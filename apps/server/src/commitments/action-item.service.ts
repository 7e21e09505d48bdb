import type {
  ActionItem,
  createActionItemBody,
  listActionItemsQuery,
  updateActionItemBody,
} from '@centric/contracts/commitments/action-item.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import { fail } from '@centric/core/errors';
import {
  type ActionItemRow,
  findActionItem,
  insertActionItems,
  listActionItems as listActionItemRows,
  updateActionItemRow,
} from '@centric/db/commitments/action-item.repository';
import { toPage } from '@centric/db/common/cursor';
import type { Executor } from '@centric/db/database';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { peopleByIds, today } from './leader-context';

/** An action item as the API shows it. */
export function presentActionItem(row: { item: ActionItemRow; ownerName: string }, day: string): ActionItem {
  const a = row.item;
  return {
    id: a.id,
    title: a.title,
    owner: { id: a.ownerPersonId, name: row.ownerName },
    dueOn: a.dueOn,
    state: a.state,
    sourceKind: a.sourceKind,
    sourceId: a.sourceId,
    doneAt: iso(a.doneAt),
    overdue: a.dueOn !== null && a.dueOn < day && (a.state === 'open' || a.state === 'in_progress'),
    createdAt: iso(a.createdAt),
  };
}

/** Lists action items (an owner's, a source's), oldest first. */
export async function listActionItems(
  ctx: OrgContext,
  query: z.output<typeof listActionItemsQuery>,
): Promise<Page<ActionItem>> {
  authorize(ctx, 'actionItem.read');
  const rows = await listActionItemRows(ctx.deps.db, ctx.organisation.id, query);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.item.id })),
    query.limit,
  );
  const day = today(ctx);
  return { items: page.items.map((r) => presentActionItem(r, day)), nextCursor: page.nextCursor };
}

/**
 * Raises action items from a source, inside the caller's transaction: the one way every capability (feedback
 * reviews, decisions, cases) records a follow-up.
 */
export async function raiseActionItems(
  ctx: OrgContext,
  tx: Executor,
  source: { kind: ActionItemRow['sourceKind']; id: string | null },
  items: readonly { title: string; ownerId: string; dueOn: string | null }[],
): Promise<ActionItem[]> {
  const owners = await peopleByIds(
    tx,
    ctx,
    items.map((i) => i.ownerId),
  );
  const rows = await insertActionItems(
    tx,
    items.map((i) => ({
      organisationId: ctx.organisation.id,
      title: i.title,
      ownerPersonId: i.ownerId,
      dueOn: i.dueOn,
      sourceKind: source.kind,
      sourceId: source.id,
      createdByPersonId: ctx.actor.personId,
    })),
  );
  const day = today(ctx);
  return rows.map((item) =>
    presentActionItem({ item, ownerName: owners.get(item.ownerPersonId)!.name }, day),
  );
}

/** Adds an action item. */
export async function createActionItem(
  ctx: OrgContext,
  input: z.output<typeof createActionItemBody>,
): Promise<ActionItem> {
  authorize(ctx, 'actionItem.write');
  return ctx.deps.db.transaction(async (tx) => {
    const [item] = await raiseActionItems(ctx, tx, { kind: input.sourceKind, id: input.sourceId }, [input]);
    await audit(ctx, tx, {
      action: 'create',
      entity: 'action_item',
      entityId: item!.id,
      changes: { title: input.title },
    });
    return item!;
  });
}

/** Moves an action item on: its owner may change its state; managers and up may change anything. */
export async function updateActionItem(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updateActionItemBody>,
): Promise<ActionItem> {
  authorize(ctx, 'actionItem.read');
  const found = await findActionItem(ctx.deps.db, ctx.organisation.id, id);
  if (!found) throw fail.notFound('action item');
  const isOwner = ctx.actor.personId === found.item.ownerPersonId;
  const onlyState = Object.keys(input).every((k) => k === 'state');
  if (!(isOwner && onlyState)) authorize(ctx, 'actionItem.write');
  return ctx.deps.db.transaction(async (tx) => {
    if (input.ownerId) await peopleByIds(tx, ctx, [input.ownerId]);
    const { ownerId, ...rest } = input;
    const doneAt =
      input.state === undefined
        ? undefined
        : input.state === 'done'
          ? (found.item.doneAt ?? ctx.deps.clock.now())
          : null;
    await updateActionItemRow(tx, ctx.organisation.id, id, {
      ...rest,
      ...(ownerId ? { ownerPersonId: ownerId } : {}),
      ...(doneAt !== undefined ? { doneAt } : {}),
    });
    await audit(ctx, tx, { action: 'update', entity: 'action_item', entityId: id, changes: input });
    return presentActionItem((await findActionItem(tx, ctx.organisation.id, id))!, today(ctx));
  });
}
