import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../common/errors';
import { useBehaviours, useCommit } from './leader.queries';

const CADENCE: Record<string, string> = {
  monthly: 'a month',
  quarterly: 'a quarter',
  review_cycle: 'a review cycle',
  per_decision: 'at every decision',
};

/** Committing oneself to a behaviour of the catalogue, with a target per month, quarter or cycle. */
export function CommitModal({
  opened,
  onClose,
  taken,
}: {
  opened: boolean;
  onClose: () => void;
  taken: string[];
}) {
  const behaviours = useBehaviours();
  const commit = useCommit();
  const options = (behaviours.data?.items ?? []).filter((b) => !b.archived && !taken.includes(b.id));
  const [behaviourId, setBehaviourId] = useState<string | null>(null);
  const [target, setTarget] = useState<number | string>(1);
  const chosen = options.find((b) => b.id === behaviourId);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!behaviourId) return;
    commit.mutate(
      { behaviourId, target: Number(target) || 1 },
      {
        onSuccess: () => {
          notifications.show({ message: 'Committed. Everyone in the organisation can see it.' });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Commit to a behaviour">
      <form onSubmit={submit}>
        <Stack>
          <Select
            label="Behaviour"
            data={options.map((b) => ({ value: b.id, label: b.name }))}
            value={behaviourId}
            onChange={setBehaviourId}
            required
            searchable
            data-autofocus
            data-testid="commit-behaviour"
          />
          {chosen ? (
            <Text size="sm" c="dimmed">
              Due {CADENCE[chosen.cadence]}; evidence: {chosen.evidenceHint}.
            </Text>
          ) : null}
          {chosen && chosen.cadence !== 'per_decision' ? (
            <NumberInput
              label={`How many ${CADENCE[chosen.cadence]}`}
              min={1}
              max={31}
              value={target}
              onChange={setTarget}
            />
          ) : null}
          {commit.error ? <Alert color="red">{errorMessage(commit.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={commit.isPending}
              disabled={!behaviourId}
              data-testid="commit-submit"
            >
              Commit
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
