import type { Unit } from '@centric/contracts/units/unit.schemas';
import { Badge, Box, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconSitemap, IconTrash, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifySuccess } from '../common/errors';
import { label } from '../common/format';
import { IconButton } from '../common/icon-button';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { usePerson } from '../people/person.queries';
import { DeleteUnitModal } from './delete-unit.modal';
import { useUnits } from './unit.queries';
import { UnitFormModal, type UnitFormTarget } from './unit-form.modal';
import { buildUnitTree, type UnitNode } from './unit-tree';

/** Settings → Units: the organisation's tree of units, editable by admins. */
export function UnitsPage() {
  const { can } = useOrg();
  const editable = can('unit.write');
  const units = useUnits();
  const [formTarget, setFormTarget] = useState<UnitFormTarget | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);

  return (
    <>
      <PageHeader
        title="Units"
        description="The departments, regions, stores and teams your organisation is made of. Feedback, metrics and goals are attributed to them."
        actions={
          editable ? (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setFormTarget({ mode: 'create', parentId: null })}
              data-testid="add-unit"
            >
              Add unit
            </Button>
          ) : null
        }
      />
      {units.error ? <QueryError error={units.error} onRetry={() => void units.refetch()} /> : null}
      {units.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading units">
          <Skeleton h={44} />
          <Skeleton h={44} ml="xl" />
          <Skeleton h={44} ml="xl" />
        </Stack>
      ) : null}
      {units.data && units.data.length === 0 ? (
        <EmptyState icon={<IconSitemap />} title="No units yet" testId="units-empty">
          {editable
            ? 'No units yet — add the first one. Start with the company itself, then its departments, regions or stores.'
            : 'No units yet. An administrator can add them.'}
        </EmptyState>
      ) : null}
      {tree.length > 0 ? (
        <Paper withBorder p="sm">
          <Text size="sm" c="dimmed" mb="xs" px="xs">
            {units.data?.length === 1 ? '1 unit' : `${units.data?.length ?? 0} units`}
          </Text>
          <UnitList
            nodes={tree}
            label="Unit tree"
            editable={editable}
            onAddChild={(parent) => setFormTarget({ mode: 'create', parentId: parent.id })}
            onEdit={(unit) => setFormTarget({ mode: 'edit', unit })}
            onDelete={setDeleting}
          />
        </Paper>
      ) : null}
      <UnitFormModal
        target={formTarget}
        units={units.data ?? []}
        onClose={() => setFormTarget(null)}
        onSaved={(unit, mode) => {
          setFormTarget(null);
          notifySuccess(mode === 'create' ? `Unit “${unit.name}” created` : `Unit “${unit.name}” saved`);
        }}
      />
      <DeleteUnitModal
        unit={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(unit) => {
          setDeleting(null);
          notifySuccess(`Unit “${unit.name}” deleted`);
        }}
      />
    </>
  );
}

interface ListProps {
  nodes: UnitNode[];
  label?: string;
  editable: boolean;
  onAddChild: (unit: Unit) => void;
  onEdit: (unit: Unit) => void;
  onDelete: (unit: Unit) => void;
}

function UnitList({ nodes, label: listLabel, ...props }: ListProps) {
  return (
    <Box
      component="ul"
      aria-label={listLabel}
      data-testid={listLabel ? 'unit-tree' : undefined}
      style={{ listStyle: 'none', margin: 0, paddingLeft: listLabel ? 0 : 'var(--mantine-spacing-xl)' }}
    >
      {nodes.map((node) => (
        <li key={node.unit.id} data-testid="unit-node" data-unit-name={node.unit.name}>
          <UnitRow unit={node.unit} {...props} />
          {node.children.length > 0 ? <UnitList nodes={node.children} {...props} /> : null}
        </li>
      ))}
    </Box>
  );
}

function UnitRow({
  unit,
  editable,
  onAddChild,
  onEdit,
  onDelete,
}: { unit: Unit } & Omit<ListProps, 'nodes'>) {
  const { slug } = useOrg();
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="sm"
      px="xs"
      py={6}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        borderLeft: '2px solid var(--mantine-color-gray-3)',
      }}
    >
      <Group gap="sm" wrap="wrap" style={{ minWidth: 0 }}>
        <Text fw={600} data-testid="unit-name-text">
          {unit.name}
        </Text>
        <Badge variant="light" color="gray" size="sm" tt="none">
          {label(unit.kind)}
        </Badge>
        <HeadName personId={unit.headPersonId} />
      </Group>
      <Group gap={4} wrap="nowrap">
        <IconButton
          label={`People in ${unit.name}`}
          icon={<IconUsers size={18} aria-hidden />}
          to={`/o/${slug}/settings/people?unitId=${unit.id}`}
        />
        {editable ? (
          <>
            <IconButton
              label={`Add a unit under ${unit.name}`}
              icon={<IconPlus size={18} aria-hidden />}
              onClick={() => onAddChild(unit)}
            />
            <IconButton
              label={`Edit ${unit.name}`}
              icon={<IconPencil size={18} aria-hidden />}
              onClick={() => onEdit(unit)}
            />
            <IconButton
              label={`Delete ${unit.name}`}
              icon={<IconTrash size={18} aria-hidden />}
              color="red"
              onClick={() => onDelete(unit)}
            />
          </>
        ) : null}
      </Group>
    </Group>
  );
}

function HeadName({ personId }: { personId: string | null }) {
  const person = usePerson(personId);
  if (!personId) return null;
  return (
    <Text size="sm" c="dimmed">
      Head: {person.data?.name ?? (person.isError ? 'unknown' : '…')}
    </Text>
  );
}
