import type { Page } from '@centric/contracts/common/pagination.schemas';
import type {
  Customer,
  createCustomerBody,
  customerDetail,
  listCustomersQuery,
  updateCustomerBody,
} from '@centric/contracts/customers/customer.schemas';
import { fail } from '@centric/core/errors';
import { findSegment } from '@centric/db/catalogue/catalogue.repository';
import { toPage } from '@centric/db/common/cursor';
import {
  type CustomerRow,
  customerHistory,
  findCustomer,
  insertCustomer,
  listCustomers as listCustomerRows,
  updateCustomer as updateCustomerRow,
} from '@centric/db/customers/customer.repository';
import type { Executor } from '@centric/db/database';
import { findUnit } from '@centric/db/units/unit.repository';
import type { z } from 'zod';
import { authorize, unitScope } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';

/** A customer as the API shows it. */
export function presentCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    externalId: row.externalId,
    name: row.name,
    email: row.email,
    segmentId: row.segmentId,
    account: row.account,
    homeUnitId: row.homeUnitId,
    attributes: row.attributes,
    createdAt: iso(row.createdAt),
  };
}

/** Lists and searches customers. */
export async function listCustomers(
  ctx: OrgContext,
  query: z.output<typeof listCustomersQuery>,
): Promise<Page<Customer>> {
  authorize(ctx, 'customer.read');
  const unitPathPrefix = await unitScope(ctx, 'customer.read');
  const page = toPage(
    await listCustomerRows(ctx.deps.db, ctx.organisation.id, { ...query, unitPathPrefix }),
    query.limit,
  );
  return { items: page.items.map(presentCustomer), nextCursor: page.nextCursor };
}

/** A customer with their recent responses and purchase totals. */
export async function getCustomer(ctx: OrgContext, id: string): Promise<z.output<typeof customerDetail>> {
  authorize(ctx, 'customer.read');
  const row = await findCustomer(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('customer');
  const scope = await unitScope(ctx, 'customer.read');
  if (scope) {
    const home = row.homeUnitId
      ? await findUnit(ctx.deps.db, ctx.organisation.id, row.homeUnitId)
      : undefined;
    // Outside the manager's part of the organisation, the customer does not exist for them.
    if (!home?.path.startsWith(scope.slice(0, -1))) throw fail.notFound('customer');
  }
  const history = await customerHistory(ctx.deps.db, ctx.organisation.id, id);
  return {
    customer: presentCustomer(row),
    responses: history.recent.map((r) => ({ ...r, respondedAt: iso(r.respondedAt) })),
    purchases: {
      count: Number(history.purchases.count),
      total: Number(history.purchases.total ?? 0),
      first: history.purchases.first ? iso(new Date(history.purchases.first)) : null,
      last: history.purchases.last ? iso(new Date(history.purchases.last)) : null,
    },
  };
}

/** Adds a customer. */
export async function createCustomer(
  ctx: OrgContext,
  input: z.output<typeof createCustomerBody>,
): Promise<Customer> {
  authorize(ctx, 'customer.write');
  return ctx.deps.db.transaction(async (tx) => {
    await checkCustomerReferences(ctx, tx, input);
    const row = await insertCustomer(tx, { organisationId: ctx.organisation.id, ...input }).catch(
      uniqueExternalId(input.externalId),
    );
    await audit(ctx, tx, { action: 'create', entity: 'customer', entityId: row.id });
    return presentCustomer(row);
  });
}

/** Changes a customer. */
export async function updateCustomer(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updateCustomerBody>,
): Promise<Customer> {
  authorize(ctx, 'customer.write');
  return ctx.deps.db.transaction(async (tx) => {
    if (!(await findCustomer(tx, ctx.organisation.id, id))) throw fail.notFound('customer');
    await checkCustomerReferences(ctx, tx, input);
    const row = await updateCustomerRow(tx, ctx.organisation.id, id, input).catch(
      uniqueExternalId(input.externalId),
    );
    await audit(ctx, tx, {
      action: 'update',
      entity: 'customer',
      entityId: id,
      changes: { fields: Object.keys(input) },
    });
    return presentCustomer(row);
  });
}

async function checkCustomerReferences(
  ctx: OrgContext,
  tx: Executor,
  input: { segmentId?: string | null; homeUnitId?: string | null },
) {
  if (input.segmentId && !(await findSegment(tx, ctx.organisation.id, input.segmentId)))
    throw fail.invalid(`segment ${input.segmentId} does not exist`);
  if (input.homeUnitId && !(await findUnit(tx, ctx.organisation.id, input.homeUnitId)))
    throw fail.invalid(`unit ${input.homeUnitId} does not exist`);
}

function uniqueExternalId(externalId: string | null | undefined) {
  return (error: unknown): never => {
    if (isUniqueViolation(error))
      throw fail.conflict(`a customer with external id "${externalId}" already exists`);
    throw error;
  };
}

/** True for PostgreSQL's unique-violation error, whichever driver raised it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
