import { RESPONSE_IMPORT_FORMATS } from '@centric/core/imports/response-import-formats';
import { SURVEY_KINDS } from '@centric/core/surveys/survey-kinds';
import { z } from 'zod';
import { id } from '../common/fields';

/** A yes/no that arrives as a JSON boolean or as a query string ("true", "1", "false", "0"). */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')])
  .default(false);

/** How to import a response file (query string of the upload, the CLI's options, the web form). */
export const responseImportOptions = z.object({
  format: z.enum(RESPONSE_IMPORT_FORMATS).default('centric'),
  /** Create surveys, channels, segments, units and customers named in the file that do not exist yet. */
  createMissing: flag,
  /** Apply the good lines and report the bad ones (otherwise one bad line and nothing is imported). */
  skipInvalid: flag,
  /** Check every line and report; import nothing. */
  dryRun: flag,
  /** The survey every line goes to (survey tools' exports; online reviews: default "Online reviews"). */
  survey: z.string().trim().min(1).max(200).optional(),
  /** The kind of a survey the import creates. */
  surveyKind: z.enum(SURVEY_KINDS).optional(),
  /** Online reviews: the rating scale (5 stars, 10, or 100 percent), mapped to CSAT 1–5. */
  ratingScale: z.coerce
    .number()
    .refine((n) => n === 5 || n === 10 || n === 100, 'must be 5, 10 or 100')
    .transform((n) => n as 5 | 10 | 100)
    .optional(),
  /** Qualtrics: the question column of the score (default: the NPS question) and of the comment. */
  scoreColumn: z.string().trim().min(1).max(100).optional(),
  commentColumn: z.string().trim().min(1).max(100).optional(),
  /** The file's name, for the report (the upload's body has none). */
  fileName: z.string().trim().min(1).max(255).optional(),
  /** Import a file again although an applied import had the same bytes (otherwise refused: 409). */
  allowDuplicate: flag,
  /** Upload only: wait for the import to finish and answer its summary (otherwise 202 and poll). */
  wait: flag,
});
/** Response import options. */
export type ResponseImportOptions = z.output<typeof responseImportOptions>;

/** An earlier applied import of a file with the same bytes (SHA-256). */
export const importDuplicate = z.object({
  id,
  fileName: z.string(),
  createdAt: z.string(),
  imported: z.number().int(),
});
/** An earlier import of the same file. */
export type ImportDuplicateBody = z.infer<typeof importDuplicate>;

const issue = z.object({ line: z.number().int(), message: z.string() });

/** The summary of a finished import (or check). */
export const responseImportSummary = z.object({
  id,
  status: z.enum(['applied', 'checked', 'rejected']),
  format: z.enum(RESPONSE_IMPORT_FORMATS),
  fileName: z.string(),
  lines: z.number().int(),
  imported: z.number().int(),
  skipped: z.number().int(),
  badLines: z.number().int(),
  /** The first bad lines (at most 100), in line order; `badLines` counts them all. */
  issues: z.array(issue),
  created: z.object({
    surveys: z.array(z.string()),
    channels: z.array(z.string()),
    segments: z.array(z.string()),
    units: z.array(z.string()),
    customers: z.number().int(),
  }),
  rejectedFile: z.string().nullable(),
  /** The earlier applied import of the same bytes (a dry run warns of it; an import needs allowDuplicate). */
  duplicateOf: importDuplicate.nullable(),
  /** What deserves a look though nothing is wrong (a dry run of a file already imported). */
  warnings: z.array(z.string()),
  message: z.string(),
});
/** An import's summary. */
export type ResponseImportSummaryBody = z.infer<typeof responseImportSummary>;

/** An import as the API shows it: running with progress, or finished with its summary. */
export const responseImportState = z.object({
  id,
  format: z.string(),
  fileName: z.string(),
  status: z.enum(['running', 'applied', 'checked', 'rejected', 'failed']),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  imported: z.number().int(),
  badLines: z.number().int(),
  progress: z
    .object({
      stage: z.enum(['checking', 'importing']),
      bytesDone: z.number(),
      bytesTotal: z.number(),
      lines: z.number().int(),
    })
    .nullable(),
  summary: responseImportSummary.nullable(),
  error: z.string().nullable(),
});
/** An import's state. */
export type ResponseImportStateBody = z.infer<typeof responseImportState>;

/** One line of a preview, read as the import would read it. */
export const responseImportPreviewRow = z.object({
  line: z.number().int(),
  status: z.enum(['ok', 'error', 'skipped']),
  message: z.string().nullable(),
  respondedAt: z.string().nullable(),
  score: z.number().int().nullable(),
  comment: z.string().nullable(),
  survey: z.string().nullable(),
  channel: z.string().nullable(),
  segment: z.string().nullable(),
  unit: z.string().nullable(),
  customer: z.string().nullable(),
  employee: z.string().nullable(),
});

/** The preview of the first lines of a file. */
export const responseImportPreview = z.object({
  /** A problem of the whole file (its header), or null. */
  fileError: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(responseImportPreviewRow),
  /** Names the import would create (with createMissing) among the previewed lines. */
  wouldCreate: z.array(z.string()),
});
/** A preview. */
export type ResponseImportPreviewBody = z.infer<typeof responseImportPreview>;
