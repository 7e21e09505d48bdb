import { Alert, Group, Paper, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError, withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';

/** What the metrics API answers for one metric (the fields this panel reads). */
interface MetricAnswer {
  metric: string;
  value: number | null;
  n: number;
  marginOfError: number | null;
}

function useUnitMetric(metric: 'nps' | 'csat', unitId: string, from: string, to: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: ['org', slug, 'metrics', metric, unitId, from, to],
    queryFn: ({ signal }) =>
      call<MetricAnswer>(withQuery(`/api/v1/metrics/${metric}`, { unit: unitId, from, to }), { signal }),
    retry: false,
  });
}

/** The leader's unit's NPS and CSAT over the quarter, with margins of error, beside their Walker index. */
export function UnitMetricsPanel({ unitId, from, to }: { unitId: string | null; from: string; to: string }) {
  return (
    <Paper withBorder p="md" data-testid="unit-metrics">
      <Title order={2} size="h4" mb="sm">
        Their unit's customers this quarter
      </Title>
      {unitId ? (
        <SimpleGrid cols={2}>
          <MetricTile metric="nps" label="NPS" unitId={unitId} from={from} to={to} />
          <MetricTile metric="csat" label="CSAT" unitId={unitId} from={from} to={to} suffix=" %" />
        </SimpleGrid>
      ) : (
        <Text c="dimmed">This leader has no unit, so there are no unit metrics to show.</Text>
      )}
    </Paper>
  );
}

function MetricTile(props: {
  metric: 'nps' | 'csat';
  label: string;
  unitId: string;
  from: string;
  to: string;
  suffix?: string;
}) {
  const answer = useUnitMetric(props.metric, props.unitId, props.from, props.to);
  if (answer.isPending) return <Skeleton h={64} />;
  if (answer.error) {
    const missing = answer.error instanceof ApiError && answer.error.status === 404;
    return (
      <Alert
        color={missing ? 'gray' : 'red'}
        title={props.label}
        data-testid={`metric-${props.metric}-error`}
      >
        {missing ? 'Metrics are not available on this server yet.' : answer.error.message}
      </Alert>
    );
  }
  const { value, n, marginOfError } = answer.data;
  return (
    <div data-testid={`metric-${props.metric}`}>
      <Text size="sm" c="dimmed">
        {props.label}
      </Text>
      {value === null || n === 0 ? (
        <Text c="dimmed">Not enough answers yet{n ? ` (n = ${n})` : ''}.</Text>
      ) : (
        <Group gap={6} align="baseline">
          <Text fz={28} fw={700}>
            {Math.round(value * 10) / 10}
            {props.suffix ?? ''}
          </Text>
          {marginOfError !== null ? (
            <Text size="sm" c="dimmed">
              ± {Math.round(marginOfError * 10) / 10} · n = {n.toLocaleString()}
            </Text>
          ) : null}
        </Group>
      )}
    </div>
  );
}
