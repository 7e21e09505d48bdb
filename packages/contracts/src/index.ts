/** Zod schemas of every request and response, shared by the server, the web app and the CLI. */
export * from './api-keys/api-key.schemas';
export * from './audit/audit.schemas';
export * from './catalogue/catalogue.schemas';
export * from './common/error.schemas';
export * from './common/fields';
export * from './common/pagination.schemas';
export * from './customers/customer.schemas';
export * from './metrics/metric.schemas';
export * from './organisations/organisation.schemas';
export * from './outbox/outbox.schemas';
export * from './people/person.schemas';
export * from './responses/response.schemas';
export * from './surveys/survey.schemas';
export * from './transactions/transaction.schemas';
export * from './units/unit.schemas';
