import { AppError } from '@centric/core/errors';
import { Command, InvalidArgumentError } from 'commander';
import { leadersCommand } from './commands/leaders.command';
import type { Outcome } from './operator-client';

// The server's modules load only when a command runs, so `--help` answers at once.
const execute = async (name: string, input: Record<string, unknown>) =>
  (await import('./operator-client')).execute(name, input);
const serve = async (options: { port?: number; host?: string; demo?: boolean }) =>
  (await import('./commands/serve.command')).serve(options);

const text = async () => import('./commands/text.command');
const clvFit = async (options: import('./commands/clv-fit.command').ClvFitOptions) =>
  (await import('./commands/clv-fit.command')).clvFit(options, execute);

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('must be a date as YYYY-MM-DD');
  return value;
}
function period(value: string): string {
  if (!['day', 'week', 'month'].includes(value)) throw new InvalidArgumentError('must be day, week or month');
  return value;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
  return n;
}
function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number');
  return n;
}

/** Prints an operator command's outcome; `lastLine` goes alone on the last line (e.g. a new API key). */
function report(outcome: Outcome, lastLine?: string): void {
  const via = outcome.ranBy === 'server' ? ' (done by the running server)' : '';
  process.stdout.write(`${outcome.message}${via}\n`);
  if (typeof outcome.oneTimePassword === 'string')
    process.stdout.write(`one-time password (shown once): ${outcome.oneTimePassword}\n`);
  if (lastLine !== undefined) process.stdout.write(`${lastLine}\n`);
}

const program = new Command()
  .name('centric')
  .description(
    'Centric — customer-centric leadership, measured.\nConfigured by environment: PORT, HOST, CENTRIC_DATA_DIR, DATABASE_URL, SMTP_URL (see the README).',
  )
  .showHelpAfterError('(run with --help for usage)');

program
  .command('serve')
  .description('start the server (API, web app) after applying migrations')
  .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', integer)
  .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
  .option('--demo', 'create the demo organisation first, unless it exists')
  .action(serve);

program
  .command('migrate')
  .description('apply the database migrations')
  .action(async () => report(await execute('migrate', {})));

program
  .command('demo')
  .description(
    'create the demo organisation (a retailer with stores, people, customers, transactions and responses)',
  )
  .option('--scale <factor>', 'multiply customers and responses (25 ≈ 1M responses)', positive, 1)
  .option('--org <slug>', 'slug of the demo organisation', 'demo')
  .action(async (options: { scale: number; org: string }) => {
    const outcome = await execute('demo', { scale: options.scale, slug: options.org });
    const signIn = outcome.signIn as { email: string; password: string } | undefined;
    report(outcome, signIn ? `sign in as ${signIn.email} / ${signIn.password}` : undefined);
  });

const org = program.command('org').description('organisations');
org
  .command('create')
  .description('create an organisation and its owner (prints a one-time password when none is given)')
  .requiredOption('--slug <slug>', 'URL-safe handle, e.g. acme')
  .requiredOption('--name <name>', 'display name')
  .requiredOption('--owner <email>', 'e-mail of the owner (created if new)')
  .option('--owner-name <name>', 'the owner’s name')
  .option('--password <password>', 'the owner’s password, when the owner is new')
  .option('--time-zone <tz>', 'IANA time zone, e.g. Europe/Paris', 'UTC')
  .option('--currency <code>', 'ISO 4217 currency code', 'EUR')
  .action(
    async (o: {
      slug: string;
      name: string;
      owner: string;
      ownerName?: string;
      password?: string;
      timeZone: string;
      currency: string;
    }) => report(await execute('org.create', { ...o })),
  );

const user = program.command('user').description('sign-in identities');
user
  .command('create')
  .description(
    'create a user (prints a one-time password when none is given), optionally adding them to an organisation',
  )
  .requiredOption('--email <email>', 'e-mail address')
  .requiredOption('--name <name>', 'full name')
  .option('--password <password>', 'password (at least 10 characters)')
  .option('--org <slug>', 'add the user to this organisation')
  .option(
    '--role <role>',
    'role in that organisation: owner, admin, executive, manager, employee',
    'employee',
  )
  .action(async (o: { email: string; name: string; password?: string; org?: string; role: string }) =>
    report(await execute('user.create', { ...o })),
  );

const apiKey = program.command('api-key').description('API keys for scripts');
apiKey
  .command('create')
  .description(
    'create an API key acting as a person of an organisation; the key is printed alone on the last line',
  )
  .requiredOption('--org <slug>', 'the organisation')
  .requiredOption('--email <email>', 'the person the key acts as')
  .option('--name <name>', 'a label for the key', 'CLI key')
  .action(async (o: { org: string; email: string; name: string }) => {
    const outcome = await execute('api-key.create', { ...o });
    report(outcome, String(outcome.key));
  });

const clv = program.command('clv').description('customer lifetime value');
clv
  .command('fit')
  .description(
    'fit BG/NBD and Gamma-Gamma to a transaction file (customer_id,date,amount with a header row, ISO dates; same-day purchases merged, refunds netted), or to an organisation’s stored transactions',
  )
  .option(
    '--transactions <file>',
    'CSV file of transactions; without it the stored transactions of --org are fitted',
  )
  .option(
    '--org <slug>',
    'the organisation whose stored transactions to fit (and whose customer values to refresh)',
  )
  .option(
    '--calibration-end <date>',
    'last day of the calibration window (YYYY-MM-DD); later purchases form the holdout check',
    isoDay,
  )
  .option(
    '--period <unit>',
    'time unit of the models: day, week or month (default: week, or the organisation’s setting)',
    period,
  )
  .option('--json', 'print one JSON object')
  .action(clvFit);

const importCommand = program.command('import').description('import data from files');
importCommand
  .command('transactions')
  .description(
    'import a transaction CSV (customer_id,date,amount[,transaction_id]; customer_id is the customer’s external id), all or nothing; the CLV models are refitted afterwards',
  )
  .argument('<file>', 'the CSV file')
  .requiredOption('--org <slug>', 'the organisation')
  .option('--dry-run', 'check every line and report, import nothing')
  .action(async (file: string, o: { org: string; dryRun?: boolean }) => {
    const { importTransactionsCommand } = await import('./commands/import-transactions.command');
    await importTransactionsCommand(absolute(file), o, execute);
  });
(await import('./commands/import-responses.command')).importResponsesCommand(
  importCommand,
  execute,
  absolute,
);
const metrics = program.command('metrics').description('the metrics engine');
metrics
  .command('rebuild')
  .description(
    'recompute an organisation’s metric rollups from its responses (after bulk loads or a time-zone change)',
  )
  .requiredOption('--org <slug>', 'the organisation')
  .action(async (o: { org: string }) => report(await execute('metrics.rebuild', { ...o })));
leadersCommand(program, execute);

const direction = program.command('direction').description('the vision, action plan and goals');
direction
  .command('plan')
  .description('print the ranked action plan with the live progress of every initiative’s target')
  .requiredOption('--org <slug>', 'the organisation')
  .action(async (o: { org: string }) => report(await execute('direction.plan', { ...o })));
const review = direction
  .command('review')
  .description('review cycles: the leaders first, everyone once the CEO’s review is complete');
review
  .command('status')
  .description('a cycle’s phase, progress and every review’s state (the newest cycle by default)')
  .requiredOption('--org <slug>', 'the organisation')
  .option('--cycle <id>', 'the cycle (the newest when omitted)')
  .action(async (o: { org: string; cycle?: string }) =>
    report(await execute('direction.review-status', { ...o })),
  );
review
  .command('create')
  .description('create a quarterly or annual review cycle (in draft)')
  .requiredOption('--org <slug>', 'the organisation')
  .requiredOption('--kind <kind>', 'quarter or year')
  .requiredOption('--year <year>', 'e.g. 2027')
  .option('--quarter <n>', '1 to 4, for a quarterly cycle')
  .action(async (o: { org: string; kind: string; year: string; quarter?: string }) =>
    report(await execute('direction.review-create', { ...o })),
  );
review
  .command('open')
  .description('open a cycle to the leaders, or to everyone once the CEO’s own review is complete')
  .requiredOption('--org <slug>', 'the organisation')
  .requiredOption('--stage <stage>', 'leaders or everyone')
  .option('--cycle <id>', 'the cycle (the newest when omitted)')
  .action(async (o: { org: string; stage: string; cycle?: string }) =>
    report(await execute('direction.review-open', { ...o })),
  );

program
  .command('backup')
  .description(
    'write a portable backup (gzipped JSON lines) that restores into the embedded database or PostgreSQL',
  )
  .argument('<file>', 'where to write it, e.g. centric-2026-11-22.backup')
  .action(async (file: string) => report(await execute('backup', { file: absolute(file) })));

program
  .command('restore')
  .description('restore a backup into an empty database')
  .argument('<file>', 'the backup file')
  .action(async (file: string) => report(await execute('restore', { file: absolute(file) })));

const textCommands = program
  .command('text')
  .description('text analytics of comments in a file (offline; no database needed)');
textCommands
  .command('sentiment')
  .description(
    'sentiment of each line of FILE ("-" for standard input): one JSON object { "label", "score" } per line',
  )
  .argument('<file>', 'one comment per line, or - for standard input')
  .option('--sentences', 'also give the sentiment of each sentence')
  .action(async (file: string, o: { sentences?: boolean }) => (await text()).sentimentCommand(file, o));
textCommands
  .command('themes')
  .description('propose themes (noun phrases by frequency and lift, grouped) for the comments of FILE')
  .argument('<file>', 'one comment per line, or - for standard input')
  .option('--max <n>', 'at most this many themes', integer, 30)
  .option('--min-count <n>', 'a phrase must occur in at least this many comments', integer)
  .option('--json', 'one JSON object per theme (name, terms, count, score, examples)')
  .action(async (file: string, o: { max: number; minCount?: number; json?: boolean }) =>
    (await text()).themesCommand(file, o),
  );

function absolute(file: string): string {
  // The server that may run the command has its own working directory.
  return new URL(file, `file://${process.cwd()}/`).pathname;
}

try {
  await program.parseAsync(process.argv);
  // A one-shot command is done: leave now rather than wait for idle timers of the job queue or the database.
  if (program.args[0] !== 'serve') process.exit(0);
} catch (error) {
  const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`centric: ${message}\n`);
  process.exit(1);
}
