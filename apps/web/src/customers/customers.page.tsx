import { Anchor, Group, NativeSelect, Paper, Skeleton, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { formatDate } from '../common/format';
import { ListFooter } from '../common/list-footer';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
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
  const rows = customers.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.q || filters.segmentId);

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
      {customers.error ? (
        <QueryError error={customers.error} onRetry={() => void customers.refetch()} />
      ) : null}
      {customers.isPending ? (
        <Skeleton h={200} aria-label="Loading customers" />
      ) : rows.length === 0 && !customers.error ? (
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
      ) : rows.length > 0 ? (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="customers-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">Account</Table.Th>
                  <Table.Th scope="col">Segment</Table.Th>
                  <Table.Th scope="col">External id</Table.Th>
                  <Table.Th scope="col">Added</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((customer) => (
                  <Table.Tr key={customer.id} data-testid="customer-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/o/${slug}/customers/${customer.id}`} fw={600}>
                        {customer.name ?? customer.email ?? customer.externalId ?? 'Unnamed customer'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{customer.email ?? '—'}</Table.Td>
                    <Table.Td>{customer.account ?? '—'}</Table.Td>
                    <Table.Td>
                      {customer.segmentId ? (segmentNames.get(customer.segmentId) ?? '…') : '—'}
                    </Table.Td>
                    <Table.Td>{customer.externalId ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(customer.createdAt, organisation.timeZone)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <ListFooter
        shown={rows.length}
        hasMore={Boolean(customers.hasNextPage)}
        loadingMore={customers.isFetchingNextPage}
        onLoadMore={() => void customers.fetchNextPage()}
        noun={['customer', 'customers']}
        filtered={filtered}
        testId="customers-load-more"
      />
    </>
  );
}
