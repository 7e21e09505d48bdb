import type { CaseSummary } from '@centric/contracts/cases/case.schemas';
import { Anchor, Badge, Paper, SegmentedControl, SimpleGrid, Skeleton, Table, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { formatDate } from '../common/format';
import { LoadMoreButton } from '../common/list-footer';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { useUnitNames } from '../units/unit.queries';
import { useCasePages, useCaseStats, usePersonName } from './inbox.queries';
import { ScoreBadge } from './score-badge';

const VIEWS: Record<string, Record<string, string | undefined>> = {
  mine: { mine: 'true', status: 'open' },
  open: { status: 'open' },
  overdue: { overdue: 'true' },
  all: {},
};

/** A case's state as a coloured badge. */
export function CaseStatus({ kase }: { kase: Pick<CaseSummary, 'status' | 'overdue'> }) {
  // Dark shades keep the white label above 4.5:1 contrast.
  if (kase.overdue) return <Badge color="red.8">Overdue</Badge>;
  const look = {
    new: ['blue.8', 'New'],
    contacted: ['grape.8', 'Contacted'],
    resolved: ['green.9', 'Resolved'],
    wont_fix: ['gray.7', 'Won’t fix'],
  }[kase.status];
  return (
    <Badge color={look[0]} variant="filled">
      {look[1]}
    </Badge>
  );
}

function Owner({ id }: { id: string | null }) {
  const name = usePersonName(id);
  return <>{id ? (name ?? '…') : 'Unassigned'}</>;
}

/** Closed-loop cases: unhappy customers to call back, with the SLA, and what the loop achieved. */
export function CasesPage() {
  const { slug, organisation } = useOrg();
  const [view, setView] = useState('mine');
  const cases = useCasePages(VIEWS[view] ?? {});
  const stats = useCaseStats().data;
  const units = useUnitNames();
  const rows = cases.data?.pages.flatMap((p) => p.items) ?? [];
  const figures: [string, string][] = [
    ['Open', stats ? String(stats.open) : '…'],
    ['Overdue', stats ? String(stats.overdue) : '…'],
    [
      'Median time to contact',
      stats
        ? stats.medianHoursToContact === null
          ? '—'
          : `${stats.medianHoursToContact.toFixed(1)} h`
        : '…',
    ],
    [
      'Recovery rate',
      stats ? (stats.recoveryRate === null ? '—' : `${Math.round(stats.recoveryRate * 100)} %`) : '…',
    ],
  ];
  return (
    <>
      <PageHeader
        title="Cases"
        description="Every unhappy customer gets a call back: a case opens for each detractor, goes to the head of the unit, and escalates when nobody calls in time."
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md">
        {figures.map(([name, value]) => (
          <Paper key={name} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {name}
            </Text>
            <Text fw={700} size="xl" data-testid={`case-stat-${name.toLowerCase().replace(/ /g, '-')}`}>
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <SegmentedControl
        mb="md"
        value={view}
        onChange={setView}
        aria-label="Which cases"
        data={[
          { value: 'mine', label: 'Mine' },
          { value: 'open', label: 'Open' },
          { value: 'overdue', label: 'Overdue' },
          { value: 'all', label: 'All' },
        ]}
        data-testid="cases-view"
      />
      {cases.error ? <QueryError error={cases.error} onRetry={() => void cases.refetch()} /> : null}
      {cases.isPending ? (
        <Skeleton h={200} aria-label="Loading cases" />
      ) : rows.length === 0 && !cases.error ? (
        <EmptyState icon={<IconLifebuoy />} title="No cases here" testId="cases-empty">
          {view === 'mine'
            ? 'Nothing waits for you. Cases you own or that were escalated to you appear here.'
            : 'Cases open automatically when a customer gives a low score.'}
        </EmptyState>
      ) : rows.length > 0 ? (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={680}>
            <Table highlightOnHover verticalSpacing="sm" data-testid="cases-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Opened</Table.Th>
                  <Table.Th scope="col">Score</Table.Th>
                  <Table.Th scope="col">Comment</Table.Th>
                  <Table.Th scope="col">Unit</Table.Th>
                  <Table.Th scope="col">Owner</Table.Th>
                  <Table.Th scope="col">Contact by</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => (
                  <Table.Tr key={c.id} data-testid="case-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/o/${slug}/cases/${c.id}`} fw={600}>
                        {formatDate(c.openedAt, organisation.timeZone, true)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ScoreBadge score={c.score} />
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Text size="sm" lineClamp={2}>
                        {c.comment ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{c.unitId ? (units.get(c.unitId) ?? '…') : '—'}</Table.Td>
                    <Table.Td>
                      <Owner id={c.escalatedToPersonId ?? c.ownerPersonId} />
                    </Table.Td>
                    <Table.Td>{formatDate(c.dueAt, organisation.timeZone, true)}</Table.Td>
                    <Table.Td>
                      <CaseStatus kase={c} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <LoadMoreButton
        hasMore={Boolean(cases.hasNextPage)}
        loadingMore={cases.isFetchingNextPage}
        onLoadMore={() => void cases.fetchNextPage()}
      />
    </>
  );
}
