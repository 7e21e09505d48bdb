import type {
  CodeframeChange,
  CodeframeView,
  TextRun,
  ThemeProposalsView,
} from '@centric/contracts/text/codeframe.schemas';
import type { ThemeInsights, ThemeTrends, TopThemes } from '@centric/contracts/text/insight.schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';

/** Filters of the theme insights: a unit subtree and months YYYY-MM. */
export interface InsightFilters {
  unitId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const textKey = (slug: string) => ['org', slug, 'text'] as const;

/** The codeframe; polls while a re-analysis is queued or running so its progress shows. */
export function useCodeframe() {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...textKey(slug), 'codeframe'],
    queryFn: ({ signal }) => call<CodeframeView>('/api/v1/text/codeframe', { signal }),
    refetchInterval: (query) => (isActive(query.state.data?.run) ? 1500 : false),
  });
}

/** True while a run is queued or running. */
export function isActive(run: TextRun | null | undefined): boolean {
  return run?.status === 'queued' || run?.status === 'running';
}

/** Theme proposals from all comments and from "Other". */
export function useProposals() {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...textKey(slug), 'proposals'],
    queryFn: ({ signal }) => call<ThemeProposalsView>('/api/v1/text/proposals', { signal }),
  });
}

/** Themes by volume, sentiment and NPS effect. */
export function useThemeInsights(filters: InsightFilters) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...textKey(slug), 'themes', filters],
    queryFn: ({ signal }) =>
      call<ThemeInsights>(withQuery('/api/v1/text/themes', { ...filters }), { signal }),
  });
}

/** Top themes per unit or month. */
export function useTopThemes(filters: InsightFilters & { groupBy: 'unit' | 'month' }) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...textKey(slug), 'top', filters],
    queryFn: ({ signal }) =>
      call<TopThemes>(withQuery('/api/v1/text/themes/top', { ...filters }), { signal }),
  });
}

/** Month-by-month trend of one theme (or all). */
export function useThemeTrends(filters: InsightFilters & { themeId?: string | undefined }) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...textKey(slug), 'trends', filters],
    queryFn: ({ signal }) => call<ThemeTrends>(withQuery('/api/v1/text/trends', { ...filters }), { signal }),
    enabled: filters.themeId !== undefined,
  });
}

/** Applies a codeframe change at the version shown; refreshes everything textual. */
export function useChangeCodeframe() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; change: CodeframeChange }) =>
      call<CodeframeView>('/api/v1/text/codeframe/changes', { method: 'POST', body: input }),
    onSuccess: (data) => {
      client.setQueryData([...textKey(slug), 'codeframe'], data);
      void client.invalidateQueries({ queryKey: textKey(slug) });
    },
  });
}

/** Starts a re-analysis of every comment (also refreshes proposals). */
export function useReanalyse() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call<TextRun>('/api/v1/text/reanalysis', { method: 'POST', body: {} }),
    onSuccess: () => void client.invalidateQueries({ queryKey: textKey(slug) }),
  });
}
