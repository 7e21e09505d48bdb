import type { ThemeInsight } from '@centric/contracts/text/insight.schemas';
import {
  Alert,
  Badge,
  Button,
  Drawer,
  Group,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconRefresh, IconTags } from '@tabler/icons-react';
import { useState } from 'react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { errorMessage } from '../common/errors';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { FeedbackList } from '../feedback/feedback-list';
import { CodeframeEditor } from './codeframe-editor';
import { periodFilter } from './period';
import { ProposalsPanel } from './proposals-panel';
import {
  type InsightFilters,
  isActive,
  useCodeframe,
  useProposals,
  useReanalyse,
  useThemeInsights,
  useThemeTrends,
} from './text.queries';
import { NpsEffectChart, TrendChart, VolumeChart } from './theme-charts';

const PERIODS = [
  { value: 'all', label: 'All time' },
  { value: '3', label: 'Last 3 months' },
  { value: '12', label: 'Last 12 months' },
];

/** Themes: what customers talk about, how they feel about it and what it does to NPS; the codeframe behind it. */
export function ThemesPage() {
  const { organisation, can } = useOrg();
  const [period, setPeriod] = useState('all');
  const [selected, setSelected] = useState<string | null>(null);
  const filters = periodFilter(period === 'all' ? null : Number(period), new Date(), organisation.timeZone);
  const codeframe = useCodeframe();
  const insights = useThemeInsights(filters);
  const proposals = useProposals();
  const reanalyse = useReanalyse();
  const run = codeframe.data?.run ?? null;
  const canEdit = can('text.curate');
  const selectedTheme = insights.data?.themes.find((t) => t.themeId === selected);

  return (
    <>
      <PageHeader
        title="Themes"
        description="What customers talk about in their comments, how they feel about it, and which themes drive detractors."
        actions={
          canEdit ? (
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={reanalyse.isPending}
              disabled={isActive(run)}
              onClick={() => reanalyse.mutate()}
              data-testid="reanalyse"
            >
              Re-analyse all comments
            </Button>
          ) : null
        }
      />
      {reanalyse.error ? (
        <Alert role="alert" color="red" mb="md">
          {errorMessage(reanalyse.error)}
        </Alert>
      ) : null}
      {run && isActive(run) ? (
        <Paper withBorder p="sm" mb="md" data-testid="run-progress" aria-live="polite">
          <Text size="sm" mb={6}>
            Re-tagging every comment with codeframe version {run.codeframeVersion}:{' '}
            {run.status === 'queued'
              ? 'waiting to start'
              : `${run.done.toLocaleString()} of ${run.total.toLocaleString()}`}
          </Text>
          <Progress
            value={run.total > 0 ? (100 * run.done) / run.total : 0}
            animated
            aria-label="Re-analysis progress"
          />
        </Paper>
      ) : run?.status === 'failed' ? (
        <Alert role="alert" color="red" mb="md" title="The last re-analysis failed">
          {run.error} — start it again with “Re-analyse all comments”.
        </Alert>
      ) : null}
      <Tabs defaultValue="insights" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="insights">Insights</Tabs.Tab>
          <Tabs.Tab value="codeframe" data-testid="tab-codeframe">
            Codeframe
          </Tabs.Tab>
          <Tabs.Tab value="proposals" data-testid="tab-proposals">
            Proposals
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="insights">
          <Group mb="md">
            <NativeSelect
              label="Period"
              value={period}
              onChange={(e) => setPeriod(e.currentTarget.value)}
              data={PERIODS}
              data-testid="themes-period"
            />
          </Group>
          {insights.error ? (
            <QueryError error={insights.error} onRetry={() => void insights.refetch()} />
          ) : null}
          {insights.isPending ? (
            <Skeleton h={300} aria-label="Loading themes" />
          ) : insights.data && insights.data.comments === 0 ? (
            <EmptyState icon={<IconTags />} title="No analysed comments yet" testId="themes-empty">
              Comments are analysed in the background as responses arrive; themes appear here once there are
              some.
            </EmptyState>
          ) : insights.data ? (
            <Stack gap="lg">
              <Text c="dimmed" data-testid="themes-summary">
                {insights.data.comments.toLocaleString()} comments: {insights.data.negative.toLocaleString()}{' '}
                negative, {insights.data.neutral.toLocaleString()} neutral,{' '}
                {insights.data.positive.toLocaleString()} positive
                {insights.data.nps !== null ? ` · NPS of commenters ${insights.data.nps.toFixed(0)}` : ''}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Paper withBorder p="md">
                  <Title order={2} size="h5" mb="xs">
                    Volume and sentiment
                  </Title>
                  <VolumeChart themes={insights.data.themes} onSelect={setSelected} />
                </Paper>
                <Paper withBorder p="md">
                  <Title order={2} size="h5" mb={4}>
                    Effect on NPS
                  </Title>
                  <Text size="xs" c="dimmed" mb="xs">
                    NPS of comments with the theme minus without it; faded bars are not significant (p ≥
                    0.05).
                  </Text>
                  <NpsEffectChart themes={insights.data.themes} onSelect={setSelected} />
                </Paper>
              </SimpleGrid>
              <DriversTable themes={insights.data.themes} onSelect={setSelected} />
            </Stack>
          ) : null}
        </Tabs.Panel>
        <Tabs.Panel value="codeframe">
          {codeframe.error ? <QueryError error={codeframe.error} /> : null}
          {codeframe.data ? (
            <>
              <Text size="sm" c="dimmed" mb="md">
                {codeframe.data.version === 0
                  ? 'The starter codeframe: change it to make it yours.'
                  : `Version ${codeframe.data.version}.`}{' '}
                Every change re-tags all comments in the background.
              </Text>
              <CodeframeEditor codeframe={codeframe.data} canEdit={canEdit} />
            </>
          ) : (
            <Skeleton h={300} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="proposals">
          {proposals.error ? <QueryError error={proposals.error} /> : null}
          {proposals.data && codeframe.data ? (
            <ProposalsPanel
              proposals={proposals.data}
              codeframe={codeframe.data}
              canEdit={canEdit}
              timeZone={organisation.timeZone}
            />
          ) : (
            <Skeleton h={300} />
          )}
        </Tabs.Panel>
      </Tabs>
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="xl"
        title={selectedTheme ? `${selectedTheme.name}: comments and trend` : 'Theme'}
      >
        {selected ? <ThemeDetail themeId={selected} filters={filters} theme={selectedTheme} /> : null}
      </Drawer>
    </>
  );
}

function ThemeDetail({
  themeId,
  filters,
  theme,
}: {
  themeId: string;
  filters: InsightFilters;
  theme: ThemeInsight | undefined;
}) {
  const trends = useThemeTrends({ ...filters, themeId });
  return (
    <Stack gap="md" data-testid="theme-detail">
      {theme ? (
        <Text size="sm">
          {theme.count.toLocaleString()} comments ({(100 * theme.share).toFixed(1)}%)
          {theme.npsWith !== null
            ? ` · NPS with ${theme.npsWith.toFixed(0)} vs without ${theme.npsWithout?.toFixed(0)}`
            : ''}
        </Text>
      ) : null}
      {trends.data ? <TrendChart trends={trends.data} /> : null}
      <FeedbackList filters={{ theme: themeId }} />
    </Stack>
  );
}

function pct(x: number | null): string {
  return x === null ? '—' : `${(100 * x).toFixed(0)}%`;
}

/** Every theme with its drivers figures; a row opens its comments. */
function DriversTable({ themes, onSelect }: { themes: ThemeInsight[]; onSelect: (id: string) => void }) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="drivers-table">
          <Table.Caption>
            What drives detractors: share of detractors’ and promoters’ comments mentioning each theme.
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Theme</Table.Th>
              <Table.Th scope="col">Comments</Table.Th>
              <Table.Th scope="col">Negative</Table.Th>
              <Table.Th scope="col">Detractors</Table.Th>
              <Table.Th scope="col">Promoters</Table.Th>
              <Table.Th scope="col">NPS with / without</Table.Th>
              <Table.Th scope="col">Effect</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {themes.map((t) => (
              <Table.Tr key={t.themeId} data-testid="driver-row">
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => onSelect(t.themeId)}>
                    {t.name}
                  </Button>
                </Table.Td>
                <Table.Td>{t.count.toLocaleString()}</Table.Td>
                <Table.Td>{t.count > 0 ? pct(t.negative / t.count) : '—'}</Table.Td>
                <Table.Td>{pct(t.detractorShare)}</Table.Td>
                <Table.Td>{pct(t.promoterShare)}</Table.Td>
                <Table.Td>
                  {t.npsWith === null ? '—' : `${t.npsWith.toFixed(0)} / ${t.npsWithout?.toFixed(0) ?? '—'}`}
                </Table.Td>
                <Table.Td>
                  {t.npsEffect === null ? (
                    '—'
                  ) : (
                    <Group gap={6}>
                      <Text c={t.npsEffect < 0 ? 'red' : 'teal'} fw={600}>
                        {t.npsEffect > 0 ? '+' : ''}
                        {t.npsEffect.toFixed(0)}
                      </Text>
                      {t.significant ? (
                        <Badge size="xs" variant="light" title={`p = ${t.npsEffectP?.toPrecision(2)}`}>
                          significant
                        </Badge>
                      ) : null}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
