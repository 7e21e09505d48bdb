import {
  type Behaviour,
  createBehaviourBody,
  updateBehaviourBody,
} from '@centric/contracts/commitments/behaviour.schemas';
import {
  CADENCES,
  type Cadence,
  EVIDENCE_KINDS,
  type EvidenceKind,
} from '@centric/core/commitments/behaviours';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../common/errors';
import { applyServerErrors, zodValidate } from '../common/zod-form';
import { CADENCE_LABELS, EVIDENCE_KIND_LABELS } from './behaviour-labels';
import { useCreateBehaviour, useUpdateBehaviour } from './leader.queries';

interface Values {
  name: string;
  description: string;
  cadence: Cadence;
  evidenceKind: EvidenceKind;
  evidenceHint: string;
}

/** Adding a behaviour to the catalogue, or editing one (seeded ones too: the eight are a starting point). */
export function BehaviourModal({ behaviour, onClose }: { behaviour: Behaviour | null; onClose: () => void }) {
  const create = useCreateBehaviour();
  const update = useUpdateBehaviour();
  const mutation = behaviour ? update : create;
  const form = useForm<Values>({
    initialValues: {
      name: behaviour?.name ?? '',
      description: behaviour?.description ?? '',
      cadence: behaviour?.cadence ?? 'monthly',
      evidenceKind: behaviour?.evidenceKind ?? 'customer_conversation',
      evidenceHint: behaviour?.evidenceHint ?? '',
    },
    validate: zodValidate<Values>(behaviour ? updateBehaviourBody : createBehaviourBody, (v) => v),
  });
  const submit = form.onSubmit((values) => {
    const done = {
      onSuccess: () => {
        notifications.show({ message: behaviour ? 'Behaviour saved.' : 'Behaviour added to the catalogue.' });
        onClose();
      },
      onError: (error: unknown) => applyServerErrors(form, error),
    };
    if (behaviour) update.mutate({ id: behaviour.id, body: values }, done);
    else create.mutate(values, done);
  });
  return (
    <Modal opened onClose={onClose} title={behaviour ? 'Edit a behaviour' : 'Add a behaviour'} size="lg">
      <form onSubmit={submit} noValidate data-testid="behaviour-form">
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            data-testid="behaviour-name"
            {...form.getInputProps('name')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            data-testid="behaviour-description"
            {...form.getInputProps('description')}
          />
          <Group grow align="flex-start">
            <Select
              label="Cadence"
              description="How often it falls due"
              required
              allowDeselect={false}
              data={CADENCES.map((c) => ({ value: c, label: CADENCE_LABELS[c] }))}
              data-testid="behaviour-cadence"
              {...form.getInputProps('cadence')}
            />
            <Select
              label="Evidence"
              description="The record that shows it was done"
              required
              allowDeselect={false}
              data={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))}
              data-testid="behaviour-evidence-kind"
              {...form.getInputProps('evidenceKind')}
            />
          </Group>
          <TextInput
            label="What the evidence looks like"
            description="In the words a leader reads when logging it"
            data-testid="behaviour-hint"
            {...form.getInputProps('evidenceHint')}
          />
          {mutation.error ? (
            <Alert color="red" role="alert">
              {errorMessage(mutation.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="behaviour-save">
              {behaviour ? 'Save' : 'Add'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
