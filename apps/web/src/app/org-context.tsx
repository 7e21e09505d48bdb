import type { Organisation } from '@centric/contracts/organisations/organisation.schemas';
import { type Action, can } from '@centric/core/access/permissions';
import type { Role } from '@centric/core/organisation/roles';
import { createContext, useCallback, useContext, useMemo } from 'react';
import { type ApiOptions, api } from '../api/api';

/** The organisation the page is about, and the signed-in person's place in it. */
export interface OrgContextValue {
  slug: string;
  organisation: Organisation;
  personId: string;
  personName: string;
  role: Role;
  /** True when the person's role allows the action (the server checks again). */
  can: (action: Action) => boolean;
}

const OrgContext = createContext<OrgContextValue | null>(null);

/** Provides the current organisation to the pages under /o/:slug. */
export function OrgProvider({
  value,
  children,
}: {
  value: Omit<OrgContextValue, 'can'>;
  children: React.ReactNode;
}) {
  const full = useMemo<OrgContextValue>(
    () => ({ ...value, can: (action: Action) => can(value.role, action) }),
    [value],
  );
  return <OrgContext.Provider value={full}>{children}</OrgContext.Provider>;
}

/** The current organisation; only valid under /o/:slug. */
export function useOrg(): OrgContextValue {
  const value = useContext(OrgContext);
  if (!value) throw new Error('useOrg is used outside an organisation page');
  return value;
}

/** The API bound to the current organisation: every call carries its X-Centric-Org header. */
export function useOrgApi(): <T>(path: string, options?: Omit<ApiOptions, 'org'>) => Promise<T> {
  const { slug } = useOrg();
  return useCallback(
    <T,>(path: string, options: Omit<ApiOptions, 'org'> = {}) => api<T>(path, { ...options, org: slug }),
    [slug],
  );
}
