import { z } from 'zod';
import { id, isoDate, name } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** Expected direction of a decision's effect on customers. */
export const customerImpact = z.enum(['positive', 'neutral', 'negative']);

/** A decision of the decision log. */
export const decision = z.object({
  id,
  title: z.string(),
  description: z.string(),
  decidedOn: z.string(),
  decidedBy: z.object({ id, name: z.string() }),
  customerBenefit: z.string().nullable(),
  customerImpact: customerImpact.nullable(),
  expectedClvEffect: z.number().nullable(),
  clvNote: z.string().nullable(),
  unitIds: z.array(id),
  /** Whether it answers "what is in this for our customers?" with an expected impact. */
  recordsCustomerImpact: z.boolean(),
  /** Whether its expected CLV effect is recorded. */
  recordsClvEffect: z.boolean(),
  createdAt: z.string(),
});
/** A decision. */
export type Decision = z.infer<typeof decision>;
/** A page of decisions, newest first. */
export const decisionPage = pageOf(decision);
/** Query of GET /decisions. */
export const listDecisionsQuery = pageQuery.extend({ decidedBy: id.optional() });

const fields = {
  title: name,
  description: z.string().trim().max(4000),
  decidedOn: isoDate,
  customerBenefit: z
    .string()
    .trim()
    .min(3)
    .max(2000)
    .nullable()
    .describe('what is in this for our customers?'),
  customerImpact: customerImpact.nullable(),
  expectedClvEffect: z.number().min(-1e12).max(1e12).nullable(),
  clvNote: z.string().trim().max(1000).nullable(),
  unitIds: z.array(id).max(100),
};
/** Body of POST /decisions. */
export const createDecisionBody = z.strictObject({
  title: fields.title,
  description: fields.description.default(''),
  decidedOn: fields.decidedOn.optional().describe('defaults to today'),
  decidedBy: id.optional().describe('defaults to the caller'),
  customerBenefit: fields.customerBenefit.default(null),
  customerImpact: fields.customerImpact.default(null),
  expectedClvEffect: fields.expectedClvEffect.default(null),
  clvNote: fields.clvNote.default(null),
  unitIds: fields.unitIds.default([]),
});
/** Body of PATCH /decisions/{id}: only the fields sent change. */
export const updateDecisionBody = z.strictObject(fields).partial();
