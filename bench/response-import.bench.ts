import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importResponseFile } from '@centric/server/imports/response-import.service';
import { runOperation } from '@centric/server/operations/operations';
import { SettableClock } from '@centric/server/platform/clock';
import { createCentric } from '@centric/server/server';
import { systemContext } from '@centric/server/voice/system-context';
import pg from 'pg';

const HEADER =
  'responded_at,score,comment,survey,channel,segment,unit,customer_id,customer_email,employee_email';
const COMMENTS = [
  '',
  '',
  'Friendly staff',
  'Queue was too long',
  '"Great, as always"',
  'The app kept crashing',
];

/** Writes lines to a file, respecting back-pressure. */
async function writeLines(path: string, lines: (i: number) => string, n: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++)
    if (!out.write(lines(i))) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/**
 * `centric import responses` at scale on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL; a fresh database
 * is created and dropped): N rows of Centric's CSV (names resolved, customers matched, rollups kept current, one
 * streaming pass, one transaction), against a plain server-side COPY of the same rows, ids already resolved,
 * into the same responses table in the same run, each load starting from the same empty table; then the same
 * import again into the table holding the first one's rows.
 */
export async function responseImportBench({ smoke }: { smoke: boolean }): Promise<void> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const n = Number(process.env.BENCH_IMPORT_ROWS ?? (smoke ? 5000 : 1_000_000));
  console.log(`\n## Response import: ${n.toLocaleString('en')} rows of Centric's CSV into PostgreSQL`);
  if (!server) {
    console.log('skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server');
    return;
  }
  const name = `centric_bench_import_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const dir = await mkdtemp(join(tmpdir(), 'centric-bench-import-'));
  // The PostgreSQL server reads the COPY file itself, as its own user.
  await chmod(dir, 0o755);
  const centric = await createCentric({
    databaseUrl: url.toString(),
    dataDir: 'memory://',
    port: 0,
    host: '127.0.0.1',
    mailFrom: 'bench@centric.test',
    rateLimits: { signIn: 1000, public: 1000 },
    logLevel: 'silent',
    clock: new SettableClock('2026-11-02T09:00:00Z'),
  });
  try {
    const db = centric.deps.handle;
    const org = (await runOperation(centric, 'org.create', {
      slug: 'bench',
      name: 'Bench',
      owner: 'owner@bench.test',
      password: 'a long bench password',
    })) as unknown as { organisation: { id: string } };
    const orgId = org.organisation.id;
    const ctx = await systemContext(centric.deps, orgId);
    const insert = async (sql: string, values: unknown[]) =>
      (await db.query<{ id: string }>(sql, values)).rows;
    const survey = (
      await insert(
        `insert into surveys (id, organisation_id, name, kind, status) values (gen_random_uuid(), $1, 'Store NPS', 'nps', 'live') returning id`,
        [orgId],
      )
    )[0]!.id;
    const channels = await insert(
      `insert into channels (id, organisation_id, name) select gen_random_uuid(), $1, 'Channel ' || g from generate_series(1, 4) g returning id`,
      [orgId],
    );
    const segments = await insert(
      `insert into segments (id, organisation_id, name) select gen_random_uuid(), $1, 'Segment ' || g from generate_series(1, 3) g returning id`,
      [orgId],
    );
    const units = await insert(
      `insert into units (id, organisation_id, name, kind, path) select gen_random_uuid(), $1, 'Store ' || g, 'store', '/s' || g || '/' from generate_series(1, 40) g returning id`,
      [orgId],
    );
    const customerCount = Math.min(20_000, n);
    const customers = await insert(
      `insert into customers (id, organisation_id, external_id) select gen_random_uuid(), $1, 'C' || g from generate_series(1, $2::int) g returning id`,
      [orgId, customerCount],
    );
    const people = await insert(
      `insert into people (id, organisation_id, email, name, role, status) select gen_random_uuid(), $1, 'staff' || g || '@bench.test', 'Staff ' || g, 'employee', 'active' from generate_series(1, 50) g returning id`,
      [orgId],
    );
    const base = Date.parse('2025-11-01T00:00:00Z');
    const at = (i: number) => new Date(base + ((i * 9_973_331) % (365 * 86_400_000))).toISOString();
    const generated = performance.now();
    const csvPath = join(dir, 'responses.csv');
    const copyPath = join(dir, 'copy.csv');
    await writeLines(
      csvPath,
      (i) =>
        `${i === 0 ? `${HEADER}\n` : ''}${at(i)},${i % 11},${COMMENTS[i % COMMENTS.length]},Store NPS,Channel ${(i % 4) + 1},Segment ${(i % 3) + 1},Store ${(i % 40) + 1},C${(i % customerCount) + 1},,staff${(i % 50) + 1}@bench.test\n`,
      n,
    );
    // The same rows with every name already resolved, for the baseline COPY (a second organisation's worth).
    await writeLines(
      copyPath,
      (i) =>
        `${crypto.randomUUID()},${orgId},${survey},${i % 11},${COMMENTS[i % COMMENTS.length]},${channels[i % 4]!.id},${segments[i % 3]!.id},${units[i % 40]!.id},${customers[i % customerCount]!.id},${people[i % 50]!.id},import,${at(i)}\n`,
      n,
    );
    const size = (await stat(csvPath)).size;
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(1))
        .join(' ');
    // Each phase prints as it ends: at a million rows a run takes minutes.
    console.log(
      `files written: ${(size / 1e6).toFixed(1)} MB of Centric's CSV and the resolved copy, ${((performance.now() - generated) / 1000).toFixed(1)} s`,
    );

    // The floor under any load into this table: the same COPY with the row-by-row foreign-key checks off (an
    // import checks them once per distinct parent instead), rolled back, and its dead rows vacuumed away.
    const copySql = `copy responses (id, organisation_id, survey_id, score, comment, channel_id, segment_id, unit_id, customer_id, employee_id, source, responded_at) from '${copyPath}' with (format csv)`;
    // Each load starts right after a checkpoint, so none pays for flushing the one before it.
    await db.query('checkpoint');
    const floorStarted = performance.now();
    await db.exec(`begin; set local session_replication_role = replica; ${copySql}; rollback`);
    const floorMs = performance.now() - floorStarted;
    await db.query('vacuum responses');
    await db.query('checkpoint');
    console.log(
      `COPY without the row-by-row foreign-key checks: ${(floorMs / 1000).toFixed(2)} s (${Math.round(n / (floorMs / 1000)).toLocaleString('en')} rows/s); load ${load()}`,
    );

    // Rolled back and vacuumed too, so that each of the three loads starts from the same empty table.
    const copyStarted = performance.now();
    // Server-side COPY: the file is on this machine, read by the PostgreSQL server itself (the cheapest load).
    await db.exec(`begin; ${copySql}; rollback`);
    const copyMs = performance.now() - copyStarted;
    await db.query('vacuum responses');
    await db.query('checkpoint');
    console.log(
      `plain COPY of the resolved rows: ${(copyMs / 1000).toFixed(2)} s (${Math.round(n / (copyMs / 1000)).toLocaleString('en')} rows/s); load ${load()}`,
    );

    // The bench file as the CLI imports it: names must exist, all or nothing.
    const importBenchFile = (fileName: string, options: { dryRun: boolean; allowDuplicate?: boolean }) =>
      importResponseFile(ctx, csvPath, {
        format: 'centric',
        fileName,
        createMissing: false,
        skipInvalid: false,
        ...options,
      });
    const checkStarted = performance.now();
    const checked = await importBenchFile('responses.csv', { dryRun: true });
    const checkMs = performance.now() - checkStarted;
    if (checked.status !== 'checked') throw new Error(`the bench file did not check: ${checked.message}`);
    console.log(`check pass alone (a dry run): ${(checkMs / 1000).toFixed(2)} s; load ${load()}`);

    const started = performance.now();
    const summary = await importBenchFile('responses.csv', { dryRun: false });
    const importMs = performance.now() - started;
    if (summary.status !== 'applied' || summary.imported !== n)
      throw new Error(`the bench import did not apply: ${summary.message}`);
    const rolledUp = async () =>
      Number(
        (
          await db.query<{ n: string }>(
            'select sum(s0+s1+s2+s3+s4+s5+s6+s7+s8+s9+s10+unscored)::bigint as n from metric_daily_rollups where organisation_id = $1 and grain = 0',
            [orgId],
          )
        ).rows[0]!.n,
      );
    console.log(
      `centric import (one pass: checked, written, rollups counted): ${(importMs / 1000).toFixed(2)} s (${Math.round(n / (importMs / 1000)).toLocaleString('en')} rows/s); load ${load()}`,
    );
    console.log(`rollups count ${(await rolledUp()).toLocaleString('en')} answers (must equal the rows)`);
    console.log(
      `ratio import / COPY: ${(importMs / copyMs).toFixed(2)}×; import / COPY without row checks: ${(importMs / floorMs).toFixed(2)}×   (target: 1M rows ≤ 20 s on 2 cores)`,
    );

    // The same file again (a duplicate allowed), into a table that now holds the first import's rows: bigger
    // indexes to insert into, and rollup keys that already exist.
    await db.query('checkpoint');
    const againStarted = performance.now();
    const again = await importBenchFile('responses-again.csv', { dryRun: false, allowDuplicate: true });
    const againMs = performance.now() - againStarted;
    if (again.status !== 'applied' || again.imported !== n)
      throw new Error(`the second bench import did not apply: ${again.message}`);
    console.log(
      `the same import into a table already holding ${n.toLocaleString('en')} rows: ${(againMs / 1000).toFixed(2)} s (${Math.round(n / (againMs / 1000)).toLocaleString('en')} rows/s); load ${load()}`,
    );
    console.log(`rollups count ${(await rolledUp()).toLocaleString('en')} answers (must be twice the rows)`);
  } finally {
    await centric.close();
    await rm(dir, { recursive: true, force: true });
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}
