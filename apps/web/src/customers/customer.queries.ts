import type { segment } from '@centric/contracts/catalogue/catalogue.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import type { Customer, customerDetail } from '@centric/contracts/customers/customer.schemas';
import type { survey } from '@centric/contracts/surveys/survey.schemas';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { fetchAllPages, withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';
import { keys } from '../app/query-keys';

/** A customer segment. */
export type Segment = z.output<typeof segment>;
/** A customer's page. */
export type CustomerDetail = z.output<typeof customerDetail>;

/** The customers list, page by page ("Load more"). */
export function useCustomerPages(filters: { q?: string | undefined; segmentId?: string | undefined }) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useInfiniteQuery({
    queryKey: keys.customerList(slug, { q: filters.q, segmentId: filters.segmentId }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<Customer>) => last.nextCursor,
    queryFn: ({ pageParam, signal }) =>
      call<Page<Customer>>(withQuery('/api/v1/customers', { ...filters, limit: 50, cursor: pageParam }), {
        signal,
      }),
  });
}

/** One customer with their recent responses and purchase totals. */
export function useCustomer(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: keys.customer(slug, id),
    queryFn: ({ signal }) => call<CustomerDetail>(`/api/v1/customers/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Every customer segment. */
export function useSegments() {
  const { slug } = useOrg();
  return useQuery({
    queryKey: keys.segments(slug),
    queryFn: ({ signal }) => fetchAllPages<Segment>('/api/v1/segments', { org: slug, signal }),
    staleTime: 5 * 60_000,
  });
}

/** A survey's name, for labelling responses. */
export function useSurveyName(id: string): string | undefined {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: keys.survey(slug, id),
    queryFn: ({ signal }) => call<z.output<typeof survey>>(`/api/v1/surveys/${id}`, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  }).data?.name;
}
