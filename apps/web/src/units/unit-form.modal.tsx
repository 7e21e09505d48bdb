import { createUnitBody, type Unit, updateUnitBody } from '@centric/contracts/units/unit.schemas';
import { UNIT_KINDS, type UnitKind } from '@centric/core/organisation/unit-kinds';
import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { errorMessage } from '../common/errors';
import { label } from '../common/format';
import { applyServerErrors, nullIfEmpty, zodValidate } from '../common/zod-form';
import { PersonSelect } from '../people/person-select';
import { useCreateUnit, useUpdateUnit } from './unit.queries';
import { UnitSelect } from './unit-select';
import { subtreeIds } from './unit-tree';

interface Values {
  name: string;
  kind: UnitKind;
  parentId: string;
  headPersonId: string | null;
}

/** What the unit form opens for: a new unit (optionally under a parent) or an existing one. */
export type UnitFormTarget = { mode: 'create'; parentId: string | null } | { mode: 'edit'; unit: Unit };

/** The modal to add or edit a unit: name, kind, parent (moving its subtree) and head. */
export function UnitFormModal({
  target,
  units,
  onClose,
  onSaved,
}: {
  target: UnitFormTarget | null;
  units: Unit[];
  onClose: () => void;
  onSaved: (unit: Unit, mode: 'create' | 'edit') => void;
}) {
  const title = target?.mode === 'edit' ? 'Edit unit' : 'Add a unit';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? <UnitForm target={target} units={units} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function UnitForm({
  target,
  units,
  onClose,
  onSaved,
}: {
  target: UnitFormTarget;
  units: Unit[];
  onClose: () => void;
  onSaved: (unit: Unit, mode: 'create' | 'edit') => void;
}) {
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const mutation = target.mode === 'create' ? create : update;
  const editing = target.mode === 'edit' ? target.unit : null;

  const toBody = (values: Values) => ({
    name: values.name,
    kind: values.kind,
    parentId: nullIfEmpty(values.parentId),
    headPersonId: values.headPersonId,
  });
  const schema = editing ? updateUnitBody : createUnitBody;
  const form = useForm<Values>({
    initialValues: editing
      ? {
          name: editing.name,
          kind: editing.kind,
          parentId: editing.parentId ?? '',
          headPersonId: editing.headPersonId,
        }
      : {
          name: '',
          kind: units.length === 0 ? 'company' : 'department',
          parentId: target.mode === 'create' ? (target.parentId ?? '') : '',
          headPersonId: null,
        },
    validate: zodValidate<Values>(schema, toBody),
  });

  // A unit cannot move under itself or one of its own sub-units.
  const notParents = useMemo(
    () => (editing ? subtreeIds(units, editing.id) : new Set<string>()),
    [units, editing],
  );

  const submit = form.onSubmit((values) => {
    const parsed = schema.parse(toBody(values));
    const onError = (error: unknown) => applyServerErrors(form, error);
    if (editing) {
      update.mutate(
        { id: editing.id, body: updateUnitBody.parse(parsed) },
        { onSuccess: (unit) => onSaved(unit, 'edit'), onError },
      );
    } else {
      create.mutate(createUnitBody.parse(parsed), { onSuccess: (unit) => onSaved(unit, 'create'), onError });
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit unit' : 'Add a unit'}>
      <Stack gap="md">
        {mutation.error ? (
          <Alert role="alert" color="red" data-testid="unit-form-error">
            {errorMessage(mutation.error)}
          </Alert>
        ) : null}
        <TextInput
          label="Name"
          required
          data-autofocus
          data-testid="unit-name"
          placeholder="e.g. Customer Service"
          {...form.getInputProps('name')}
        />
        <NativeSelect
          label="Kind"
          required
          data-testid="unit-kind"
          data={UNIT_KINDS.map((kind) => ({ value: kind, label: label(kind) }))}
          {...form.getInputProps('kind')}
        />
        <UnitSelect
          label="Parent unit"
          units={units}
          exclude={notParents}
          noneLabel="None (top level)"
          data-testid="unit-parent"
          description={
            editing ? 'Changing the parent moves this unit together with all its sub-units.' : undefined
          }
          {...form.getInputProps('parentId')}
        />
        <PersonSelect
          label="Head"
          description="The person who leads this unit (optional)"
          testId="unit-head"
          value={form.values.headPersonId}
          onChange={(value) => form.setFieldValue('headPersonId', value)}
          error={form.errors.headPersonId}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} type="button">
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="unit-submit">
            {editing ? 'Save changes' : 'Create unit'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
