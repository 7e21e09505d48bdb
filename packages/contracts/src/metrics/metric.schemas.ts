import { z } from 'zod';
import { id, isoDate } from '../common/fields';

/** The metrics the API computes: the four survey metrics and the response count. */
export const METRIC_NAMES = ['nps', 'csat', 'ces', 'enps', 'responses'] as const;
/** One metric name. */
export type MetricName = (typeof METRIC_NAMES)[number];
/** How a metric's series is cut: by period, or by a dimension. */
export const METRIC_GROUPINGS = ['day', 'week', 'month', 'quarter', 'unit', 'channel', 'segment'] as const;
/** One grouping. */
export type MetricGrouping = (typeof METRIC_GROUPINGS)[number];

/** Path parameters of GET /metrics/{metric}. */
export const metricParams = z.object({ metric: z.enum(METRIC_NAMES) });

/** The filters every metric query shares. Days are local days of the organisation's time zone. */
export const metricFilters = z.object({
  from: isoDate.optional().describe('first day, inclusive (default: 364 days before `to`)'),
  to: isoDate.optional().describe('last day, inclusive (default: today in the organisation’s time zone)'),
  unit: id.optional().describe('the unit and all its descendants'),
  segment: id.optional(),
  channel: id.optional(),
  survey: id.optional().describe('one survey (it must be of the metric’s kind)'),
  employee: id.optional().describe('the employee who served (eNPS is never shown per person)'),
});

/** Query of GET /metrics/{metric}. */
export const metricQuery = metricFilters.extend({
  groupBy: z
    .enum(METRIC_GROUPINGS)
    .optional()
    .describe('unit: the children of `unit` (or the top-level units), each with its descendants'),
});
/** A validated metric query. */
export type MetricQuery = z.infer<typeof metricQuery>;

/** Whether a value may be shown: enough answers, too few, or withheld for anonymity (eNPS). */
export const metricStatus = z.enum(['ok', 'insufficient', 'suppressed']);

const figure = {
  value: z.number().nullable().describe('null unless status is ok'),
  n: z.number().int().describe('answers behind the value'),
  status: metricStatus,
  marginOfError: z.number().nullable().describe('95% margin of error, in the metric’s unit'),
  low: z.number().nullable(),
  high: z.number().nullable(),
  change: z.number().nullable().describe('against the previous period (or previous point of a trend)'),
  significant: z.boolean().describe('whether the change is significant (two-sided z-test, α = 0.05)'),
};

/** One point of a series: a period or a group. */
export const metricPoint = z.object({
  key: z
    .string()
    .describe('period key (2026-11-02, 2026-W45, 2026-11, 2026-Q4) or the group’s id ("none": unattributed)'),
  label: z.string(),
  ...figure,
  /** For groupBy=unit: whether the unit has children to drill into. */
  hasChildren: z.boolean().optional(),
});
/** A series point. */
export type MetricPoint = z.infer<typeof metricPoint>;

/** Answer of GET /metrics/{metric}. */
export const metricResult = z.object({
  metric: z.enum(METRIC_NAMES),
  from: isoDate,
  to: isoDate,
  ...figure,
  minimumSample: z.number().int(),
  promoters: z.number().int().nullable().describe('NPS and eNPS only'),
  passives: z.number().int().nullable(),
  detractors: z.number().int().nullable(),
  groupBy: z.enum(METRIC_GROUPINGS).nullable(),
  series: z.array(metricPoint),
});
/** A metric result. */
export type MetricResultBody = z.infer<typeof metricResult>;

/** The dimensions the comparison endpoint places against the organisation. */
export const COMPARISON_DIMENSIONS = ['unit', 'channel', 'segment'] as const;

/** Query of GET /metrics/{metric}/comparison. */
export const comparisonQuery = metricFilters.extend({
  by: z.enum(COMPARISON_DIMENSIONS).default('unit'),
  units: z
    .enum(['leaves', 'children'])
    .default('leaves')
    .describe('by=unit: the leaf units (stores, teams) or the children of `unit`'),
});
/** Params of GET /metrics/{metric}/comparison (the response count cannot be compared). */
export const comparisonParams = z.object({ metric: z.enum(['nps', 'csat', 'ces', 'enps']) });

/** One group placed against the rest. */
export const comparisonEntry = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  n: z.number().int(),
  status: metricStatus,
  marginOfError: z.number().nullable(),
  verdict: z.enum(['above', 'level', 'below', 'not-compared', 'insufficient', 'suppressed']),
  difference: z.number().nullable().describe('group − rest of the organisation'),
  pValue: z.number().nullable().describe('after Holm’s correction for the number of groups'),
});

/** Answer of GET /metrics/{metric}/comparison: tiers, never a ranking of noise. */
export const comparisonResult = z.object({
  metric: z.enum(['nps', 'csat', 'ces', 'enps']),
  by: z.enum(COMPARISON_DIMENSIONS),
  from: isoDate,
  to: isoDate,
  overall: z.object({
    value: z.number().nullable(),
    n: z.number().int(),
    status: metricStatus,
    marginOfError: z.number().nullable(),
  }),
  entries: z.array(comparisonEntry),
  below: z.array(z.string()).describe('keys of the groups significantly below the rest'),
});
/** A comparison result. */
export type ComparisonResultBody = z.infer<typeof comparisonResult>;
