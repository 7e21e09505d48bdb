import {
  Anchor,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconUserStar } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { AwaitingConfirmation } from './awaiting-confirmation';
import { useExecutiveBoard, type WalkerPeriod } from './leader.queries';
import { RulesNote } from './rules-note';
import { WalkerChart } from './walker-chart';
import { percent, Trend, WalkerStateBadge } from './walker-state';

/** The executive board: every executive side by side — index, state, trend — and the team as one. */
export function ExecutiveBoardPage() {
  const { slug, personId } = useOrg();
  const [period, setPeriod] = useState<WalkerPeriod>('quarter');
  const board = useExecutiveBoard(period);
  return (
    <>
      <PageHeader
        title="Leaders"
        description="Do we walk the talk? Each executive's Walker index: the commitments they kept over the commitments that fell due."
        actions={
          <Anchor component={Link} to={`/o/${slug}/leaders/${personId}`} data-testid="my-leader-page">
            My leader page
          </Anchor>
        }
      />
      <Stack gap="lg">
        <AwaitingConfirmation />
        <Group justify="space-between">
          <Title order={2} size="h4">
            The executive board {board.data ? `· ${board.data.label}` : ''}
          </Title>
          <SegmentedControl
            aria-label="Period"
            value={period}
            onChange={(v) => setPeriod(v as WalkerPeriod)}
            data={[
              { value: 'month', label: 'Month' },
              { value: 'quarter', label: 'Quarter' },
              { value: 'year', label: 'Year' },
            ]}
          />
        </Group>
        {board.error ? (
          <QueryError error={board.error} onRetry={() => void board.refetch()} />
        ) : !board.data ? (
          <Skeleton h={240} />
        ) : board.data.leaders.length === 0 ? (
          <EmptyState icon={<IconUserStar />} title="No executives yet" testId="board-empty">
            Executives (and the CEO) appear here once they are people of the organisation with the executive
            role.
          </EmptyState>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Paper withBorder p="md" data-testid="board-team">
                <Text size="sm" c="dimmed">
                  Executive team
                </Text>
                <Text fz={32} fw={700}>
                  {percent(board.data.team.index)}
                </Text>
                <Group gap="xs">
                  <WalkerStateBadge state={board.data.team.state} />
                  <Text size="sm" c="dimmed">
                    {board.data.team.evidenced} of {board.data.team.due} kept
                  </Text>
                </Group>
              </Paper>
            </SimpleGrid>
            <Paper withBorder>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" data-testid="board-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Executive</Table.Th>
                      <Table.Th scope="col">Walker index</Table.Th>
                      <Table.Th scope="col">State</Table.Th>
                      <Table.Th scope="col">Kept / due</Table.Th>
                      <Table.Th scope="col">Trend</Table.Th>
                      <Table.Th scope="col">Streak</Table.Th>
                      <Table.Th scope="col" style={{ width: 220 }}>
                        Over time
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {board.data.leaders.map((l) => (
                      <Table.Tr key={l.personId} data-testid="board-row" data-person={l.personId}>
                        <Table.Td>
                          <Anchor component={Link} to={`/o/${slug}/leaders/${l.personId}`} fw={600}>
                            {l.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {l.title ?? ''} · {l.committed} commitment{l.committed === 1 ? '' : 's'}
                          </Text>
                        </Table.Td>
                        <Table.Td fw={700} data-testid="board-index">
                          {percent(l.index)}
                        </Table.Td>
                        <Table.Td>
                          <WalkerStateBadge state={l.state} />
                        </Table.Td>
                        <Table.Td>
                          {l.evidenced} / {l.due}
                        </Table.Td>
                        <Table.Td>
                          <Trend value={l.trend} />
                        </Table.Td>
                        <Table.Td>
                          {l.streak > 0 ? `${l.streak} month${l.streak === 1 ? '' : 's'}` : '—'}
                        </Table.Td>
                        <Table.Td>
                          <WalkerChart
                            points={l.series}
                            walkingAt={board.data.thresholds.walkingAt}
                            slippingAt={board.data.thresholds.slippingAt}
                            height={60}
                            label={`${l.name}'s Walker index by month`}
                            compact
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
            <RulesNote rules={board.data.rules} />
          </>
        )}
      </Stack>
    </>
  );
}
