import type { Me } from '@centric/contracts/organisations/organisation.schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/api';
import { keys } from '../app/query-keys';

/** Who is signed in and where they belong; fails with a 401 ApiError when nobody is. */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: ({ signal }) => api<Me>('/api/v1/me', { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

/** Signs in with e-mail and password (a cookie session), then forgets everything cached for the previous user. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      api<unknown>('/api/auth/sign-in/email', { method: 'POST', body: credentials }),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery({
        queryKey: keys.me,
        queryFn: () => api<Me>('/api/v1/me'),
      });
    },
  });
}

/** Ends the session, goes to the sign-in page and clears every cached answer. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api<unknown>('/api/auth/sign-out', { method: 'POST', body: {} }),
    onSuccess: async () => {
      await navigate('/sign-in', { replace: true });
      queryClient.clear();
    },
  });
}

/** A same-site path to return to after signing in, never an open redirect. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}
