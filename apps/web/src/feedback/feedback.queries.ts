import type { Page } from '@centric/contracts/common/pagination.schemas';
import type { Response } from '@centric/contracts/responses/response.schemas';
import { useInfiniteQuery } from '@tanstack/react-query';
import { withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';

/** What the feedback list can be narrowed to. */
export interface FeedbackFilters {
  sentiment?: 'positive' | 'neutral' | 'negative' | undefined;
  theme?: string | undefined;
  unitId?: string | undefined;
}

/** Responses newest first, page by page, with their comment's sentiment and themes. */
export function useFeedbackPages(filters: FeedbackFilters) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useInfiniteQuery({
    queryKey: ['org', slug, 'responses', 'feedback', filters],
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<Response>) => last.nextCursor,
    queryFn: ({ pageParam, signal }) =>
      call<Page<Response>>(withQuery('/api/v1/responses', { ...filters, limit: 30, cursor: pageParam }), {
        signal,
      }),
  });
}
