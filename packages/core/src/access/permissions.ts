import { type Role, roleAtLeast } from '../organisation/roles';

/**
 * The role × action table: the least role allowed to perform each action. It is the single source for the
 * services' checks, the docs (docs/access.md is generated from it) and the access tests.
 */
export const PERMISSIONS = {
  'organisation.read': 'employee',
  'organisation.update': 'admin',
  'unit.read': 'employee',
  'unit.write': 'admin',
  'person.read': 'employee',
  'person.invite': 'admin',
  'person.update': 'admin',
  'customer.read': 'manager',
  'customer.write': 'admin',
  'catalogue.read': 'employee',
  'catalogue.write': 'admin',
  'survey.read': 'manager',
  'survey.write': 'admin',
  'response.read': 'manager',
  'response.write': 'admin',
  'transaction.read': 'executive',
  'metric.read': 'manager',
  'transaction.write': 'admin',
  'apiKey.create': 'manager',
  'audit.read': 'admin',
  'outbox.read': 'admin',
  'vision.read': 'employee',
  'vision.comment': 'employee',
  'vision.write': 'executive',
  'initiative.read': 'employee',
  'initiative.write': 'executive',
  'goal.read': 'manager',
  'goal.write': 'manager',
  'incentive.read': 'executive',
  'incentive.write': 'admin',
} as const satisfies Record<string, Role>;

/** Something a person may try to do. */
export type Action = keyof typeof PERMISSIONS;

/** Actions that see only the person's own unit and its descendants when the role is below executive. */
export const UNIT_SCOPED_BELOW_EXECUTIVE: readonly Action[] = [
  'response.read',
  'customer.read',
  'metric.read',
];

/** True when a person with `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return roleAtLeast(role, PERMISSIONS[action]);
}

/** True when the role sees the whole organisation for this action rather than only its unit subtree. */
export function seesWholeOrganisation(role: Role, action: Action): boolean {
  return !UNIT_SCOPED_BELOW_EXECUTIVE.includes(action) || roleAtLeast(role, 'executive');
}
