import { Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '../common/empty-state';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { type TeamIndex, useExecutiveBoard, useTeamIndex, type WalkerPeriod } from './leader.queries';
import { PeriodControl } from './period-control';
import { RulesNote } from './rules-note';
import { WalkerChart } from './walker-chart';
import { percent, Trend, WalkerStateBadge } from './walker-state';

/** The Walker index of every team (its leaders' commitments kept over due) and of the executive team, with trend. */
export function TeamsPage() {
  const [period, setPeriod] = useState<WalkerPeriod>('quarter');
  const teams = useTeamIndex(period);
  const board = useExecutiveBoard(period);
  const thresholds = board.data?.thresholds ?? { walkingAt: 0.8, slippingAt: 0.5 };
  const step = period === 'year' ? 'quarter' : 'month';
  const error = teams.error ?? board.error;
  return (
    <>
      <PageHeader
        title="Team indexes"
        description="Each team's Walker index: the commitments its leaders kept over the commitments that fell due, the leaders of units below it included."
        actions={<PeriodControl value={period} onChange={setPeriod} />}
      />
      {error ? (
        <QueryError
          error={error}
          onRetry={() => {
            void teams.refetch();
            void board.refetch();
          }}
        />
      ) : !teams.data || !board.data ? (
        <Skeleton h={320} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md" data-testid="executive-team">
              <Text size="sm" c="dimmed">
                Executive team · {board.data.label}
              </Text>
              <Group gap="md" align="baseline">
                <Text fz={32} fw={700} data-testid="executive-team-index">
                  {percent(board.data.team.index)}
                </Text>
                <Trend value={board.data.team.trend} />
              </Group>
              <Group gap="xs" mb="xs">
                <WalkerStateBadge state={board.data.team.state} />
                <Text size="sm" c="dimmed">
                  {board.data.team.evidenced} of {board.data.team.due} kept
                </Text>
              </Group>
              <WalkerChart
                points={board.data.team.series}
                walkingAt={thresholds.walkingAt}
                slippingAt={thresholds.slippingAt}
                height={120}
                label={`The executive team's Walker index by ${step}`}
              />
            </Paper>
          </SimpleGrid>
          <section aria-labelledby="teams-title">
            <Title order={2} size="h4" mb="sm" id="teams-title">
              Teams
            </Title>
            {teams.data.length === 0 ? (
              <EmptyState icon={<IconUsersGroup />} title="No team has leaders yet" testId="teams-empty">
                A team appears here once a leader in it (or in a unit below it) commits to a behaviour, or is
                an executive.
              </EmptyState>
            ) : (
              <Paper withBorder>
                <Table.ScrollContainer minWidth={760}>
                  <Table verticalSpacing="sm" data-testid="teams-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Team</Table.Th>
                        <Table.Th scope="col">Walker index</Table.Th>
                        <Table.Th scope="col">State</Table.Th>
                        <Table.Th scope="col">Kept / due</Table.Th>
                        <Table.Th scope="col">Trend</Table.Th>
                        <Table.Th scope="col" style={{ width: 220 }}>
                          Over time
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {teams.data.map((t: TeamIndex) => (
                        <Table.Tr key={t.unitId} data-testid="team-row" data-unit={t.unitId}>
                          <Table.Td>
                            <Text fw={600}>{t.name}</Text>
                            <Text size="xs" c="dimmed">
                              {t.leaders} leader{t.leaders === 1 ? '' : 's'} · {t.committed} commitment
                              {t.committed === 1 ? '' : 's'}
                            </Text>
                          </Table.Td>
                          <Table.Td fw={700} data-testid="team-index">
                            {percent(t.index)}
                          </Table.Td>
                          <Table.Td>
                            <WalkerStateBadge state={t.state} />
                          </Table.Td>
                          <Table.Td>
                            {t.evidenced} / {t.due}
                          </Table.Td>
                          <Table.Td>
                            <Trend value={t.trend} />
                          </Table.Td>
                          <Table.Td>
                            <WalkerChart
                              points={t.series}
                              walkingAt={thresholds.walkingAt}
                              slippingAt={thresholds.slippingAt}
                              height={60}
                              label={`${t.name}'s Walker index by ${step}`}
                              compact
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            )}
          </section>
          <RulesNote rules={board.data.rules} />
        </Stack>
      )}
    </>
  );
}
