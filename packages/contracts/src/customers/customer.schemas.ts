import { z } from 'zod';
import { id, name } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';

const attributes = z.record(z.string().max(100), z.unknown());

/** A customer. */
export const customer = z.object({
  id,
  externalId: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  segmentId: id.nullable(),
  account: z.string().nullable(),
  homeUnitId: id.nullable(),
  attributes,
  createdAt: z.string(),
});
/** A customer. */
export type Customer = z.infer<typeof customer>;
/** A page of customers. */
export const customerPage = pageOf(customer);
/** Query of GET /customers. */
export const listCustomersQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional().describe('matches name, e-mail, external id or account'),
  segmentId: id.optional(),
});

/** A customer's page: the customer, their recent responses and their purchase totals. */
export const customerDetail = z.object({
  customer,
  responses: z.array(
    z.object({
      id,
      surveyId: id,
      score: z.number().nullable(),
      comment: z.string().nullable(),
      respondedAt: z.string(),
    }),
  ),
  purchases: z.object({
    count: z.number(),
    total: z.number(),
    first: z.string().nullable(),
    last: z.string().nullable(),
  }),
});

const customerFields = {
  externalId: z.string().trim().min(1).max(200).nullable(),
  name: name.nullable(),
  email: z
    .email({ message: 'must be an e-mail address' })
    .max(254)
    .transform((e) => e.toLowerCase())
    .nullable(),
  segmentId: id.nullable(),
  account: z.string().trim().max(200).nullable(),
  homeUnitId: id.nullable(),
  attributes,
};

/** Body of POST /customers. */
export const createCustomerBody = z.strictObject({
  externalId: customerFields.externalId.default(null),
  name: customerFields.name.default(null),
  email: customerFields.email.default(null),
  segmentId: customerFields.segmentId.default(null),
  account: customerFields.account.default(null),
  homeUnitId: customerFields.homeUnitId.default(null),
  attributes: customerFields.attributes.default({}),
});
/** Body of PATCH /customers/{id}: only the fields sent change. */
export const updateCustomerBody = z.strictObject(customerFields).partial();
