import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconMessageOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchAllPages } from '../api/api';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { useUnits } from '../units/unit.queries';
import { BreakdownTable, type Crumb } from './breakdown-table';
import { apiFilters, type DashboardFilters, trendGrouping, useDashboardFilters } from './dashboard-filters';
import { HeadlineCard } from './headline-card';
import { LeaderboardPanel } from './leaderboard-panel';
import { useComparison, useMetric } from './metric.queries';
import { TrendChart } from './trend-chart';
import { WelcomePanel } from './welcome.panel';

/** The dashboard: the executive dashboard for those who may read metrics, a welcome for everyone else. */
export function DashboardPage() {
  const { can } = useOrg();
  return can('metric.read') ? <ExecutiveDashboard /> : <WelcomePanel />;
}

/** Today in a time zone, YYYY-MM-DD. */
function today(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

const PRESETS = [
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '365', label: 'Last 12 months' },
  { value: 'custom', label: 'Custom' },
];

/** A channel or segment as the filters need it. */
interface Named {
  id: string;
  name: string;
}

function useCatalogue<T>(path: string, key: string) {
  const { slug } = useOrg();
  return useQuery({
    queryKey: ['org', slug, key],
    queryFn: ({ signal }) => fetchAllPages<T>(path, { org: slug, signal }),
    staleTime: 60_000,
  });
}

/** Headline NPS, CSAT and CES with margins of error, the trend, breakdowns and the leaderboard, for the URL's filters. */
function ExecutiveDashboard() {
  const { organisation } = useOrg();
  const [filters, update] = useDashboardFilters();
  const units = useUnits();
  const channels = useCatalogue<Named>('/api/v1/channels', 'channels');
  const segments = useCatalogue<Named>('/api/v1/segments', 'segments');

  // Without dates in the URL the server picks the last 12 months up to its today, in the organisation's time zone.
  const query = useMemo(() => apiFilters(filters), [filters]);
  const nps = useMetric('nps', query);
  const csat = useMetric('csat', query);
  const ces = useMetric('ces', query);
  const responses = useMetric('responses', query);
  const from = filters.from ?? nps.data?.from;
  const to = filters.to ?? nps.data?.to;
  const anchor = nps.data?.to ?? today(organisation.timeZone);
  const preset =
    !filters.from && !filters.to
      ? '365'
      : filters.from && filters.to === undefined
        ? String(Math.round((Date.parse(anchor) - Date.parse(filters.from)) / 86_400_000) + 1)
        : 'custom';
  const trend = useMetric(filters.metric, query, from && to ? trendGrouping(from, to) : 'month');
  const breakdown = useMetric(filters.metric, query, filters.by);
  const comparison = useComparison(filters.metric, query, filters.by);

  const crumbs = useMemo<Crumb[]>(() => {
    const all: Crumb[] = [{ id: undefined, name: 'Whole organisation' }];
    const byId = new Map((units.data ?? []).map((u) => [u.id, u]));
    const chain: Crumb[] = [];
    for (
      let u = filters.unit ? byId.get(filters.unit) : undefined;
      u;
      u = u.parentId ? byId.get(u.parentId) : undefined
    )
      chain.unshift({ id: u.id, name: u.name });
    return [...all, ...chain];
  }, [units.data, filters.unit]);

  const setPreset = (value: string | null) => {
    if (!value || value === 'custom') return update({ from, to });
    update({ from: value === '365' ? undefined : daysBefore(anchor, Number(value) - 1), to: undefined });
  };

  const noData = responses.data && responses.data.n === 0 && !responses.isPlaceholderData;
  const filtered = Boolean(filters.unit || filters.channel || filters.segment || filters.from || filters.to);

  return (
    <>
      <PageHeader
        title="Executive dashboard"
        description={`${organisation.name} · ${from ?? '…'} to ${to ?? '…'} · values with their 95% margin of error; arrows only for significant changes`}
        actions={
          filtered ? (
            <Button
              variant="subtle"
              onClick={() =>
                update({
                  from: undefined,
                  to: undefined,
                  unit: undefined,
                  channel: undefined,
                  segment: undefined,
                })
              }
            >
              Clear filters
            </Button>
          ) : undefined
        }
      />
      <Group gap="sm" mb="lg" align="flex-end" wrap="wrap" data-testid="dashboard-filters">
        <Select
          label="Period"
          data={PRESETS}
          value={PRESETS.some((p) => p.value === preset) ? preset : 'custom'}
          onChange={setPreset}
          allowDeselect={false}
          w={160}
        />
        <TextInput
          type="date"
          label="From"
          value={from}
          max={to}
          onChange={(e) => e.currentTarget.value && update({ from: e.currentTarget.value, to })}
          w={160}
        />
        <TextInput
          type="date"
          label="To"
          value={to}
          min={from}
          onChange={(e) => e.currentTarget.value && update({ from, to: e.currentTarget.value })}
          w={160}
        />
        <Select
          label="Unit"
          placeholder="Whole organisation"
          clearable
          searchable
          data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={filters.unit ?? null}
          onChange={(v) => update({ unit: v ?? undefined })}
          w={200}
        />
        <Select
          label="Channel"
          placeholder="All channels"
          clearable
          data={(channels.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={filters.channel ?? null}
          onChange={(v) => update({ channel: v ?? undefined })}
          w={180}
        />
        <Select
          label="Segment"
          placeholder="All segments"
          clearable
          data={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={filters.segment ?? null}
          onChange={(v) => update({ segment: v ?? undefined })}
          w={180}
        />
      </Group>

      {nps.error ? <QueryError error={nps.error} onRetry={() => nps.refetch()} /> : null}
      {noData ? (
        <EmptyState
          icon={<IconMessageOff />}
          title={filtered ? 'No responses match these filters' : 'No feedback yet'}
          testId="dashboard-empty"
        >
          {filtered
            ? 'Widen the period or clear a filter to see the metrics.'
            : 'NPS, CSAT and CES appear here as soon as customers answer your surveys or you import responses.'}
        </EmptyState>
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <HeadlineCard metric="nps" result={nps.data} loading={nps.isFetching} />
            <HeadlineCard metric="csat" result={csat.data} loading={csat.isFetching} />
            <HeadlineCard metric="ces" result={ces.data} loading={ces.isFetching} />
          </SimpleGrid>
          <Group>
            <SegmentedControl
              value={filters.metric}
              onChange={(v) => update({ metric: v as DashboardFilters['metric'] })}
              data={[
                { label: 'NPS', value: 'nps' },
                { label: 'CSAT', value: 'csat' },
                { label: 'CES', value: 'ces' },
              ]}
              aria-label="Metric of the trend, breakdown and leaderboard"
            />
          </Group>
          {trend.error ? <QueryError error={trend.error} onRetry={() => trend.refetch()} /> : null}
          {trend.data ? <TrendChart metric={filters.metric} result={trend.data} /> : null}
          {breakdown.error ? (
            <QueryError error={breakdown.error} onRetry={() => breakdown.refetch()} />
          ) : null}
          {breakdown.data ? (
            <BreakdownTable
              metric={filters.metric}
              by={filters.by}
              result={breakdown.data}
              crumbs={crumbs}
              onBy={(by) => update({ by })}
              onDrill={(unit) => update({ unit })}
            />
          ) : null}
          {comparison.error ? (
            <QueryError error={comparison.error} onRetry={() => comparison.refetch()} />
          ) : null}
          {comparison.data ? <LeaderboardPanel result={comparison.data} /> : null}
        </Stack>
      )}
    </>
  );
}
