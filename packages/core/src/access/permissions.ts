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
  'response.import': 'admin',
  'text.read': 'manager',
  'text.curate': 'admin',
  'survey.invite': 'admin',
  'case.read': 'manager',
  'case.write': 'manager',
  'voice.settings': 'admin',
  'webhook.manage': 'admin',
  'transaction.read': 'executive',
  'metric.read': 'manager',
  'transaction.write': 'admin',
  'clv.read': 'executive',
  'clv.refit': 'admin',
  'apiKey.create': 'manager',
  'apiKey.manage': 'admin',
  'audit.read': 'admin',
  'outbox.read': 'admin',
  'behaviour.read': 'employee',
  'behaviour.write': 'executive',
  'commitment.read': 'employee',
  'commitment.write': 'manager',
  'evidence.read': 'employee',
  'evidence.write': 'employee',
  'decision.read': 'employee',
  'decision.write': 'manager',
  'feedbackReview.read': 'employee',
  'feedbackReview.write': 'manager',
  'actionItem.read': 'employee',
  'actionItem.write': 'manager',
  'walker.read': 'employee',
  'walker.configure': 'admin',
  'leave.read': 'employee',
  'leave.write': 'manager',
  'leaders.actForOthers': 'admin',
  'vision.read': 'employee',
  'vision.comment': 'employee',
  'vision.write': 'executive',
  'initiative.read': 'employee',
  'initiative.write': 'executive',
  'goal.read': 'manager',
  'goal.write': 'manager',
  'incentive.read': 'executive',
  'incentive.write': 'admin',
  'reviewCycle.read': 'employee',
  'reviewCycle.manage': 'admin',
  'review.read': 'employee',
  'review.write': 'employee',
  'review.readAll': 'admin',
} as const satisfies Record<string, Role>;

/** Something a person may try to do. */
export type Action = keyof typeof PERMISSIONS;

/** Actions that see only the person's own unit and its descendants when the role is below executive. */
export const UNIT_SCOPED_BELOW_EXECUTIVE: readonly Action[] = [
  'response.read',
  'customer.read',
  'text.read',
  'metric.read',
  'case.read',
  'case.write',
];

/** True when a person with `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return roleAtLeast(role, PERMISSIONS[action]);
}

/** True when the role sees the whole organisation for this action rather than only its unit subtree. */
export function seesWholeOrganisation(role: Role, action: Action): boolean {
  return !UNIT_SCOPED_BELOW_EXECUTIVE.includes(action) || roleAtLeast(role, 'executive');
}
