import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { runOperation } from '@centric/server/operations/operations';
import { SettableClock } from '@centric/server/platform/clock';
import { createCentric } from '@centric/server/server';
import { createSurveyLink } from '@centric/server/voice/survey-link.service';
import { systemContext } from '@centric/server/voice/system-context';
import pg from 'pg';
import { ms } from './measure';
import type { LoadRequest, LoadResult } from './voice-load';

/**
 * Public response submission over real HTTP on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL; a fresh
 * database is created and dropped), with the load generator in a child process on the same machine (an undici
 * keep-alive pool, `voice-load.ts`): throughput and latency percentiles at a low and the configured
 * concurrency, SQL statements per submission, a retry round (every retried submission answers the same
 * response and stores nothing new), and a count proving every acknowledged answer is stored exactly once.
 * The baseline is the same number of plain INSERTs of a response row through the same pool.
 *
 * BENCH_VOICE_TOTAL (default 20,000) and BENCH_CONCURRENCY (default 32) size the main round.
 */
export async function voiceBench({ smoke }: { smoke: boolean }): Promise<void> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const total = smoke ? 300 : Number(process.env.BENCH_VOICE_TOTAL ?? 20_000);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
  const low = Math.min(4, concurrency);
  console.log(`## Voice of the customer: public submissions (${total}, ${concurrency} in flight)`);
  if (!server) {
    console.log('skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server');
    return;
  }
  const name = `centric_bench_voice_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const port = await freePort();
  const centric = await createCentric({
    databaseUrl: url.toString(),
    databasePoolSize: Number(process.env.BENCH_POOL_SIZE ?? 10),
    dataDir: 'memory://',
    port,
    host: '127.0.0.1',
    mailFrom: 'bench@centric.test',
    rateLimits: { signIn: 1_000_000, public: 100_000_000 },
    logLevel: 'silent',
    clock: new SettableClock('2026-11-02T09:00:00Z'),
  });
  const statements = countStatements();
  const load = startLoadGenerator();
  try {
    const org = (await runOperation(centric, 'org.create', {
      slug: 'bench',
      name: 'Bench',
      owner: 'owner@bench.test',
      password: 'a long bench password',
    })) as unknown as { organisation: { id: string } };
    const ctx = await systemContext(centric.deps, org.organisation.id);
    const { rows } = await centric.deps.handle.query<{ id: string }>(
      `insert into surveys (id, organisation_id, name, kind, status) values (gen_random_uuid(), $1, 'NPS', 'nps', 'live') returning id`,
      [org.organisation.id],
    );
    const surveyId = rows[0]!.id;
    const link = await createSurveyLink(ctx, surveyId, {
      kind: 'link',
      unitId: null,
      channelId: null,
      touchpointId: null,
    });
    const token = link.url.split('/s/')[1]!;
    await centric.app.listen({ port, host: '127.0.0.1' });
    const path = `/s/${token}/answer`;

    const answered = new Map<string, string>();
    let acknowledged = 0;
    const send = (submissions: LoadRequest['submissions'], inFlight: number) =>
      load.run({ origin: `http://127.0.0.1:${port}`, path, inFlight, submissions });
    let serial = 0;
    const round = async (label: string, count: number, inFlight: number) => {
      const submissions = Array.from({ length: count }, () => {
        const i = serial++;
        return { id: `bench-${i.toString().padStart(8, '0')}`, score: i % 11 };
      });
      statements.reset();
      const cpu0 = process.cpuUsage();
      const pg0 = await postgresCpu(admin, name);
      const started = performance.now();
      const result = await send(submissions, inFlight);
      const seconds = (performance.now() - started) / 1000;
      let failed = 0;
      submissions.forEach(({ id }, i) => {
        const responseId = result.responseIds[i];
        if (!responseId) failed++;
        else {
          acknowledged++;
          answered.set(id, responseId);
        }
      });
      const perSubmission = statements.count / count;
      const cpu = process.cpuUsage(cpu0);
      const serverCpu = (cpu.user + cpu.system) / 1000 / count;
      const pgCpu = ((await postgresCpu(admin, name)) - pg0) / count;
      const latencies = [...result.latencies].sort((a, b) => a - b);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
      const rate = count / seconds;
      console.log(
        `${label}: ${Math.round(rate)}/s at ${inFlight} in flight, p50 ${ms(at(0.5))}, p95 ${ms(at(0.95))}, p99 ${ms(at(0.99))}, ${failed} refused, ${perSubmission.toFixed(2)} SQL statements per submission (all of the server's, job queue included); CPU per submission: ${serverCpu.toFixed(2)} ms in the server, ${(result.cpuMs / count).toFixed(2)} ms in the load generator, ${pgCpu.toFixed(2)} ms in PostgreSQL`,
      );
      return { rate, statements: statements.top() };
    };

    await round('warm-up', Math.min(500, total), concurrency);
    if (!smoke) await round('low concurrency', Math.max(1000, Math.round(total / 4)), low);
    const main = await round('submissions', total, concurrency);
    console.log(`  target ≥ 2,000/s with p99 ≤ 50 ms; statements by kind: ${main.statements}`);

    // Retries and double taps: resubmitting the same answer answers the same response and stores nothing new.
    const retried = [...answered.entries()].slice(0, smoke ? 50 : 1000);
    const again = await send(
      retried.map(([id]) => ({ id, score: Number(id.slice(6)) % 11 })),
      concurrency,
    );
    const same = retried.filter(([, responseId], i) => again.responseIds[i] === responseId).length;
    const stored = await centric.deps.handle.query<{ n: number; distinct: number }>(
      'select count(*)::int as n, count(distinct id)::int as distinct from responses where survey_id = $1',
      [surveyId],
    );
    const n = stored.rows[0]!.n;
    console.log(
      `retries: ${same} of ${retried.length} answered with the first response | stored exactly once: ${n === acknowledged && stored.rows[0]!.distinct === n ? 'yes' : 'NO'} (${n} rows for ${acknowledged} acknowledgements)`,
    );

    // Baseline: the same number of bare INSERTs of a response row, same concurrency, same pool.
    let done = 0;
    const b0 = performance.now();
    const inserter = async () => {
      while (done < total) {
        done++;
        await centric.deps.handle.query(
          `insert into responses (id, organisation_id, survey_id, score, source, responded_at) values (gen_random_uuid(), $1, $2, 5, 'web', now())`,
          [org.organisation.id, surveyId],
        );
      }
    };
    await Promise.all(Array.from({ length: concurrency }, inserter));
    const baseline = total / ((performance.now() - b0) / 1000);
    console.log(
      `baseline bare INSERTs: ${Math.round(baseline)}/s | submissions reach ${((main.rate / baseline) * 100).toFixed(0)} % of it`,
    );
  } finally {
    statements.restore();
    await load.stop();
    await centric.close();
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}

/** CPU milliseconds used so far by the PostgreSQL backends connected to the database (from /proc; Linux). */
async function postgresCpu(admin: pg.Client, database: string): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [
    database,
  ]);
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick;
    } catch {
      // The backend ended (pool idle timeout) or /proc is not there: its time is not counted.
    }
  }
  return total;
}

/** Counts every SQL statement the process sends through `pg` (the app's pool and the job queue alike). */
function countStatements() {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const kinds = new Map<string, number>();
  let count = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    count++;
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: string })?.text ?? '');
    const kind = text.replace(/\s+/g, ' ').trim().slice(0, 40);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    return original.apply(this, args);
  };
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
      kinds.clear();
    },
    top(): string {
      return [...kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([k, v]) => `${v}× ${k}`)
        .join(' | ');
    },
    restore() {
      proto.query = original;
    },
  };
}

/** The load generator's child process: one round of submissions per call. */
function startLoadGenerator() {
  const child: ChildProcess = fork(fileURLToPath(new URL('./voice-load.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
  });
  return {
    run(request: LoadRequest): Promise<LoadResult> {
      return new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
        child.once('exit', onExit);
        child.once('message', (message: LoadResult | { error: string }) => {
          child.off('exit', onExit);
          if ('error' in message) reject(new Error(`the load generator failed: ${message.error}`));
          else resolve(message);
        });
        child.send(request);
      });
    },
    stop(): Promise<void> {
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
