import { z } from 'zod';
import { id } from '../common/fields';

/** An organisation's voice settings: case rules, reminder, contact rule and edit window. */
export const voiceSettings = z.object({
  caseRules: z.object({
    npsAtMost: z.number().int().min(-1).max(10),
    csatAtMost: z.number().int().min(0).max(5),
    cesAtLeast: z.number().int().min(1).max(8),
    slaHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    rootCauses: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
  }),
  reminderDays: z.number().int().min(0).max(60),
  contactEveryDays: z.number().int().min(0).max(365),
  editMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});
/** Voice settings. */
export type VoiceSettings = z.infer<typeof voiceSettings>;

/** An anonymous link or website widget of a survey. */
export const surveyLink = z.object({
  id,
  surveyId: id,
  kind: z.enum(['link', 'widget']),
  url: z.string().describe('the link to share'),
  snippet: z.string().nullable().describe('HTML to paste into a website (widgets)'),
  unitId: id.nullable(),
  channelId: id.nullable(),
  touchpointId: id.nullable(),
  createdAt: z.string(),
});
/** Body of POST /surveys/{id}/links. */
export const createSurveyLinkBody = z.strictObject({
  kind: z.enum(['link', 'widget']).default('link'),
  unitId: id.nullable().default(null),
  channelId: id.nullable().default(null),
  touchpointId: id.nullable().default(null),
});
/** The links of a survey. */
export const surveyLinkList = z.object({ items: z.array(surveyLink) });

/** Body of POST /surveys/{id}/invitations: whom to invite (customers, segments or a contact CSV). */
export const inviteCustomersBody = z
  .strictObject({
    customerIds: z.array(id).max(10_000).default([]),
    segmentIds: z.array(id).max(100).default([]),
    contactsCsv: z
      .string()
      .max(5_000_000)
      .optional()
      .describe('CSV with a header: email (required), name, language, unit, channel'),
    language: z.string().min(2).max(15).optional().describe('when a contact has none'),
    unitId: id.nullable().default(null),
    channelId: id.nullable().default(null),
    employeeId: id.nullable().default(null),
    dryRun: z
      .boolean()
      .default(false)
      .describe('parse and check only: answers who would be invited and who skipped, sends nothing'),
  })
  .refine((b) => b.customerIds.length > 0 || b.segmentIds.length > 0 || b.contactsCsv, {
    message: 'name customers, segments or give a contacts CSV',
  });
/** A validated invitation request. */
export type InviteCustomers = z.infer<typeof inviteCustomersBody>;

/** What an invitation request did. */
export const inviteCustomersResult = z.object({
  invited: z.number().int().describe('invitations sent (0 on a dry run)'),
  recipients: z
    .array(z.object({ email: z.string(), name: z.string().nullable(), language: z.string().nullable() }))
    .describe('who was (or, on a dry run, would be) invited'),
  skipped: z.array(
    z.object({
      email: z.string(),
      reason: z.string(),
      line: z.number().int().nullable().describe('line of the contacts CSV, when it came from there'),
    }),
  ),
});

/** A customer invitation as staff see it (never its token). */
export const surveyInvitation = z.object({
  id,
  surveyId: id,
  customerId: id.nullable(),
  email: z.string(),
  language: z.string().nullable(),
  sentAt: z.string(),
  remindAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  responseId: id.nullable(),
  unsubscribed: z.boolean().describe('the contact has since asked for no more surveys'),
});
/** The invitations of a survey. */
export const surveyInvitationList = z.object({ items: z.array(surveyInvitation) });

/** Body of the customer's answer on the public page. */
export const publicAnswerBody = z.strictObject({
  /** A random id the page makes once, so a retried or double-tapped submission stores one response. */
  submissionId: z.string().min(8).max(64),
  score: z.number().int().nullable().default(null),
  comment: z.string().trim().max(5000).nullable().default(null),
  language: z.string().min(2).max(15).nullable().default(null),
  /** Answers to the survey's own questions by question id: a number (rating), option ids (choice) or text. */
  answers: z
    .record(
      z.string().max(50),
      z.union([z.number().int(), z.string().trim().max(5000), z.array(z.string().max(50)).max(30)]),
    )
    .default({}),
});
/** Answer to a public submission. */
export const publicAnswerResult = z.object({
  responseId: id,
  editableUntil: z.string().nullable(),
});
