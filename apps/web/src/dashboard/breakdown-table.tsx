import type { MetricName, MetricPoint, MetricResultBody } from '@centric/contracts/metrics/metric.schemas';
import {
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { downloadCsv } from './csv-export';
import { formatChange, formatMargin, formatValue, higherIsBetter, METRIC_LABELS } from './metric-format';

/** A unit of the drill-down path. */
export interface Crumb {
  id: string | undefined;
  name: string;
}

/** A breakdown by unit (with drill-down into children), channel or segment, each row with its margin. */
export function BreakdownTable(props: {
  metric: MetricName;
  by: 'unit' | 'channel' | 'segment';
  result: MetricResultBody;
  crumbs: Crumb[];
  onBy: (by: 'unit' | 'channel' | 'segment') => void;
  onDrill: (unitId: string | undefined) => void;
}) {
  const { metric, by, result } = props;
  const rows = result.series.filter((p) => p.n > 0 || p.key !== 'none');
  return (
    <Paper withBorder p="lg" data-testid="breakdown">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {METRIC_LABELS[metric]} by {by}
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            value={by}
            onChange={(v) => props.onBy(v as 'unit' | 'channel' | 'segment')}
            data={[
              { label: 'Unit', value: 'unit' },
              { label: 'Channel', value: 'channel' },
              { label: 'Segment', value: 'segment' },
            ]}
            aria-label="Break down by"
          />
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() =>
              downloadCsv(
                `${metric}-by-${by}.csv`,
                rows.map((p) => ({
                  [by]: p.label,
                  id: p.key,
                  value: p.value,
                  marginOfError: p.marginOfError,
                  responses: p.n,
                  status: p.status,
                  changeOnPreviousPeriod: p.change,
                  significant: p.significant,
                })),
              )
            }
          >
            CSV
          </Button>
        </Group>
      </Group>
      {by === 'unit' ? (
        <Breadcrumbs mb="sm" data-testid="breakdown-crumbs">
          {props.crumbs.map((c, i) =>
            i === props.crumbs.length - 1 ? (
              <Text key={c.id ?? 'all'} size="sm" fw={600}>
                {c.name}
              </Text>
            ) : (
              <Anchor
                key={c.id ?? 'all'}
                size="sm"
                component="button"
                type="button"
                onClick={() => props.onDrill(c.id)}
              >
                {c.name}
              </Anchor>
            ),
          )}
        </Breadcrumbs>
      ) : null}
      {rows.length === 0 ? (
        <Text c="dimmed">Nothing to break down here: no {by === 'unit' ? 'sub-units' : `${by}s`} yet.</Text>
      ) : (
        <Table striped highlightOnHover data-testid="breakdown-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{by === 'unit' ? 'Unit' : by === 'channel' ? 'Channel' : 'Segment'}</Table.Th>
              <Table.Th ta="right">{METRIC_LABELS[metric]}</Table.Th>
              <Table.Th ta="right">Responses</Table.Th>
              <Table.Th ta="right">Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <BreakdownRow
                key={p.key}
                metric={metric}
                point={p}
                drillable={by === 'unit' && !!p.hasChildren}
                onDrill={props.onDrill}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function BreakdownRow({
  metric,
  point,
  drillable,
  onDrill,
}: {
  metric: MetricName;
  point: MetricPoint;
  drillable: boolean;
  onDrill: (id: string) => void;
}) {
  const better = point.change !== null && (higherIsBetter(metric) ? point.change > 0 : point.change < 0);
  return (
    <Table.Tr data-testid="breakdown-row" data-key={point.key}>
      <Table.Td>
        {drillable ? (
          <Anchor
            component="button"
            type="button"
            onClick={() => onDrill(point.key)}
            aria-label={`Drill into ${point.label}`}
          >
            {point.label} ›
          </Anchor>
        ) : (
          point.label
        )}
      </Table.Td>
      <Table.Td ta="right">
        {point.status === 'ok' ? (
          <>
            {formatValue(metric, point.value)}{' '}
            <Text span size="xs" c="dimmed">
              {formatMargin(metric, point.marginOfError)}
            </Text>
          </>
        ) : (
          <Text span size="sm" c="dimmed">
            {point.status === 'suppressed' ? 'hidden for anonymity' : 'not enough responses'}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{point.n.toLocaleString()}</Table.Td>
      <Table.Td ta="right">
        {point.significant && point.change !== null ? (
          <Text span c={better ? 'teal' : 'red'} fw={600}>
            {point.change > 0 ? '▲' : '▼'} {formatChange(metric, point.change)}
          </Text>
        ) : (
          <Text span size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
