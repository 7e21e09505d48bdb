import { z } from 'zod';
import { isoDate } from '../common/fields';
import { metricFilters } from '../metrics/metric.schemas';

/** The metrics a target can be bound to: the metrics API's own, plus the NPS detractors' share (in %). */
export const TARGET_METRICS = ['nps', 'csat', 'ces', 'enps', 'responses', 'detractor-share'] as const;
/** One target metric. */
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** The filters of a target, in the shape of GET /metrics/{metric} (the period comes from the target's dates). */
export const targetFilters = metricFilters.omit({ from: true, to: true });

/** A measurable target bound to a live metric, as given when creating an initiative or a goal. */
export const targetInput = z
  .object({
    metric: z.enum(TARGET_METRICS),
    filters: targetFilters.default({}),
    windowDays: z
      .number()
      .int()
      .min(7)
      .max(365)
      .default(90)
      .describe('days of answers behind the baseline (the window before the start) and each current reading'),
    baseline: z
      .number()
      .optional()
      .describe('captured from the metrics engine over the window before the start when omitted'),
    target: z.number(),
    startDate: isoDate,
    dueDate: isoDate,
  })
  .refine((t) => t.dueDate >= t.startDate, {
    message: 'the due date must not be before the start date',
    path: ['dueDate'],
  });

/** Where a target stands. */
export const targetStatus = z.enum(['met', 'on-track', 'behind', 'regressed', 'no-data']);

/** A target with its live progress. */
export const targetBody = z.object({
  metric: z.enum(TARGET_METRICS),
  filters: targetFilters,
  windowDays: z.number().int(),
  baseline: z.number().nullable().describe('null when too few answers came in before the start'),
  target: z.number(),
  current: z.number().nullable().describe('the metric over the latest window; null when too few answers'),
  n: z.number().int().describe('answers behind the current value'),
  startDate: isoDate,
  dueDate: isoDate,
  direction: z.enum(['rise', 'fall']),
  progress: z.number().nullable().describe('0 at the baseline, 1 at the target, negative when worse'),
  improvement: z.number().nullable().describe('movement from the baseline in the good direction'),
  status: targetStatus,
});
/** A target with progress. */
export type TargetBody = z.infer<typeof targetBody>;

/** A before/after comparison of a finished target. */
export const beforeAfterBody = z.object({
  verdict: z.enum(['improved', 'worsened', 'no-significant-change', 'not-compared']),
  before: z.number().nullable(),
  after: z.number().nullable(),
  change: z.number().nullable(),
  pValue: z.number().nullable(),
  nBefore: z.number().int(),
  nAfter: z.number().int(),
});
