import type {
  CaseDetail,
  CaseSummary,
  caseStatsBody,
  UpdateCase,
} from '@centric/contracts/cases/case.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import type { person } from '@centric/contracts/people/person.schemas';
import type { Response } from '@centric/contracts/responses/response.schemas';
import type { VoiceSettings } from '@centric/contracts/voice/voice.schemas';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';

/** The inbox's filters, as query parameters of GET /responses. */
export type InboxFilters = Record<string, string | undefined>;

const inboxKey = (slug: string) => ['org', slug, 'inbox'] as const;
const casesKey = (slug: string) => ['org', slug, 'cases'] as const;

/** Responses matching the inbox filters, page by page. */
export function useInboxPages(filters: InboxFilters) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useInfiniteQuery({
    queryKey: [...inboxKey(slug), filters],
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<Response>) => last.nextCursor,
    queryFn: ({ pageParam, signal }) =>
      call<Page<Response>>(withQuery('/api/v1/responses', { ...filters, limit: 50, cursor: pageParam }), {
        signal,
      }),
  });
}

/** Cases matching the filters, page by page. */
export function useCasePages(filters: Record<string, string | undefined>) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useInfiniteQuery({
    queryKey: [...casesKey(slug), 'list', filters],
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<CaseSummary>) => last.nextCursor,
    queryFn: ({ pageParam, signal }) =>
      call<Page<CaseSummary>>(withQuery('/api/v1/cases', { ...filters, limit: 50, cursor: pageParam }), {
        signal,
      }),
  });
}

/** The case of a response, if it has one (first match of the response's id). */
export function useCaseOfResponse(responseId: string | null) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...casesKey(slug), 'of', responseId],
    enabled: responseId !== null,
    queryFn: async ({ signal }) => {
      const page = await call<Page<CaseSummary>>(withQuery('/api/v1/cases', { limit: 200 }), { signal });
      return page.items.find((c) => c.responseId === responseId) ?? null;
    },
  });
}

/** One case with its response, history and notes. */
export function useCase(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...casesKey(slug), 'one', id],
    queryFn: ({ signal }) => call<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Counts, time to contact and recovery rate. */
export function useCaseStats() {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...casesKey(slug), 'stats'],
    queryFn: ({ signal }) => call<z.output<typeof caseStatsBody>>('/api/v1/cases/stats', { signal }),
  });
}

/** Moves a case on or adds a note. */
export function useUpdateCase(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCase) =>
      call<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: casesKey(slug) });
      void queryClient.invalidateQueries({ queryKey: inboxKey(slug) });
    },
  });
}

/** The organisation's voice settings (root causes, SLA). */
export function useVoiceSettings() {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: ['org', slug, 'voice-settings'],
    queryFn: ({ signal }) => call<VoiceSettings>('/api/v1/voice/settings', { signal }),
    staleTime: 60_000,
  });
}

/** A person's name, for owners of cases. */
export function usePersonName(id: string | null): string | undefined {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: ['org', slug, 'people', 'one', id],
    enabled: id !== null,
    queryFn: ({ signal }) => call<z.output<typeof person>>(`/api/v1/people/${id}`, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  }).data?.name;
}
