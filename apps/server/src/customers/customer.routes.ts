import { idParams } from '@centric/contracts/common/fields';
import {
  createCustomerBody,
  customer,
  customerDetail,
  customerPage,
  listCustomersQuery,
  updateCustomerBody,
} from '@centric/contracts/customers/customer.schemas';
import { ERRORS, type RouteEnv, SECURED } from '../http/route-kit';
import { createCustomer, getCustomer, listCustomers, updateCustomer } from './customer.service';

/** Routes of customers. */
export function customerRoutes({ app, ctx }: RouteEnv): void {
  const tags = ['customers'];
  app.get(
    '/api/v1/customers',
    {
      schema: {
        tags,
        summary: 'List and search customers',
        security: SECURED,
        querystring: listCustomersQuery,
        response: { 200: customerPage, ...ERRORS },
      },
    },
    async (req) => listCustomers(await ctx(req), req.query),
  );
  app.post(
    '/api/v1/customers',
    {
      schema: {
        tags,
        summary: 'Add a customer',
        security: SECURED,
        body: createCustomerBody,
        response: { 201: customer, ...ERRORS },
      },
    },
    async (req, reply) => reply.status(201).send(await createCustomer(await ctx(req), req.body)),
  );
  app.get(
    '/api/v1/customers/:id',
    {
      schema: {
        tags,
        summary: 'A customer with recent responses and purchases',
        security: SECURED,
        params: idParams,
        response: { 200: customerDetail, ...ERRORS },
      },
    },
    async (req) => getCustomer(await ctx(req), req.params.id),
  );
  app.patch(
    '/api/v1/customers/:id',
    {
      schema: {
        tags,
        summary: 'Change a customer',
        security: SECURED,
        params: idParams,
        body: updateCustomerBody,
        response: { 200: customer, ...ERRORS },
      },
    },
    async (req) => updateCustomer(await ctx(req), req.params.id, req.body),
  );
}
