// The metrics engine at scale: N responses from the demo generator, then the dashboard's queries over HTTP
// against a separate server process (so its memory is the server's own), next to the same questions asked as
// raw GROUP BY over the responses table of the same database in the same run.
//
//   npm run bench                    1M responses on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL) and on PGlite
//   npm run bench -- --metrics-10m   10M on PostgreSQL (minutes; by hand), still 1M on PGlite
//   npm run bench -- --smoke         ~900 responses per engine (CI)
//   --metrics-postgres-only / --metrics-pglite-only   one engine (e.g. the two engines in two processes)

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, localDayStart } from '@centric/core/metrics/index';
import { createDemoOrganisation } from '@centric/server/demo/demo.generator';
import { runOperation } from '@centric/server/operations/operations';
import { SettableClock } from '@centric/server/platform/clock';
import { createCentric } from '@centric/server/server';
import pg from 'pg';
import { ms, percentiles } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_DIST = join(ROOT, 'apps/web/dist');
const NOW = '2026-11-02T09:00:00Z';
const TO = '2026-11-01';
// Per process: another run (another worktree) on the same server must not drop this one's database.
// `--metrics-reuse=NAME` measures an existing database of a generated demo again (migrated to this code, its
// rollups rebuilt) instead of generating one, and keeps it: generation takes most of a run. On PostgreSQL the
// database must exist (an empty one is generated into); on PGlite it is the directory centric-metrics-bench-NAME
// in the system's temporary directory.
const REUSE = process.argv.find((a) => a.startsWith('--metrics-reuse='))?.slice('--metrics-reuse='.length);
if (REUSE && !/^[a-z0-9_]+$/.test(REUSE)) throw new Error('--metrics-reuse takes a plain database name');
const BENCH_DB = REUSE ?? `centric_bench_metrics_${process.pid}`;

type Engine = 'postgres' | 'pglite';

/** One dashboard question: the API path and the filters the raw GROUP BY applies. */
interface Question {
  label: string;
  metric: 'nps' | 'csat' | 'ces' | 'enps' | 'responses';
  from: string;
  groupBy?: 'day' | 'week' | 'month' | 'quarter' | 'unit' | 'channel' | 'segment';
  comparison?: 'unit' | 'channel';
  unit?: string;
  channel?: string;
  segment?: string;
  employee?: string;
}

/** The ids the questions filter on, read from the generated demo. */
interface DemoIds {
  org: string;
  timeZone: string;
  company: string;
  north: string;
  leeds: string;
  channel: string;
  segment: string;
  employee: string;
  paths: Map<string, string>;
}

function questions(ids: DemoIds): Question[] {
  const year = addDays(TO, -364);
  const quarter = addDays(TO, -89);
  const month = addDays(TO, -29);
  return [
    { label: 'NPS, 12 months', metric: 'nps', from: year },
    { label: 'CSAT, 12 months', metric: 'csat', from: year },
    { label: 'CES, 12 months', metric: 'ces', from: year },
    { label: 'responses, 12 months', metric: 'responses', from: year },
    { label: 'NPS by month, 12 months', metric: 'nps', from: year, groupBy: 'month' },
    { label: 'CSAT by month, 12 months', metric: 'csat', from: year, groupBy: 'month' },
    { label: 'CES by month, 12 months', metric: 'ces', from: year, groupBy: 'month' },
    { label: 'NPS by week, 90 days', metric: 'nps', from: quarter, groupBy: 'week' },
    { label: 'NPS by day, 30 days', metric: 'nps', from: month, groupBy: 'day' },
    { label: 'NPS by quarter, 2 years', metric: 'nps', from: addDays(TO, -729), groupBy: 'quarter' },
    { label: 'NPS by unit (company)', metric: 'nps', from: year, groupBy: 'unit', unit: ids.company },
    { label: 'NPS by unit (region North)', metric: 'nps', from: year, groupBy: 'unit', unit: ids.north },
    { label: 'NPS by channel', metric: 'nps', from: year, groupBy: 'channel' },
    { label: 'NPS by segment', metric: 'nps', from: year, groupBy: 'segment' },
    { label: 'NPS of Leeds by month', metric: 'nps', from: year, groupBy: 'month', unit: ids.leeds },
    {
      label: 'NPS of a channel by quarter',
      metric: 'nps',
      from: year,
      groupBy: 'quarter',
      channel: ids.channel,
    },
    {
      label: 'CSAT of a segment by channel',
      metric: 'csat',
      from: quarter,
      groupBy: 'channel',
      segment: ids.segment,
    },
    {
      label: 'NPS of an employee by month',
      metric: 'nps',
      from: year,
      groupBy: 'month',
      employee: ids.employee,
    },
    { label: 'NPS leaderboard of stores', metric: 'nps', from: year, comparison: 'unit' },
    { label: 'NPS comparison of channels', metric: 'nps', from: year, comparison: 'channel' },
  ];
}

function pathOf(q: Question): string {
  const params = new URLSearchParams({ from: q.from, to: TO });
  if (q.groupBy) params.set('groupBy', q.groupBy);
  if (q.comparison) params.set('by', q.comparison);
  for (const key of ['unit', 'channel', 'segment', 'employee'] as const) if (q[key]) params.set(key, q[key]!);
  return `/api/v1/metrics/${q.metric}${q.comparison ? '/comparison' : ''}?${params}`;
}

/** The same question as one raw GROUP BY over the responses (what a dashboard without rollups runs). */
function rawSql(q: Question, ids: DemoIds): { text: string; values: unknown[] } {
  const values: unknown[] = [
    ids.org,
    localDayStart(q.from, ids.timeZone),
    localDayStart(addDays(TO, 1), ids.timeZone),
  ];
  const where = ['r.organisation_id = $1', 'r.responded_at >= $2', 'r.responded_at < $3'];
  if (q.metric !== 'responses') {
    values.push(q.metric);
    where.push(
      `r.survey_id in (select id from surveys where organisation_id = $1 and kind = $${values.length})`,
    );
  }
  if (q.unit) {
    values.push(`${ids.paths.get(q.unit)}%`);
    where.push(
      `r.unit_id in (select id from units where organisation_id = $1 and path like $${values.length})`,
    );
  }
  for (const [key, column] of [
    ['channel', 'channel_id'],
    ['segment', 'segment_id'],
    ['employee', 'employee_id'],
  ] as const) {
    if (q[key]) {
      values.push(q[key]);
      where.push(`r.${column} = $${values.length}`);
    }
  }
  const local = `r.responded_at at time zone $${values.length + 1}::text`;
  const byTime =
    q.groupBy === 'day' || q.groupBy === 'week' || q.groupBy === 'month' || q.groupBy === 'quarter';
  if (byTime) values.push(ids.timeZone);
  const group =
    q.comparison === 'unit' || q.groupBy === 'unit'
      ? 'r.unit_id::text'
      : q.comparison === 'channel' || q.groupBy === 'channel'
        ? 'r.channel_id::text'
        : q.groupBy === 'segment'
          ? 'r.segment_id::text'
          : q.groupBy === 'day'
            ? `(${local})::date::text`
            : q.groupBy
              ? `date_trunc('${q.groupBy}', ${local})::text`
              : `'all'`;
  return {
    text: `select ${group} as g, r.score, count(*)::int as n from responses r where ${where.join(' and ')} group by 1, 2`,
    values,
  };
}

async function readIds(
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>,
): Promise<DemoIds> {
  const [org] = (await query(`select id, time_zone from organisations where slug = 'demo'`)).rows;
  const orgId = org!.id as string;
  const units = (await query('select id, name, path from units where organisation_id = $1', [orgId])).rows;
  const unit = (name: string) => units.find((u) => u.name === name)!.id as string;
  const first = async (sql: string) => (await query(sql, [orgId])).rows[0]!.id as string;
  return {
    org: orgId,
    timeZone: org!.time_zone as string,
    company: unit('Northwind Retail'),
    north: unit('North'),
    leeds: unit('Leeds'),
    channel: await first('select id from channels where organisation_id = $1 order by name limit 1'),
    segment: await first('select id from segments where organisation_id = $1 order by name limit 1'),
    employee: await first(
      'select employee_id as id from metric_daily_rollups where organisation_id = $1 and employee_id is not null limit 1',
    ),
    paths: new Map(units.map((u) => [u.id as string, u.path as string])),
  };
}

function ratio(a: number, b: number): string {
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `centric serve` as its own process on the database and waits until it listens. */
async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'apps/cli/bin/centric.js'), 'serve', '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', CENTRIC_WEB_DIR: WEB_DIST, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Centric is running')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/** Peak and current resident memory of a process, in MB (Linux /proc). */
function memoryOf(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The time from navigation to the headline NPS on screen, signed in, in headless Chromium. */
async function firstRender(
  url: string,
  signIn: { email: string; password: string },
): Promise<number[] | string> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) return 'skipped (run `npm run build:web` first)';
  let browser: import('playwright-core').Browser;
  try {
    const { launchChromium } = await import('../e2e/browser');
    browser = await launchChromium();
  } catch (error) {
    return `skipped (no chromium: ${(error as Error).message.split('\n')[0]})`;
  }
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/sign-in`);
    await page.getByTestId('sign-in-email').fill(signIn.email);
    await page.getByTestId('sign-in-password').fill(signIn.password);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(/\/o\/demo/);
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await page.goto(`${url}/o/demo`);
      await page.getByTestId('headline-nps-value').waitFor({ timeout: 30_000 });
      samples.push(performance.now() - start);
    }
    return samples;
  } finally {
    await browser.close();
  }
}

async function runEngine(engine: Engine, scale: number, smoke: boolean, adminUrl?: string): Promise<void> {
  console.log(`\n### ${engine === 'postgres' ? 'PostgreSQL' : 'PGlite'} — demo scale ${scale}`);
  let databaseUrl: string | undefined;
  let dataDir: string | undefined;
  let admin: pg.Client | undefined;
  if (engine === 'postgres') {
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    if (!REUSE) {
      await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
      await admin.query(`create database ${BENCH_DB}`);
    }
    const url = new URL(adminUrl!);
    url.pathname = `/${BENCH_DB}`;
    databaseUrl = url.toString();
  } else if (REUSE) {
    // PGlite's reused database is a directory named after it, kept like the PostgreSQL one.
    dataDir = join(tmpdir(), `centric-metrics-bench-${REUSE}`);
    mkdirSync(dataDir, { recursive: true });
  } else dataDir = mkdtempSync(join(tmpdir(), 'centric-metrics-bench-'));
  try {
    const centric = await createCentric({
      databaseUrl,
      dataDir: dataDir ?? 'memory://',
      port: 3999,
      host: '127.0.0.1',
      mailFrom: 'bench@centric.test',
      rateLimits: { signIn: 1_000_000, public: 1_000_000 },
      logLevel: 'silent',
      clock: new SettableClock(NOW),
    });
    const t0 = performance.now();
    // The metrics read only the answers: the demo's purchases, text analysis and customer values are left out.
    let stage = '';
    const demo = await createDemoOrganisation(centric.deps, {
      now: centric.deps.clock.now(),
      scale,
      voiceOnly: true,
      onProgress: (next, _done, total) => {
        if (smoke || next === stage) return;
        stage = next;
        console.log(
          `  generating: ${next} (${total.toLocaleString('en')}) at ${((performance.now() - t0) / 1000).toFixed(0)} s`,
        );
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    const counts = demo.counts as unknown as Record<string, number>;
    console.log(
      demo.created
        ? `demo answers generated in ${seconds.toFixed(1)} s (rollups counted set-based once they are in): ${counts.responses} responses`
        : `reused the demo of ${BENCH_DB}: ${counts.responses} responses`,
    );
    const signIn = demo.signIn as { email: string; password: string };
    const key = (
      await runOperation(centric, 'api-key.create', { org: 'demo', email: signIn.email, name: 'bench' })
    ).key as string;
    const query = (text: string, values?: unknown[]) => centric.deps.handle.query(text, values);
    const ids = await readIds(query);
    const rows = (
      await query(
        `select (select count(*) from metric_daily_rollups)::int as daily, (select count(*) from metric_monthly_rollups)::int as monthly`,
      )
    ).rows[0]!;
    const t1 = performance.now();
    await runOperation(centric, 'metrics.rebuild', { org: 'demo' });
    console.log(
      `rollups: ${rows.daily} daily and ${rows.monthly} monthly rows for ${counts.responses} responses; a full rebuild takes ${((performance.now() - t1) / 1000).toFixed(1)} s`,
    );

    const qs = questions(ids);
    const rawRuns = smoke ? 2 : 5;
    const raw = new Map<string, number[]>();
    for (const q of qs) {
      const { text, values } = rawSql(q, ids);
      await query(text, values);
      const samples: number[] = [];
      for (let i = 0; i < rawRuns; i++) {
        const start = performance.now();
        await query(text, values);
        samples.push(performance.now() - start);
      }
      raw.set(q.label, samples);
    }
    await centric.close();

    const { child, url } = await startServer(
      databaseUrl ? { DATABASE_URL: databaseUrl } : { CENTRIC_DATA_DIR: dataDir! },
    );
    try {
      const headers = { authorization: `Bearer ${key}` };
      const get = async (path: string) => {
        const r = await fetch(`${url}${path}`, { headers });
        if (!r.ok) throw new Error(`${path} answered ${r.status}: ${await r.text()}`);
        await r.arrayBuffer();
      };
      const apiRuns = smoke ? 5 : 50;
      const all: number[] = [];
      const rawAll: number[] = [];
      console.log(
        `${'question'.padEnd(32)} ${'API p50'.padStart(9)} ${'API p95'.padStart(9)} ${'raw p50'.padStart(10)} ${'raw/API'.padStart(8)}`,
      );
      for (const q of qs) {
        const path = pathOf(q);
        await get(path);
        const samples: number[] = [];
        for (let i = 0; i < apiRuns; i++) {
          const start = performance.now();
          await get(path);
          samples.push(performance.now() - start);
        }
        all.push(...samples);
        const rawSamples = raw.get(q.label)!;
        rawAll.push(...rawSamples);
        const api = percentiles(samples);
        const base = percentiles(rawSamples);
        console.log(
          `${q.label.padEnd(32)} ${ms(api.p50).padStart(9)} ${ms(api.p95).padStart(9)} ${ms(base.p50).padStart(10)} ${ratio(base.p50, api.p50).padStart(8)}`,
        );
      }
      // The floor of any authenticated request (API-key check, organisation): what no rollup can remove.
      const floor: number[] = [];
      for (let i = 0; i < apiRuns; i++) {
        const start = performance.now();
        await get('/api/v1/organisation');
        floor.push(performance.now() - start);
      }
      const f = percentiles(floor);
      console.log(
        `${'(floor: GET /organisation)'.padEnd(32)} ${ms(f.p50).padStart(9)} ${ms(f.p95).padStart(9)}`,
      );
      const api = percentiles(all);
      const base = percentiles(rawAll);
      const memory = memoryOf(child.pid!);
      console.log(
        `ALL 20 questions: API p50 ${ms(api.p50)} p95 ${ms(api.p95)} | raw GROUP BY p50 ${ms(base.p50)} p95 ${ms(base.p95)} | raw/API at p50 ${ratio(base.p50, api.p50)}, at p95 ${ratio(base.p95, api.p95)}`,
      );
      console.log(`server memory: peak RSS ${memory.peak.toFixed(0)} MB (now ${memory.now.toFixed(0)} MB)`);
      const render = await firstRender(url, signIn);
      if (typeof render === 'string') console.log(`dashboard first render: ${render}`);
      else {
        const r = percentiles(render);
        console.log(
          `dashboard first render (navigation → headline NPS shown, headless Chromium): p50 ${ms(r.p50)}, max ${ms(r.max)}`,
        );
      }
    } finally {
      await stopServer(child);
    }
  } finally {
    if (admin) {
      if (!REUSE) await admin.query(`drop database if exists ${BENCH_DB} with (force)`).catch(() => {});
      await admin.end();
    }
    if (dataDir && !REUSE) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The metrics section of `npm run bench`. */
export async function metricsBench({ smoke }: { smoke: boolean }): Promise<void> {
  const tenMillion = process.argv.includes('--metrics-10m');
  console.log('\n## Metrics engine (rollups) — dashboard questions over HTTP vs raw GROUP BY');
  // The bench is a script, not the app: it reads its own database setting here rather than through env.ts.
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const pgliteOnly = process.argv.includes('--metrics-pglite-only');
  if (pgliteOnly) console.log('\nPostgreSQL: skipped (--metrics-pglite-only)');
  else if (adminUrl) await runEngine('postgres', smoke ? 0.02 : tenMillion ? 250 : 25, smoke, adminUrl);
  else
    console.log(
      '\nPostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a server it may create a database on)',
    );
  if (!process.argv.includes('--metrics-postgres-only')) await runEngine('pglite', smoke ? 0.02 : 25, smoke);
}
