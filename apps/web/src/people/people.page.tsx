import type { Person } from '@centric/contracts/people/person.schemas';
import { Alert, Badge, Button, Group, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMailForward, IconPencil, IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifySuccess } from '../common/errors';
import { label } from '../common/format';
import { IconButton } from '../common/icon-button';
import { PageHeader } from '../common/page-header';
import { PagedTable, type PagedTableColumn } from '../common/paged-table';
import { useUnits } from '../units/unit.queries';
import { EditPersonModal } from './edit-person.modal';
import { InvitePersonModal } from './invite-person.modal';
import { usePeoplePages, usePerson } from './person.queries';

const STATUS_COLOR: Record<Person['status'], string> = {
  active: 'teal',
  invited: 'yellow',
  deactivated: 'gray',
};

/** Settings → People: everyone in the organisation, searchable; admins invite and edit. */
export function PeoplePage() {
  const { can } = useOrg();
  const canInvite = can('person.invite');
  const canEdit = can('person.update');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  // The unit filter comes from the URL (the unit tree links here), so it survives a reload.
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? '';
  const [inviting, setInviting] = useState(false);
  const [invitedEmail, setInvitedEmail] = useState<string | null>(null);
  const [editing, setEditing] = useState<Person | null>(null);
  const units = useUnits();
  const unitNames = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const filters = { q: q || undefined, unitId: unitId || undefined };
  const people = usePeoplePages(filters);
  const filtered = Boolean(filters.q || filters.unitId);
  const columns: PagedTableColumn<Person>[] = [
    { key: 'name', header: 'Name', cell: (person) => person.name, cellProps: { fw: 600 } },
    { key: 'email', header: 'Email', cell: (person) => person.email },
    { key: 'title', header: 'Title', cell: (person) => person.title ?? '—' },
    { key: 'role', header: 'Role', cell: (person) => label(person.role) },
    {
      key: 'unit',
      header: 'Unit',
      cell: (person) => (person.unitId ? (unitNames.get(person.unitId) ?? '…') : '—'),
    },
    { key: 'manager', header: 'Manager', cell: (person) => <ManagerName id={person.managerId} /> },
    {
      key: 'status',
      header: 'Status',
      cell: (person) => (
        <Badge
          variant="dot"
          color={STATUS_COLOR[person.status]}
          tt="none"
          c="dark"
          style={{ overflow: 'visible' }}
          miw="max-content"
        >
          {label(person.status)}
        </Badge>
      ),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: <VisuallyHidden>Actions</VisuallyHidden>,
            cell: (person: Person) => (
              <IconButton
                label={`Edit ${person.name}`}
                icon={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(person)}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone in the organisation, their role, unit and manager. Roles decide what each person may see and do."
        actions={
          canInvite ? (
            <Button
              leftSection={<IconUserPlus size={16} aria-hidden />}
              onClick={() => {
                setInvitedEmail(null);
                setInviting(true);
              }}
              data-testid="invite-person"
            >
              Invite person
            </Button>
          ) : null
        }
      />
      {invitedEmail ? (
        <Alert
          role="status"
          color="teal"
          icon={<IconMailForward aria-hidden />}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setInvitedEmail(null)}
          mb="md"
          data-testid="invitation-sent"
        >
          Invitation sent to {invitedEmail}
        </Alert>
      ) : null}
      <Group mb="md" gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Search people"
          placeholder="Name, e-mail or title"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 260px' }}
          data-testid="people-search"
          type="search"
        />
        {unitId ? (
          <Group gap="xs" data-testid="people-unit-filter">
            <Text size="sm">
              Showing people in <strong>{unitNames.get(unitId) ?? 'one unit'}</strong>
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => setParams({}, { replace: true })}>
              Show everyone
            </Button>
          </Group>
        ) : null}
      </Group>
      <PagedTable
        query={people}
        columns={columns}
        loadingLabel="Loading people"
        minWidth={900}
        striped
        testId="people-table"
        rowTestId="person-row"
        noun={['person', 'people']}
        filtered={filtered}
        loadMoreTestId="people-load-more"
        empty={
          filtered ? (
            <EmptyState icon={<IconSearch />} title="Nobody matches" testId="people-no-match">
              Try another name, or clear the filters.
            </EmptyState>
          ) : (
            <EmptyState icon={<IconUsers />} title="No people yet" testId="people-empty">
              {canInvite ? 'No people yet — invite the first one.' : 'No people yet.'}
            </EmptyState>
          )
        }
      />
      <InvitePersonModal
        opened={inviting}
        units={units.data ?? []}
        onClose={() => setInviting(false)}
        onInvited={(email) => {
          setInviting(false);
          setInvitedEmail(email);
        }}
      />
      <EditPersonModal
        person={editing}
        units={units.data ?? []}
        onClose={() => setEditing(null)}
        onSaved={(person) => {
          setEditing(null);
          notifySuccess(`${person.name} saved`);
        }}
      />
    </>
  );
}

function ManagerName({ id }: { id: string | null }) {
  const manager = usePerson(id);
  if (!id) return <>—</>;
  return <>{manager.data?.name ?? (manager.isError ? 'unknown' : '…')}</>;
}
