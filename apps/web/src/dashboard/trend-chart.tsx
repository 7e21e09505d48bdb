import type { MetricName, MetricResultBody } from '@centric/contracts/metrics/metric.schemas';
import { Button, Group, Paper, Skeleton, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { lazy, Suspense, useMemo } from 'react';
import { downloadCsv } from './csv-export';
import type { ChartOption } from './echart';
import { METRIC_LABELS } from './metric-format';

// ECharts is loaded with the first chart drawn, not with the app: the initial bundle stays light.
const EChart = lazy(async () => ({ default: (await import('./echart')).EChart }));

/** The trend of a metric with its 95% confidence band; periods with too few answers are gaps, not points. */
export function TrendChart({ metric, result }: { metric: MetricName; result: MetricResultBody }) {
  const option = useMemo<ChartOption>(() => {
    const points = result.series;
    const low = points.map((p) => (p.status === 'ok' ? p.low : null));
    const width = points.map((p) =>
      p.status === 'ok' && p.low !== null && p.high !== null ? p.high - p.low : null,
    );
    return {
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      tooltip: {
        trigger: 'axis',
        formatter: (items: { dataIndex: number }[]) => {
          const p = points[items[0]?.dataIndex ?? 0];
          if (!p) return '';
          return p.status === 'ok'
            ? `${p.label}<br/>${METRIC_LABELS[metric]} ${p.value?.toFixed(1)} ± ${p.marginOfError?.toFixed(1)}<br/>${p.n} responses${p.significant ? '<br/>significant change' : ''}`
            : `${p.label}<br/>not enough responses (${p.n})`;
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.label) },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: 'low', type: 'line', data: low, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none' },
        {
          name: '95% confidence',
          type: 'line',
          data: width,
          stack: 'band',
          lineStyle: { opacity: 0 },
          areaStyle: { opacity: 0.2 },
          symbol: 'none',
        },
        {
          name: METRIC_LABELS[metric],
          type: 'line',
          data: points.map((p) => (p.status === 'ok' ? p.value : null)),
          connectNulls: false,
          symbolSize: 6,
        },
      ],
    };
  }, [metric, result]);
  return (
    <Paper withBorder p="lg" data-testid="trend">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {METRIC_LABELS[metric]} trend
        </Title>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() =>
            downloadCsv(
              `${metric}-trend.csv`,
              result.series.map((p) => ({
                period: p.key,
                value: p.value,
                marginOfError: p.marginOfError,
                low: p.low,
                high: p.high,
                responses: p.n,
                status: p.status,
                change: p.change,
                significant: p.significant,
              })),
            )
          }
        >
          CSV
        </Button>
      </Group>
      {result.series.some((p) => p.status === 'ok') ? (
        <Suspense fallback={<Skeleton height={260} />}>
          <EChart
            option={option}
            height={260}
            label={`${METRIC_LABELS[metric]} by period with its 95% confidence band`}
            testId="trend-chart"
          />
        </Suspense>
      ) : (
        <Text c="dimmed">Not enough responses in any period of this view to draw a trend.</Text>
      )}
    </Paper>
  );
}
