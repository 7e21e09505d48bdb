import type { createUnitBody, Unit, updateUnitBody } from '@centric/contracts/units/unit.schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { fetchAllPages } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';
import { keys } from '../app/query-keys';

/** Every unit of the organisation (all pages). */
export function useUnits() {
  const { slug } = useOrg();
  return useQuery({
    queryKey: keys.units(slug),
    queryFn: ({ signal }) => fetchAllPages<Unit>('/api/v1/units', { org: slug, signal }),
  });
}

/** A map from unit id to unit, for showing names. */
export function useUnitNames(): Map<string, string> {
  const units = useUnits().data;
  const map = new Map<string, string>();
  for (const unit of units ?? []) map.set(unit.id, unit.name);
  return map;
}

/** Adds a unit. */
export function useCreateUnit() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof createUnitBody>) =>
      call<Unit>('/api/v1/units', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.units(slug) }),
  });
}

/** Renames, re-kinds, moves or re-heads a unit. */
export function useUpdateUnit() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.output<typeof updateUnitBody> }) =>
      call<Unit>(`/api/v1/units/${id}`, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.units(slug) }),
  });
}

/** Deletes an empty unit (the server refuses one with sub-units or people). */
export function useDeleteUnit() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call<null>(`/api/v1/units/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.units(slug) }),
  });
}
