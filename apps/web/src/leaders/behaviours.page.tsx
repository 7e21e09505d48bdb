import type { Behaviour } from '@centric/contracts/commitments/behaviour.schemas';
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { errorMessage } from '../common/errors';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { BehaviourModal } from './behaviour.modal';
import { CADENCE_LABELS, EVIDENCE_KIND_LABELS } from './behaviour-labels';
import { useBehaviours, useUpdateBehaviour } from './leader.queries';
import { INK } from './walker-state';

/** The behaviour catalogue: the eight seeded behaviours and the organisation's own; executives and admins edit it. */
export function BehavioursPage() {
  const { can } = useOrg();
  const behaviours = useBehaviours();
  const update = useUpdateBehaviour();
  const [editing, setEditing] = useState<Behaviour | 'new' | null>(null);
  const mayEdit = can('behaviour.write');
  const retire = (b: Behaviour, archived: boolean) =>
    update.mutate(
      { id: b.id, body: { archived } },
      {
        onSuccess: () =>
          notifications.show({
            message: archived
              ? `“${b.name}” retired: it takes no new commitments; its history stays.`
              : `“${b.name}” is back in the catalogue.`,
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    );
  return (
    <>
      <PageHeader
        title="Behaviour catalogue"
        description="The behaviours leaders can commit to, how often each falls due and the record that shows it was done."
        actions={
          mayEdit ? (
            <Button onClick={() => setEditing('new')} data-testid="behaviour-add">
              Add a behaviour
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        {!mayEdit ? (
          <Alert color="gray" icon={<IconInfoCircle aria-hidden />} data-testid="catalogue-read-only">
            Executives and admins keep the catalogue; you can read it and commit to its behaviours.
          </Alert>
        ) : null}
        {behaviours.error ? (
          <QueryError error={behaviours.error} onRetry={() => void behaviours.refetch()} />
        ) : !behaviours.data ? (
          <Skeleton h={320} />
        ) : behaviours.data.items.length === 0 ? (
          <EmptyState icon={<IconListCheck />} title="The catalogue is empty" testId="catalogue-empty">
            Add the behaviours your leaders will commit to.
          </EmptyState>
        ) : (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" data-testid="catalogue-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Behaviour</Table.Th>
                    <Table.Th scope="col">Cadence</Table.Th>
                    <Table.Th scope="col">Evidence</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    {mayEdit ? <Table.Th scope="col">Change</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {behaviours.data.items.map((b) => (
                    <Table.Tr key={b.id} data-testid="catalogue-row" data-archived={b.archived}>
                      <Table.Td>
                        <Text fw={600} c={b.archived ? 'dimmed' : undefined}>
                          {b.name}
                        </Text>
                        {b.description && b.description !== b.name ? (
                          <Text size="sm" c="dimmed">
                            {b.description}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{CADENCE_LABELS[b.cadence]}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{EVIDENCE_KIND_LABELS[b.evidenceKind]}</Text>
                        {b.evidenceHint ? (
                          <Text size="xs" c="dimmed">
                            {b.evidenceHint}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {b.archived ? (
                            <Badge color="gray" c={INK.gray} variant="light">
                              retired
                            </Badge>
                          ) : (
                            <Text size="sm">in use</Text>
                          )}
                          <Badge color={b.key ? 'blue' : 'grape'} variant="outline">
                            {b.key ? 'one of the eight' : 'our own'}
                          </Badge>
                        </Group>
                      </Table.Td>
                      {mayEdit ? (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => setEditing(b)}
                              aria-label={`Edit ${b.name}`}
                              data-testid="behaviour-edit"
                            >
                              Edit
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="default"
                              color={b.archived ? undefined : 'red'}
                              onClick={() => retire(b, !b.archived)}
                              aria-label={`${b.archived ? 'Restore' : 'Retire'} ${b.name}`}
                              data-testid="behaviour-retire"
                            >
                              {b.archived ? 'Restore' : 'Retire'}
                            </Button>
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </Stack>
      {editing ? (
        <BehaviourModal behaviour={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
