import type { MetricName, MetricResultBody } from '@centric/contracts/metrics/metric.schemas';
import { Group, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import { formatChange, formatMargin, formatValue, higherIsBetter, METRIC_LABELS } from './metric-format';

/** One headline figure: value ± margin, its answers, and an arrow only when the change is significant. */
export function HeadlineCard({
  metric,
  result,
  loading,
}: {
  metric: MetricName;
  result: MetricResultBody | undefined;
  loading: boolean;
}) {
  const testId = `headline-${metric}`;
  if (!result)
    return (
      <Paper withBorder p="lg" data-testid={testId}>
        <Text fw={600}>{METRIC_LABELS[metric]}</Text>
        <Skeleton height={36} mt="sm" visible={loading} />
      </Paper>
    );
  const shown = result.status === 'ok';
  const better = result.change !== null && (higherIsBetter(metric) ? result.change > 0 : result.change < 0);
  return (
    <Paper withBorder p="lg" data-testid={testId} aria-busy={loading}>
      <Stack gap={4}>
        <Text fw={600}>{METRIC_LABELS[metric]}</Text>
        {shown ? (
          <Group gap="xs" align="baseline">
            <Text size="2rem" fw={700} data-testid={`${testId}-value`} data-value={result.value}>
              {formatValue(metric, result.value)}
            </Text>
            <Text c="dimmed" data-testid={`${testId}-margin`}>
              {formatMargin(metric, result.marginOfError)}
            </Text>
            {result.significant && result.change !== null ? (
              <Tooltip label="A significant change against the previous period of the same length">
                <Text
                  span
                  c={better ? 'teal' : 'red'}
                  fw={600}
                  data-testid={`${testId}-change`}
                  aria-label={`${better ? 'improved' : 'worsened'} by ${formatChange(metric, result.change)} against the previous period`}
                >
                  {result.change > 0 ? (
                    <IconArrowUpRight size={18} aria-hidden />
                  ) : (
                    <IconArrowDownRight size={18} aria-hidden />
                  )}
                  {formatChange(metric, result.change)}
                </Text>
              </Tooltip>
            ) : null}
          </Group>
        ) : (
          <Text size="lg" fw={600} c="dimmed" data-testid={`${testId}-insufficient`}>
            Not enough responses
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {result.n.toLocaleString()} responses
          {shown ? '' : ` (at least ${result.minimumSample} needed)`}
          {shown && !result.significant ? ' · no significant change' : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
