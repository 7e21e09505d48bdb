import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Outcome } from '../operator-client';

interface Row {
  personId: string;
  name: string;
  committed: number;
  due: number;
  evidenced: number;
  index: number | null;
  state: string;
}

const PERIODS = ['month', 'quarter', 'year'];

function period(value: string): string {
  if (!PERIODS.includes(value)) throw new InvalidArgumentError('must be month, quarter or year');
  return value;
}

/** Lays the rows out as an aligned text table. */
export function walkerTable(rows: readonly Row[]): string {
  const header = ['leader', 'committed', 'due', 'evidenced', 'index', 'state'];
  const body = rows.map((r) => [
    r.name,
    String(r.committed),
    String(r.due),
    String(r.evidenced),
    r.index === null ? '—' : `${Math.round(r.index * 100)} %`,
    r.state.replace('_', ' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)].join('\n');
}

/** `centric leaders …`: the Walker index and nudges from the command line. */
export function leadersCommand(
  program: Command,
  execute: (name: string, input: Record<string, unknown>) => Promise<Outcome>,
): void {
  const leaders = program.command('leaders').description('leadership commitments and the Walker index');
  leaders
    .command('walker-index')
    .description('every leader’s Walker index (commitments evidenced ÷ due) over the current period')
    .requiredOption('--org <slug>', 'the organisation')
    .option('--period <period>', 'month, quarter or year', period, 'quarter')
    .option('--json', 'print the rows as JSON')
    .action(async (o: { org: string; period: string; json?: boolean }) => {
      const outcome = await execute('leaders.walker-index', { org: o.org, period: o.period });
      const rows = outcome.rows as Row[];
      if (o.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${outcome.message}\n\n${rows.length ? walkerTable(rows) : 'no leaders yet'}\n`);
    });
  leaders
    .command('leave')
    .description('record a period of leave for a leader: nothing of theirs falls due on those days')
    .requiredOption('--org <slug>', 'the organisation')
    .requiredOption('--person <email-or-id>', 'the leader, by e-mail address or id')
    .requiredOption('--from <YYYY-MM-DD>', 'first day away')
    .requiredOption('--to <YYYY-MM-DD>', 'last day away')
    .option('--note <text>', 'a note (optional)')
    .action(async (o: { org: string; person: string; from: string; to: string; note?: string }) => {
      const outcome = await execute('leaders.leave', o);
      process.stdout.write(`${outcome.message}\n`);
    });
  leaders
    .command('leave-list')
    .description('every period of leave recorded in the organisation')
    .requiredOption('--org <slug>', 'the organisation')
    .option('--json', 'print the periods as JSON')
    .action(async (o: { org: string; json?: boolean }) => {
      const outcome = await execute('leaders.leave-list', { org: o.org });
      const rows = outcome.rows as {
        personName: string;
        startsOn: string;
        endsOn: string;
        note: string | null;
      }[];
      if (o.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const lines = rows.map(
        (r) => `${r.startsOn} – ${r.endsOn}  ${r.personName}${r.note ? `  (${r.note})` : ''}`,
      );
      process.stdout.write(`${outcome.message}\n${lines.length ? `\n${lines.join('\n')}\n` : ''}`);
    });
  leaders
    .command('nudge')
    .description(
      'send now the reminders due and, on a new month, the executive digest (normally a daily job)',
    )
    .action(async () => {
      const outcome = await execute('leaders.nudge', {});
      process.stdout.write(`${outcome.message}\n`);
    });
}
