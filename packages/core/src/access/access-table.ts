import { ROLES, roleAtLeast } from '../organisation/roles';
import { PERMISSIONS, UNIT_SCOPED_BELOW_EXECUTIVE } from './permissions';

/** Renders the role × action table as Markdown: docs/access.md is this text, and a test keeps them equal. */
export function renderAccessTable(): string {
  const header = `| action | ${ROLES.join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = Object.entries(PERMISSIONS).map(([action, minimum]) => {
    const cells = ROLES.map((role) => {
      if (!roleAtLeast(role, minimum)) return '—';
      const scoped = UNIT_SCOPED_BELOW_EXECUTIVE.includes(action as never) && !roleAtLeast(role, 'executive');
      return scoped ? 'own unit' : 'yes';
    });
    return `| \`${action}\` | ${cells.join(' | ')} |`;
  });
  return [
    '# Who may do what',
    '',
    'Generated from `packages/core/src/access/permissions.ts`, the table every service checks and the access tests walk.',
    'Every request acts inside one organisation; nobody ever sees another organisation’s records.',
    '"own unit" means the person’s unit and all units below it.',
    '',
    header,
    rule,
    ...rows,
    '',
    'Leadership records are each person’s own: a leader makes, pauses and ends their own commitments, logs their own',
    'evidence, records their own decisions and feedback reviews; `leaders.actForOthers` lets an admin record them for a',
    'leader. Evidence is confirmed only by a participant named on it (never by the leader), whatever their role. The',
    'owner of an action item may move its state on without `actionItem.write`.',
    '',
    'API keys act as the person who created them, with that person’s role. Public endpoints (accepting an invitation)',
    'need no sign-in: their token is the credential.',
    '',
  ].join('\n');
}
