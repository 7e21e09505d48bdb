import { describe, expect, it } from 'vitest';
import { ROLES } from '../organisation/roles';
import { can, PERMISSIONS, seesWholeOrganisation } from './permissions';

describe('role × action table', () => {
  it.each([
    ['employee', 'unit.read', true],
    ['employee', 'unit.write', false],
    ['manager', 'response.read', true],
    ['employee', 'response.read', false],
    ['admin', 'person.invite', true],
    ['executive', 'person.invite', false],
    ['executive', 'transaction.read', true],
    ['manager', 'transaction.read', false],
    ['owner', 'audit.read', true],
  ] as const)('%s may %s: %s', (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it('is monotone: a stronger role can do everything a weaker one can', () => {
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      const allowed = ROLES.map((r) => can(r, action));
      // ROLES runs strongest first, so once a role is refused every weaker one is refused too.
      const firstRefused = allowed.indexOf(false);
      if (firstRefused >= 0) expect(allowed.slice(firstRefused).every((a) => !a)).toBe(true);
    }
  });

  it('scopes managers to their unit for responses but not executives', () => {
    expect(seesWholeOrganisation('manager', 'response.read')).toBe(false);
    expect(seesWholeOrganisation('executive', 'response.read')).toBe(true);
    expect(seesWholeOrganisation('manager', 'unit.read')).toBe(true);
  });
});
