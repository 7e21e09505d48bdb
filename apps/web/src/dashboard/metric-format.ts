import type { MetricName } from '@centric/contracts/metrics/metric.schemas';

/** Display names of the metrics. */
export const METRIC_LABELS: Record<MetricName, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  enps: 'eNPS',
  responses: 'Responses',
};

/** A metric value as shown: NPS in whole points, CSAT as a percentage, CES with one decimal. */
export function formatValue(metric: MetricName, value: number | null): string {
  if (value === null) return '—';
  if (metric === 'csat') return `${value.toFixed(1)}%`;
  if (metric === 'ces') return value.toFixed(2);
  if (metric === 'responses') return value.toLocaleString();
  return `${value >= 0 ? '' : '−'}${Math.abs(value).toFixed(1)}`;
}

/** The "± margin" next to a value. */
export function formatMargin(metric: MetricName, margin: number | null): string {
  if (margin === null) return '';
  return `± ${metric === 'ces' ? margin.toFixed(2) : margin.toFixed(1)}`;
}

/** A change with its sign, in the metric's unit. */
export function formatChange(metric: MetricName, change: number): string {
  const digits = metric === 'ces' ? 2 : 1;
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change).toFixed(digits)}`;
}

/** Whether a higher value is better (a lower CES — less effort — is better). */
export function higherIsBetter(metric: MetricName): boolean {
  return metric !== 'ces';
}
