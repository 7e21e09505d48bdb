import { z } from 'zod';
import { id, isoDate, name } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** States of an action item. */
export const actionItemState = z.enum(['open', 'in_progress', 'done', 'cancelled']);
/** What raised an action item. */
export const actionItemSource = z.enum(['feedback_review', 'decision', 'case', 'manual']);

/** A follow-up with an owner and a due date. */
export const actionItem = z.object({
  id,
  title: z.string(),
  owner: z.object({ id, name: z.string() }),
  dueOn: z.string().nullable(),
  state: actionItemState,
  sourceKind: actionItemSource,
  sourceId: id.nullable(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
/** An action item. */
export type ActionItem = z.infer<typeof actionItem>;
/** A page of action items. */
export const actionItemPage = pageOf(actionItem);
/** Query of GET /action-items. */
export const listActionItemsQuery = pageQuery.extend({
  ownerId: id.optional(),
  state: actionItemState.optional(),
  sourceKind: actionItemSource.optional(),
  sourceId: id.optional(),
});
/** An action item as given when raised (in a meeting, on a decision). */
export const newActionItem = z.strictObject({
  title: name,
  ownerId: id,
  dueOn: isoDate.nullable().default(null),
});
/** Body of POST /action-items. */
export const createActionItemBody = newActionItem.extend({
  sourceKind: actionItemSource.default('manual'),
  sourceId: id.nullable().default(null),
});
/** Body of PATCH /action-items/{id}. */
export const updateActionItemBody = z
  .strictObject({ title: name, ownerId: id, dueOn: isoDate.nullable(), state: actionItemState })
  .partial();
