import type {
  ClvOverview,
  CustomerValue,
  ImportTransactionsResult,
  refitBody,
} from '@centric/contracts/clv/clv.schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { useOrg, useOrgApi } from '../app/org-context';

const clvKey = (slug: string) => ['org', slug, 'clv'] as const;

/** The latest CLV fit with its aggregates. */
export function useClvOverview() {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: clvKey(slug),
    queryFn: ({ signal }) => call<ClvOverview>('/api/v1/clv', { signal }),
  });
}

/** One customer's value (null when the customer has none yet). */
export function useCustomerValue(customerId: string, enabled: boolean) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...clvKey(slug), 'customer', customerId],
    queryFn: ({ signal }) =>
      call<{ value: CustomerValue | null }>(`/api/v1/customers/${encodeURIComponent(customerId)}/value`, {
        signal,
      }),
    enabled,
  });
}

/** Refits now (optionally with new settings). */
export function useRefit() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof refitBody>) =>
      call<ClvOverview>('/api/v1/clv/refit', { method: 'POST', body }),
    onSuccess: (data) => {
      queryClient.setQueryData(clvKey(slug), data);
      void queryClient.invalidateQueries({ queryKey: clvKey(slug) });
    },
  });
}

/** Checks (dry run) or imports a transaction CSV. */
export function useImportTransactions() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { csv: string; dryRun: boolean }) =>
      call<ImportTransactionsResult>('/api/v1/transactions/import', { method: 'POST', body }),
    onSuccess: (result) => {
      if (result.applied) void queryClient.invalidateQueries({ queryKey: ['org', slug] });
    },
  });
}
