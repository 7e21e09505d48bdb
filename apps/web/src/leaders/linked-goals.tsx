import type { EvidenceItem } from '@centric/contracts/commitments/evidence.schemas';
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { INK } from './walker-state';

const STATUS_COLOR: Record<string, keyof typeof INK> = {
  met: 'green',
  'on-track': 'green',
  behind: 'yellow',
  regressed: 'red',
  'no-data': 'gray',
};

/** The goals a piece of evidence links (customer objectives in reviews), with their live progress. */
export function LinkedGoals({ goals }: { goals: EvidenceItem['goals'] }) {
  if (goals.length === 0) return null;
  return (
    <Stack gap={4} mt={6} data-testid="linked-goals">
      <Text size="xs" fw={600}>
        Goals set in the review
      </Text>
      {goals.map((g) => {
        const progress = g.reading?.progress ?? null;
        return (
          <div key={g.id} data-testid="linked-goal">
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">
                {g.title}
                {g.ownerName ? (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    · {g.ownerName}
                  </Text>
                ) : null}
              </Text>
              {g.reading ? (
                <Badge
                  size="sm"
                  variant="light"
                  color={STATUS_COLOR[g.reading.status] ?? 'gray'}
                  c={INK[STATUS_COLOR[g.reading.status] ?? 'gray']}
                >
                  {g.reading.status.replace('-', ' ')}
                </Badge>
              ) : null}
            </Group>
            {g.reading ? (
              <Group gap="xs" wrap="nowrap">
                <Progress
                  value={progress === null ? 0 : Math.max(0, Math.min(1, progress)) * 100}
                  w={120}
                  size="sm"
                  aria-label={`Progress of ${g.title}`}
                />
                <Text size="xs" c="dimmed">
                  {progress === null ? 'no reading yet' : `${Math.round(progress * 100)} % of the way`} ·{' '}
                  {g.reading.metric.toUpperCase()} {g.reading.current ?? '—'} of {g.reading.target} by{' '}
                  {g.reading.dueDate}
                </Text>
              </Group>
            ) : null}
          </div>
        );
      })}
    </Stack>
  );
}
