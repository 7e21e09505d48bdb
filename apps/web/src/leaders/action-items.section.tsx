import type { ActionItem } from '@centric/contracts/commitments/action-item.schemas';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useOrg } from '../app/org-context';
import { errorMessage } from '../common/errors';
import { formatDate } from '../common/format';
import { useEveryone, useUpdateActionItem } from './leader.queries';
import { INK } from './walker-state';

const STATES = [
  { value: 'open', label: 'Open' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'cancelled', label: 'Dropped' },
] as const;
const STATE_LABEL = Object.fromEntries(STATES.map((s) => [s.value, s.label])) as Record<string, string>;

/**
 * The action items a leader owns, moved on from the page: their owner changes the state, managers and up also
 * reassign and re-date them (the service checks both).
 */
export function ActionItemsSection({ items }: { items: ActionItem[] }) {
  const { organisation, personId, can } = useOrg();
  const update = useUpdateActionItem();
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const mayManage = can('actionItem.write');
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, organisation.timeZone);
  const move = (item: ActionItem, state: ActionItem['state']) =>
    update.mutate(
      { id: item.id, body: { state } },
      {
        onSuccess: () =>
          notifications.show({ message: `“${item.title}” is now ${STATE_LABEL[state]?.toLowerCase()}.` }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    );
  return (
    <section aria-labelledby="actions-title">
      <Title order={2} size="h4" mb="sm" id="actions-title">
        Action items they own
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" data-testid="no-action-items">
          No action items.
        </Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={520}>
            <Table data-testid="action-items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Due</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                  {mayManage ? <Table.Th scope="col">Change</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => {
                  const mayMove = mayManage || a.owner.id === personId;
                  return (
                    <Table.Tr key={a.id} data-testid="action-item" data-state={a.state}>
                      <Table.Td>{a.title}</Table.Td>
                      <Table.Td>
                        {a.dueOn ? day(a.dueOn) : '—'}
                        {a.overdue ? (
                          <Badge ml={6} color="red" c={INK.red} variant="light">
                            overdue
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {mayMove ? (
                          <NativeSelect
                            size="xs"
                            aria-label={`State of “${a.title}”`}
                            data={[...STATES]}
                            value={a.state}
                            disabled={update.isPending}
                            onChange={(e) => move(a, e.currentTarget.value as ActionItem['state'])}
                            data-testid="action-item-state"
                          />
                        ) : (
                          <Badge
                            color={a.state === 'done' ? 'green' : 'blue'}
                            c={a.state === 'done' ? INK.green : INK.blue}
                            variant="light"
                          >
                            {STATE_LABEL[a.state]}
                          </Badge>
                        )}
                      </Table.Td>
                      {mayManage ? (
                        <Table.Td>
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => setEditing(a)}
                            aria-label={`Reassign or re-date “${a.title}”`}
                            data-testid="action-item-edit"
                          >
                            Reassign / re-date
                          </Button>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {editing ? <EditActionItemModal item={editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}

function EditActionItemModal({ item, onClose }: { item: ActionItem; onClose: () => void }) {
  const update = useUpdateActionItem();
  const everyone = useEveryone();
  const [ownerId, setOwnerId] = useState<string | null>(item.owner.id);
  const [dueOn, setDueOn] = useState(item.dueOn ?? '');
  const people = useMemo(
    () =>
      (everyone.data ?? [])
        .filter((p) => p.status !== 'deactivated' || p.id === item.owner.id)
        .map((p) => ({ value: p.id, label: p.title ? `${p.name} — ${p.title}` : p.name })),
    [everyone.data, item.owner.id],
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        id: item.id,
        body: {
          ...(ownerId && ownerId !== item.owner.id ? { ownerId } : {}),
          ...((dueOn || null) !== item.dueOn ? { dueOn: dueOn || null } : {}),
        },
      },
      {
        onSuccess: () => {
          notifications.show({ message: 'Action item updated.' });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Reassign or re-date an action item">
      <form onSubmit={submit} data-testid="action-item-form">
        <Stack>
          <Text size="sm">{item.title}</Text>
          <Select
            label="Owner"
            data={people}
            value={ownerId}
            onChange={setOwnerId}
            searchable
            allowDeselect={false}
            required
            data-autofocus
          />
          <TextInput
            type="date"
            label="Due on"
            description="Leave empty for no due date"
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            data-testid="action-item-due"
          />
          {update.error ? (
            <Alert color="red" role="alert">
              {errorMessage(update.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="action-item-save">
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
