import { Paper, Table, Text } from '@mantine/core';
import { EmptyState } from '../common/empty-state';
import { QueryError } from '../common/query-error';
import { useStandings } from './direction.queries';

/** How far off the baseline every unit and person with goals is, furthest behind first. */
export function GoalsSection() {
  const standings = useStandings(true);
  if (standings.error) return <QueryError error={standings.error} onRetry={() => void standings.refetch()} />;
  if (standings.data?.items.length === 0)
    return (
      <EmptyState title="No goals yet" testId="goals-empty">
        Goals of units and people, bound to live metrics, appear here with how far each is from its baseline.
      </EmptyState>
    );
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="sm" data-testid="standings-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Unit or person</Table.Th>
            <Table.Th scope="col">Goals</Table.Th>
            <Table.Th scope="col">Attainment</Table.Th>
            <Table.Th scope="col">Below baseline</Table.Th>
            <Table.Th scope="col">On customer objectives</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {standings.data?.items.map((s) => (
            <Table.Tr key={`${s.ownerKind}:${s.ownerId}`}>
              <Table.Td>
                {s.ownerName ?? '—'}{' '}
                <Text span size="xs" c="dimmed">
                  {s.ownerKind}
                </Text>
              </Table.Td>
              <Table.Td>{s.goals}</Table.Td>
              <Table.Td>{s.attainment === null ? '—' : `${Math.round(s.attainment * 100)} %`}</Table.Td>
              <Table.Td>{s.belowBaseline}</Table.Td>
              <Table.Td>{Math.round(s.customerShare * 100)} %</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
