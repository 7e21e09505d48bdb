import type { TargetBody } from '@centric/contracts/direction/target.schemas';
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';

const STATUS: Record<TargetBody['status'], { label: string; color: string }> = {
  met: { label: 'Target met', color: 'teal.9' },
  'on-track': { label: 'On track', color: 'blue.8' },
  behind: { label: 'Behind', color: 'orange.9' },
  regressed: { label: 'Worse than baseline', color: 'red.8' },
  'no-data': { label: 'Not enough answers yet', color: 'gray.7' },
};

const METRIC_LABEL: Record<string, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'Effort',
  enps: 'eNPS',
  responses: 'Responses',
  'detractor-share': 'Detractor share',
};

const fmt = (v: number | null, metric: string) =>
  v === null
    ? '—'
    : `${v.toFixed(metric === 'ces' ? 2 : 1)}${metric === 'detractor-share' || metric === 'csat' ? ' %' : ''}`;

/** A target's live progress: baseline → current → target, with a bar and its status. */
export function TargetProgress({ target, testId }: { target: TargetBody; testId?: string }) {
  const status = STATUS[target.status];
  const value = target.progress === null ? 0 : Math.round(Math.min(1, Math.max(0, target.progress)) * 100);
  const metric = METRIC_LABEL[target.metric] ?? target.metric;
  return (
    <Stack gap={4} data-testid={testId ?? 'target-progress'} data-status={target.status}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          {metric} {target.direction === 'fall' ? '↓' : '↑'}: baseline {fmt(target.baseline, target.metric)} ·
          now{' '}
          <Text span fw={700} data-testid="target-current">
            {fmt(target.current, target.metric)}
          </Text>{' '}
          · target {fmt(target.target, target.metric)} by {target.dueDate}
        </Text>
        {/* Filled dark shades keep the label above the contrast minimum (the light variant does not). */}
        <Badge color={status.color} variant="filled">
          {status.label}
        </Badge>
      </Group>
      <Progress
        value={value}
        color={status.color}
        aria-label={`${metric} progress towards target: ${value} %`}
      />
      <Text size="xs" c="dimmed">
        {target.n} answers in the last {target.windowDays} days
      </Text>
    </Stack>
  );
}
