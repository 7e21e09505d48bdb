import { type Person, updatePersonBody } from '@centric/contracts/people/person.schemas';
import type { Unit } from '@centric/contracts/units/unit.schemas';
import { ROLES, type Role } from '@centric/core/organisation/roles';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorMessage } from '../common/errors';
import { label } from '../common/format';
import { applyServerErrors, nullIfEmpty, zodValidate } from '../common/zod-form';
import { UnitSelect } from '../units/unit-select';
import { useUpdatePerson } from './person.queries';
import { PersonSelect } from './person-select';

interface Values {
  name: string;
  title: string;
  role: Role;
  unitId: string;
  managerId: string | null;
  status: 'invited' | 'active' | 'deactivated';
}

/** The modal to change a person's name, title, role, unit, manager or status. */
export function EditPersonModal({
  person,
  units,
  onClose,
  onSaved,
}: {
  person: Person | null;
  units: Unit[];
  onClose: () => void;
  onSaved: (person: Person) => void;
}) {
  return (
    <Modal opened={person !== null} onClose={onClose} title="Edit person" size="lg">
      {person ? (
        <EditForm key={person.id} person={person} units={units} onClose={onClose} onSaved={onSaved} />
      ) : null}
    </Modal>
  );
}

function EditForm({
  person,
  units,
  onClose,
  onSaved,
}: {
  person: Person;
  units: Unit[];
  onClose: () => void;
  onSaved: (person: Person) => void;
}) {
  const update = useUpdatePerson();
  // Only what changed is sent, so an invited person's status stays "invited" unless deactivated here.
  const toBody = (values: Values) => {
    const body: Record<string, unknown> = {};
    if (values.name !== person.name) body.name = values.name;
    const title = values.title.trim() ? values.title : null;
    if (title !== person.title) body.title = title;
    if (values.role !== person.role) body.role = values.role;
    const unitId = nullIfEmpty(values.unitId);
    if (unitId !== person.unitId) body.unitId = unitId;
    if (values.managerId !== person.managerId) body.managerId = values.managerId;
    if (values.status !== person.status) body.status = values.status;
    return body;
  };
  const form = useForm<Values>({
    initialValues: {
      name: person.name,
      title: person.title ?? '',
      role: person.role,
      unitId: person.unitId ?? '',
      managerId: person.managerId,
      status: person.status,
    },
    validate: zodValidate<Values>(updatePersonBody, toBody),
  });
  const statuses = [
    ...(person.status === 'invited' ? [{ value: 'invited', label: 'Invited (has not joined yet)' }] : []),
    { value: 'active', label: 'Active' },
    { value: 'deactivated', label: 'Deactivated' },
  ];
  return (
    <form
      noValidate
      aria-label="Edit person"
      onSubmit={form.onSubmit((values) => {
        const body = updatePersonBody.parse(toBody(values));
        if (Object.keys(body).length === 0) {
          onClose();
          return;
        }
        update.mutate(
          { id: person.id, body },
          { onSuccess: onSaved, onError: (error) => applyServerErrors(form, error) },
        );
      })}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {person.name} · {person.email}
        </Text>
        {update.error ? (
          <Alert role="alert" color="red" data-testid="person-form-error">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Title" {...form.getInputProps('title')} />
        <NativeSelect
          label="Role"
          data={ROLES.map((role) => ({ value: role, label: label(role) }))}
          {...form.getInputProps('role')}
        />
        <UnitSelect label="Unit" units={units} noneLabel="No unit" {...form.getInputProps('unitId')} />
        <PersonSelect
          label="Manager"
          value={form.values.managerId}
          excludeId={person.id}
          onChange={(value) => form.setFieldValue('managerId', value)}
          error={form.errors.managerId}
        />
        <NativeSelect label="Status" data={statuses} {...form.getInputProps('status')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" type="button" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="person-submit">
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
