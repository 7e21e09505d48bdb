import type {
  ComparisonResultBody,
  MetricGrouping,
  MetricName,
  MetricResultBody,
} from '@centric/contracts/metrics/metric.schemas';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';

/** A metric with its series, for the filters given. */
export function useMetric(
  metric: MetricName,
  filters: Record<string, string | undefined>,
  groupBy?: MetricGrouping,
) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: ['org', slug, 'metrics', metric, filters, groupBy ?? null],
    queryFn: ({ signal }) =>
      call<MetricResultBody>(withQuery(`/api/v1/metrics/${metric}`, { ...filters, groupBy }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Which groups are significantly above or below the rest. */
export function useComparison(
  metric: 'nps' | 'csat' | 'ces',
  filters: Record<string, string | undefined>,
  by: 'unit' | 'channel' | 'segment',
) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: ['org', slug, 'metrics', metric, 'comparison', filters, by],
    queryFn: ({ signal }) =>
      call<ComparisonResultBody>(withQuery(`/api/v1/metrics/${metric}/comparison`, { ...filters, by }), {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
