import type { Unit } from '@centric/contracts/units/unit.schemas';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { errorMessage } from '../common/errors';
import { useDeleteUnit } from './unit.queries';

/** Asks before deleting a unit, and shows the server's reason when it refuses (sub-units or people in it). */
export function DeleteUnitModal({
  unit,
  onClose,
  onDeleted,
}: {
  unit: Unit | null;
  onClose: () => void;
  onDeleted: (unit: Unit) => void;
}) {
  const remove = useDeleteUnit();
  const { reset } = remove;
  useEffect(() => {
    if (unit) reset();
  }, [unit, reset]);
  return (
    <Modal opened={unit !== null} onClose={onClose} title="Delete unit">
      {unit ? (
        <Stack>
          <Text>
            Delete <strong>{unit.name}</strong>? The unit is removed for good. Units that still have sub-units
            or people cannot be deleted: move them first.
          </Text>
          {remove.error ? (
            <Alert role="alert" color="red" title="The unit was not deleted" data-testid="unit-delete-error">
              {errorMessage(remove.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              data-testid="unit-delete-confirm"
              onClick={() => remove.mutate(unit.id, { onSuccess: () => onDeleted(unit) })}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
