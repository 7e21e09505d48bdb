import type { ComparisonResultBody } from '@centric/contracts/metrics/metric.schemas';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { downloadCsv } from './csv-export';
import { formatMargin, formatValue, METRIC_LABELS } from './metric-format';

const TIERS = [
  { verdict: 'above', title: 'Significantly above the rest', color: 'teal' },
  { verdict: 'level', title: 'Level with the rest', color: 'gray' },
  { verdict: 'below', title: 'Significantly below the rest', color: 'red' },
] as const;

/**
 * The leaderboard in tiers: a group is above or below only when its difference from the rest is significant
 * after correcting for the number of groups; within a tier groups are listed by name, never ranked.
 */
export function LeaderboardPanel({ result }: { result: ComparisonResultBody }) {
  const metric = result.metric;
  const unplaced = result.entries.filter(
    (e) => e.verdict !== 'above' && e.verdict !== 'level' && e.verdict !== 'below',
  );
  return (
    <Paper withBorder p="lg" data-testid="leaderboard">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {METRIC_LABELS[metric]} leaderboard ({result.by === 'unit' ? 'stores and teams' : `${result.by}s`})
        </Title>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() =>
            downloadCsv(
              `${metric}-leaderboard-${result.by}.csv`,
              result.entries.map((e) => ({
                [result.by]: e.label,
                id: e.key,
                verdict: e.verdict,
                value: e.value,
                marginOfError: e.marginOfError,
                responses: e.n,
                differenceFromRest: e.difference,
                adjustedPValue: e.pValue,
              })),
            )
          }
        >
          CSV
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Groups differ from the rest only when the difference is significant after correcting for the number of
        groups; within a tier they are listed by name, because their order would be noise.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {TIERS.map((tier) => {
          const entries = result.entries.filter((e) => e.verdict === tier.verdict);
          return (
            <Stack key={tier.verdict} gap={6} data-testid={`tier-${tier.verdict}`}>
              <Badge color={tier.color} variant="light">
                {tier.title}
              </Badge>
              {entries.length === 0 ? (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              ) : (
                entries.map((e) => (
                  <Group key={e.key} justify="space-between" gap="xs">
                    <Text size="sm">{e.label}</Text>
                    <Text size="sm" c="dimmed">
                      {formatValue(metric, e.value)} {formatMargin(metric, e.marginOfError)}
                    </Text>
                  </Group>
                ))
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
      {unplaced.length > 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          Not placed (too few responses): {unplaced.map((e) => e.label).join(', ')}
        </Text>
      ) : null}
    </Paper>
  );
}
