import type { LeavePeriod } from '@centric/contracts/commitments/leave.schemas';
import { Alert, Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useOrg } from '../app/org-context';
import { errorMessage } from '../common/errors';
import { formatDate } from '../common/format';
import { useRecordLeave, useRemoveLeave } from './leader.queries';

/** A leader's leave: nothing of theirs falls due on those days. The leader (or an admin) records it. */
export function LeaveSection({
  leaderId,
  leaderName,
  leave,
  mayRecord,
}: {
  leaderId: string;
  leaderName: string;
  leave: LeavePeriod[];
  mayRecord: boolean;
}) {
  const { organisation } = useOrg();
  const remove = useRemoveLeave();
  const [recording, setRecording] = useState(false);
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, organisation.timeZone);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="leave-title" data-testid="leave-section">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="leave-title">
          Leave
        </Title>
        {mayRecord ? (
          <Button size="xs" variant="default" onClick={() => setRecording(true)} data-testid="leave-open">
            Record leave
          </Button>
        ) : null}
      </Group>
      {leave.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="no-leave">
          No leave in the last year or ahead.
        </Text>
      ) : (
        <List spacing={4} size="sm" data-testid="leave-list">
          {leave.map((l) => (
            <List.Item key={l.id} data-testid="leave-item">
              <Group gap="xs" wrap="nowrap">
                <span>
                  {day(l.startsOn)} – {day(l.endsOn)}
                  {l.note ? ` · ${l.note}` : ''}
                </span>
                {mayRecord ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={remove.isPending && remove.variables === l.id}
                    aria-label={`Remove the leave from ${day(l.startsOn)} to ${day(l.endsOn)}`}
                    onClick={() =>
                      remove.mutate(l.id, {
                        onError: (error) =>
                          notifications.show({ color: 'red', message: errorMessage(error) }),
                      })
                    }
                  >
                    Remove
                  </Button>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        Nothing falls due on days of leave: a month or quarter mostly away is not owed.
      </Text>
      {recording ? (
        <RecordLeaveModal leaderId={leaderId} leaderName={leaderName} onClose={() => setRecording(false)} />
      ) : null}
    </Paper>
  );
}

function RecordLeaveModal({
  leaderId,
  leaderName,
  onClose,
}: {
  leaderId: string;
  leaderName: string;
  onClose: () => void;
}) {
  const record = useRecordLeave();
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [note, setNote] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    record.mutate(
      { personId: leaderId, startsOn, endsOn, note: note.trim() || null },
      {
        onSuccess: () => {
          notifications.show({
            message: `Leave recorded: nothing of ${leaderName}'s falls due on those days.`,
          });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={`Record leave for ${leaderName}`}>
      <form onSubmit={submit} data-testid="leave-form">
        <Stack>
          <Group grow>
            <TextInput
              type="date"
              label="First day away"
              required
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              data-autofocus
              data-testid="leave-from"
            />
            <TextInput
              type="date"
              label="Last day away"
              required
              min={startsOn || undefined}
              value={endsOn}
              onChange={(e) => setEndsOn(e.currentTarget.value)}
              data-testid="leave-to"
            />
          </Group>
          <TextInput
            label="Note"
            description="Optional, and visible to colleagues: nobody owes a reason for leave"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {record.error ? (
            <Alert color="red" role="alert" data-testid="leave-error">
              {errorMessage(record.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="leave-submit">
              Record leave
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
