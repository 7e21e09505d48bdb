import { Group, NativeSelect, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconMessages, IconSearch } from '@tabler/icons-react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { formatDate } from '../common/format';
import { LoadMoreButton } from '../common/list-footer';
import { QueryError } from '../common/query-error';
import { SentimentBadge, ThemeBadge } from '../text/sentiment-badge';
import { type FeedbackFilters, useFeedbackPages } from './feedback.queries';

const SENTIMENTS = [
  { value: '', label: 'Any sentiment' },
  { value: 'negative', label: 'Negative' },
  { value: 'neutral', label: 'Neutral' },
  { value: 'positive', label: 'Positive' },
];

/** The sentiment and theme filters of a feedback list. */
export function FeedbackFilterBar({
  filters,
  themes,
  onChange,
}: {
  filters: FeedbackFilters;
  themes: { id: string; name: string }[];
  onChange: (filters: FeedbackFilters) => void;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
      <NativeSelect
        label="Sentiment"
        value={filters.sentiment ?? ''}
        data={SENTIMENTS}
        onChange={(e) =>
          onChange({
            ...filters,
            sentiment: (e.currentTarget.value || undefined) as FeedbackFilters['sentiment'],
          })
        }
        data-testid="feedback-sentiment-filter"
      />
      <NativeSelect
        label="Theme"
        value={filters.theme ?? ''}
        data={[
          { value: '', label: 'Any theme' },
          ...themes.map((t) => ({ value: t.id, label: t.name })),
          { value: 'other', label: 'Other (no theme)' },
        ]}
        onChange={(e) => onChange({ ...filters, theme: e.currentTarget.value || undefined })}
        data-testid="feedback-theme-filter"
      />
    </Group>
  );
}

/** Responses with comments, newest first, each with its score, sentiment and theme badges. */
export function FeedbackList({
  filters,
  onTheme,
}: {
  filters: FeedbackFilters;
  /** Called when a theme badge is clicked (to filter on it). */
  onTheme?: (themeId: string) => void;
}) {
  const { organisation } = useOrg();
  const pages = useFeedbackPages(filters);
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(filters.sentiment || filters.theme || filters.unitId);
  if (pages.error) return <QueryError error={pages.error} onRetry={() => void pages.refetch()} />;
  if (pages.isPending) return <Skeleton h={240} aria-label="Loading feedback" />;
  if (rows.length === 0)
    return filtered ? (
      <EmptyState icon={<IconSearch />} title="No feedback matches" testId="feedback-no-match">
        Try another sentiment or theme, or clear the filters.
      </EmptyState>
    ) : (
      <EmptyState icon={<IconMessages />} title="No feedback yet" testId="feedback-empty">
        Survey answers appear here as customers respond; their comments are analysed for sentiment and themes
        in the background.
      </EmptyState>
    );
  return (
    <>
      <Stack gap="sm" data-testid="feedback-list">
        {rows.map((r) => (
          <Paper key={r.id} withBorder p="md" data-testid="feedback-item">
            <Group justify="space-between" align="flex-start" gap="xs" mb={r.comment ? 6 : 0}>
              <Group gap="xs">
                {r.score !== null ? (
                  <Text fw={700} aria-label={`score ${r.score}`}>
                    {r.score}
                  </Text>
                ) : null}
                {r.text ? <SentimentBadge label={r.text.label} score={r.text.score} /> : null}
                {r.text?.themes.map((t) => (
                  <ThemeBadge
                    key={t.themeId}
                    name={t.name}
                    label={t.label}
                    {...(onTheme ? { onClick: () => onTheme(t.themeId) } : {})}
                  />
                ))}
              </Group>
              <Text size="sm" c="dimmed">
                {formatDate(r.respondedAt, organisation.timeZone, true)}
              </Text>
            </Group>
            {r.comment ? <Text>{r.comment}</Text> : <Text c="dimmed">No comment</Text>}
          </Paper>
        ))}
      </Stack>
      <LoadMoreButton
        hasMore={Boolean(pages.hasNextPage)}
        loadingMore={pages.isFetchingNextPage}
        onLoadMore={() => void pages.fetchNextPage()}
        testId="feedback-load-more"
      />
    </>
  );
}
