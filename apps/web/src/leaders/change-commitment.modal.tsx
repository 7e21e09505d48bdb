import type { Commitment } from '@centric/contracts/commitments/commitment.schemas';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../common/errors';
import { useChangeCommitment } from './leader.queries';

/** Pausing (leave, a reorganisation) or ending a commitment, with the reason everyone will see. */
export function ChangeCommitmentModal({
  commitment,
  action,
  onClose,
}: {
  commitment: Commitment;
  action: 'pause' | 'end';
  onClose: () => void;
}) {
  const change = useChangeCommitment();
  const [reason, setReason] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    change.mutate({ id: commitment.id, action, reason }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={action === 'pause' ? 'Pause a commitment' : 'End a commitment'}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {commitment.behaviour.name}.{' '}
            {action === 'pause'
              ? 'Paused days are not due; resume it when you are back.'
              : 'It stops falling due from today; its history stays.'}
          </Text>
          <TextInput
            label="Reason"
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          {change.error ? <Alert color="red">{errorMessage(change.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending} color={action === 'end' ? 'red' : undefined}>
              {action === 'pause' ? 'Pause' : 'End'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
