/** The roles a person can hold in an organisation, from most to least powerful. */
export const ROLES = ['owner', 'admin', 'executive', 'manager', 'employee'] as const;
/** A person's role in one organisation. */
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { owner: 5, admin: 4, executive: 3, manager: 2, employee: 1 };

/** True when `role` is at least as powerful as `minimum`. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
