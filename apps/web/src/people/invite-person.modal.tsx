import { invitePersonBody } from '@centric/contracts/people/person.schemas';
import type { Unit } from '@centric/contracts/units/unit.schemas';
import { ROLES, type Role } from '@centric/core/organisation/roles';
import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorMessage } from '../common/errors';
import { label } from '../common/format';
import { applyServerErrors, nullIfEmpty, zodValidate } from '../common/zod-form';
import { UnitSelect } from '../units/unit-select';
import { useInvitePerson } from './person.queries';
import { PersonSelect } from './person-select';

interface Values {
  name: string;
  email: string;
  title: string;
  role: Role;
  unitId: string;
  managerId: string | null;
}

const toBody = (values: Values) => ({
  name: values.name,
  email: values.email.trim(),
  title: values.title.trim() ? values.title : null,
  role: values.role,
  unitId: nullIfEmpty(values.unitId),
  managerId: values.managerId,
});

/** The modal to invite a person: they are added at once and receive an e-mail with a link to join. */
export function InvitePersonModal({
  opened,
  units,
  onClose,
  onInvited,
}: {
  opened: boolean;
  units: Unit[];
  onClose: () => void;
  onInvited: (email: string) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Invite a person" size="lg">
      {opened ? <InviteForm units={units} onClose={onClose} onInvited={onInvited} /> : null}
    </Modal>
  );
}

function InviteForm({
  units,
  onClose,
  onInvited,
}: {
  units: Unit[];
  onClose: () => void;
  onInvited: (email: string) => void;
}) {
  const invite = useInvitePerson();
  const form = useForm<Values>({
    initialValues: { name: '', email: '', title: '', role: 'employee', unitId: '', managerId: null },
    validate: zodValidate<Values>(invitePersonBody, toBody),
  });
  return (
    <form
      noValidate
      aria-label="Invite a person"
      onSubmit={form.onSubmit((values) => {
        const body = invitePersonBody.parse(toBody(values));
        invite.mutate(body, {
          onSuccess: (result) => onInvited(result.person.email),
          onError: (error) => applyServerErrors(form, error),
        });
      })}
    >
      <Stack gap="md">
        {invite.error ? (
          <Alert role="alert" color="red" data-testid="invite-error">
            {errorMessage(invite.error)}
          </Alert>
        ) : null}
        <TextInput
          label="Name"
          required
          data-autofocus
          autoComplete="off"
          data-testid="invite-name"
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Email"
          type="email"
          required
          autoComplete="off"
          data-testid="invite-email"
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Title"
          description="Job title (optional)"
          data-testid="invite-title"
          {...form.getInputProps('title')}
        />
        <NativeSelect
          label="Role"
          required
          data-testid="invite-role"
          data={ROLES.map((role) => ({ value: role, label: label(role) }))}
          {...form.getInputProps('role')}
        />
        <UnitSelect
          label="Unit"
          units={units}
          noneLabel="No unit"
          data-testid="invite-unit"
          {...form.getInputProps('unitId')}
        />
        <PersonSelect
          label="Manager"
          description="Optional"
          testId="invite-manager"
          value={form.values.managerId}
          onChange={(value) => form.setFieldValue('managerId', value)}
          error={form.errors.managerId}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" type="button" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={invite.isPending} data-testid="invite-submit">
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
