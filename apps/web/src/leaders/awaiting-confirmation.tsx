import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useOrg } from '../app/org-context';
import { errorMessage } from '../common/errors';
import { formatDate } from '../common/format';
import { useAwaitingConfirmation, useConfirmEvidence } from './leader.queries';

/** Evidence naming the signed-in person as a participant, waiting for their confirmation. */
export function AwaitingConfirmation() {
  const { organisation } = useOrg();
  const awaiting = useAwaitingConfirmation();
  const confirm = useConfirmEvidence();
  const items = awaiting.data?.items ?? [];
  if (awaiting.error) return <Alert color="red">{errorMessage(awaiting.error)}</Alert>;
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="awaiting-confirmation">
      <Title order={2} size="h4" mb="xs">
        Waiting for your confirmation
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        You took part in these. Confirming makes them count fully in the leader's Walker index.
      </Text>
      <Stack gap="xs">
        {items.map((e) => (
          <Group key={e.id} justify="space-between" wrap="nowrap" data-testid="awaiting-item">
            <div>
              <Text fw={600}>
                {e.personName}: {e.summary}
              </Text>
              <Text size="sm" c="dimmed">
                {e.behaviourName} · {formatDate(`${e.occurredOn}T12:00:00Z`, organisation.timeZone)}
              </Text>
            </div>
            <Button
              size="xs"
              loading={confirm.isPending && confirm.variables === e.id}
              onClick={() =>
                confirm.mutate(e.id, {
                  onSuccess: () => notifications.show({ message: 'Confirmed — thank you.' }),
                  onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
                })
              }
              aria-label={`Confirm: ${e.personName}, ${e.summary}`}
            >
              Confirm
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
