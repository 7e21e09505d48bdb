import type { CaseSummary } from '@centric/contracts/cases/case.schemas';
import { Anchor, Badge, Paper, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { PagedTable, type PagedTableColumn } from '../common/paged-table';
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
  const columns: PagedTableColumn<CaseSummary>[] = [
    {
      key: 'opened',
      header: 'Opened',
      cell: (c) => (
        <Anchor component={Link} to={`/o/${slug}/cases/${c.id}`} fw={600}>
          {formatDate(c.openedAt, organisation.timeZone, true)}
        </Anchor>
      ),
    },
    { key: 'score', header: 'Score', cell: (c) => <ScoreBadge score={c.score} /> },
    {
      key: 'comment',
      header: 'Comment',
      cellProps: { maw: 320 },
      cell: (c) => (
        <Text size="sm" lineClamp={2}>
          {c.comment ?? '—'}
        </Text>
      ),
    },
    { key: 'unit', header: 'Unit', cell: (c) => (c.unitId ? (units.get(c.unitId) ?? '…') : '—') },
    { key: 'owner', header: 'Owner', cell: (c) => <Owner id={c.escalatedToPersonId ?? c.ownerPersonId} /> },
    { key: 'due', header: 'Contact by', cell: (c) => formatDate(c.dueAt, organisation.timeZone, true) },
    { key: 'state', header: 'State', cell: (c) => <CaseStatus kase={c} /> },
  ];
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
      <PagedTable
        query={cases}
        columns={columns}
        loadingLabel="Loading cases"
        minWidth={680}
        testId="cases-table"
        rowTestId="case-row"
        empty={
          <EmptyState icon={<IconLifebuoy />} title="No cases here" testId="cases-empty">
            {view === 'mine'
              ? 'Nothing waits for you. Cases you own or that were escalated to you appear here.'
              : 'Cases open automatically when a customer gives a low score.'}
          </EmptyState>
        }
      />
    </>
  );
}
