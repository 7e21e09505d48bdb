import type { Page } from '@centric/contracts/common/pagination.schemas';
import type {
  invitation,
  invitePersonBody,
  Person,
  updatePersonBody,
} from '@centric/contracts/people/person.schemas';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';
import { keys } from '../app/query-keys';

/** Filters of the people list. */
export interface PeopleFilters {
  q?: string | undefined;
  role?: string | undefined;
  unitId?: string | undefined;
}

const PAGE_SIZE = 50;

/** The people list, page by page ("Load more"); every person seen is also cached for name look-ups. */
export function usePeoplePages(filters: PeopleFilters) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useInfiniteQuery({
    queryKey: keys.peopleList(slug, { q: filters.q, role: filters.role, unitId: filters.unitId }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<Person>) => last.nextCursor,
    queryFn: async ({ pageParam, signal }) => {
      const page = await call<Page<Person>>(
        withQuery('/api/v1/people', { ...filters, limit: PAGE_SIZE, cursor: pageParam }),
        { signal },
      );
      for (const person of page.items) queryClient.setQueryData(keys.person(slug, person.id), person);
      return page;
    },
  });
}

/** One person (for showing a manager's or a head's name). */
export function usePerson(id: string | null | undefined) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: keys.person(slug, id ?? ''),
    queryFn: ({ signal }) => call<Person>(`/api/v1/people/${id}`, { signal }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

/** People matching a search, for pickers. */
export function usePeopleSearch(q: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: keys.peopleSearch(slug, q),
    queryFn: async ({ signal }) => {
      const page = await call<Page<Person>>(withQuery('/api/v1/people', { q, limit: 20 }), { signal });
      for (const person of page.items) queryClient.setQueryData(keys.person(slug, person.id), person);
      return page.items;
    },
    placeholderData: (previous) => previous,
  });
}

/** Invites a person: adds them and e-mails a link to join. */
export function useInvitePerson() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof invitePersonBody>) =>
      call<z.output<typeof invitation>>('/api/v1/people/invitations', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.people(slug) }),
  });
}

/** Changes a person's name, title, role, unit, manager or status. */
export function useUpdatePerson() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.output<typeof updatePersonBody> }) =>
      call<Person>(`/api/v1/people/${id}`, { method: 'PATCH', body }),
    onSuccess: (person) => {
      queryClient.setQueryData(keys.person(slug, person.id), person);
      return queryClient.invalidateQueries({ queryKey: keys.people(slug) });
    },
  });
}
