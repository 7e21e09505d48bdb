import type { Customer } from '@centric/contracts/customers/customer.schemas';
import { Anchor, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { PagedTable, type PagedTableColumn } from '../common/paged-table';
import { useCustomerPages, useSegments } from './customer.queries';

/** Customers: searchable list with their segment; each opens the customer's page. */
export function CustomersPage() {
  const { slug, organisation } = useOrg();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [segmentId, setSegmentId] = useState('');
  const segments = useSegments();
  const segmentNames = useMemo(
    () => new Map((segments.data ?? []).map((s) => [s.id, s.name])),
    [segments.data],
  );
  const filters = { q: q || undefined, segmentId: segmentId || undefined };
  const customers = useCustomerPages(filters);
  const filtered = Boolean(filters.q || filters.segmentId);
  const columns: PagedTableColumn<Customer>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (customer) => (
        <Anchor component={Link} to={`/o/${slug}/customers/${customer.id}`} fw={600}>
          {customer.name ?? customer.email ?? customer.externalId ?? 'Unnamed customer'}
        </Anchor>
      ),
    },
    { key: 'email', header: 'Email', cell: (customer) => customer.email ?? '—' },
    { key: 'account', header: 'Account', cell: (customer) => customer.account ?? '—' },
    {
      key: 'segment',
      header: 'Segment',
      cell: (customer) => (customer.segmentId ? (segmentNames.get(customer.segmentId) ?? '…') : '—'),
    },
    { key: 'external-id', header: 'External id', cell: (customer) => customer.externalId ?? '—' },
    {
      key: 'added',
      header: 'Added',
      cell: (customer) => formatDate(customer.createdAt, organisation.timeZone),
    },
  ];

  return (
    <>
      <PageHeader
        title="Customers"
        description="The people and accounts you serve. Their feedback, purchases and lifetime value come together on each customer's page."
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search customers"
          placeholder="Name, e-mail, external id or account"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
          type="search"
          data-testid="customers-search"
        />
        <NativeSelect
          label="Filter by segment"
          value={segmentId}
          onChange={(event) => setSegmentId(event.currentTarget.value)}
          data={[
            { value: '', label: 'All segments' },
            ...(segments.data ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
          data-testid="customers-segment-filter"
        />
      </Group>
      <PagedTable
        query={customers}
        columns={columns}
        loadingLabel="Loading customers"
        minWidth={760}
        striped
        testId="customers-table"
        rowTestId="customer-row"
        noun={['customer', 'customers']}
        filtered={filtered}
        loadMoreTestId="customers-load-more"
        empty={
          filtered ? (
            <EmptyState icon={<IconSearch />} title="No customer matches" testId="customers-no-match">
              Try another search, or clear the segment filter.
            </EmptyState>
          ) : (
            <EmptyState icon={<IconUsersGroup />} title="No customers yet" testId="customers-empty">
              Customers appear here once they are added through the API or an import, or when they answer a
              survey with a personal link.
            </EmptyState>
          )
        }
      />
    </>
  );
}
