import { CASE_STATUSES } from '@centric/core/voice/case-states';
import { z } from 'zod';
import { id } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';
import { response } from '../responses/response.schemas';

/** A note or event on a case. */
export const caseNote = z.object({
  id,
  kind: z.enum(['note', 'event']),
  text: z.string(),
  authorPersonId: id.nullable(),
  at: z.string(),
});

/** A closed-loop case. */
export const caseSummary = z.object({
  id,
  responseId: id,
  customerId: id.nullable(),
  unitId: id.nullable(),
  ownerPersonId: id.nullable(),
  status: z.enum(CASE_STATUSES),
  openedAt: z.string(),
  dueAt: z.string(),
  contactedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  overdue: z.boolean(),
  escalatedToPersonId: id.nullable(),
  rootCause: z.string().nullable(),
  recovered: z.enum(['pending', 'yes', 'no']).nullable(),
  reopenedCount: z.number().int(),
  score: z.number().int().nullable(),
  comment: z.string().nullable(),
});
/** A case in a list. */
export type CaseSummary = z.infer<typeof caseSummary>;
/** A page of cases. */
export const casePage = pageOf(caseSummary);

/** A case with its response, the customer's other responses and its notes. */
export const caseDetail = caseSummary.extend({
  response,
  history: z.array(response),
  notes: z.array(caseNote),
});
/** A case in full. */
export type CaseDetail = z.infer<typeof caseDetail>;

/** Query of GET /cases (newest first). */
export const listCasesQuery = pageQuery.extend({
  status: z
    .enum([...CASE_STATUSES, 'open'])
    .optional()
    .describe('`open`: new or contacted'),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('only cases the caller owns'),
});

/** Body of PATCH /cases/{id}: move the case on, with a note; closing needs a root cause from the list. */
export const updateCaseBody = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  note: z.string().trim().min(1).max(5000).optional(),
  rootCause: z.string().trim().min(1).max(200).optional(),
  followUp: z.boolean().optional().describe('on resolving: e-mail the customer a follow-up question'),
});
/** A validated case change. */
export type UpdateCase = z.infer<typeof updateCaseBody>;

/** What the closed loop achieved (GET /cases/stats). */
export const caseStatsBody = z.object({
  opened: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  contacted: z.number().int(),
  medianHoursToContact: z.number().nullable(),
  followUpsAnswered: z.number().int(),
  recoveryRate: z.number().nullable(),
});
