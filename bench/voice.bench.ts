import { createServer } from 'node:net';
import { runOperation } from '@centric/server/operations/operations';
import { SettableClock } from '@centric/server/platform/clock';
import { createCentric } from '@centric/server/server';
import { createSurveyLink } from '@centric/server/voice/survey-link.service';
import { systemContext } from '@centric/server/voice/system-context';
import pg from 'pg';
import { ms } from './measure';

/**
 * Public response submission over real HTTP on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL; a fresh
 * database is created and dropped), with the load generator in the same process: throughput, latency
 * percentiles and a count proving every acknowledged answer is stored exactly once; the baseline is the same
 * number of plain INSERTs of a response row through the same pool size.
 */
export async function voiceBench({ smoke }: { smoke: boolean }): Promise<void> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const total = smoke ? 300 : 20_000;
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
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
    dataDir: 'memory://',
    port,
    host: '127.0.0.1',
    mailFrom: 'bench@centric.test',
    rateLimits: { signIn: 1_000_000, public: 100_000_000 },
    logLevel: 'silent',
    clock: new SettableClock('2026-11-02T09:00:00Z'),
  });
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
    const target = `http://127.0.0.1:${port}/s/${token}/answer`;

    const latencies: number[] = [];
    let acknowledged = 0;
    let failed = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const response = await fetch(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            submissionId: `bench-${i.toString().padStart(8, '0')}`,
            score: i % 11,
            comment: null,
          }),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.ok) acknowledged++;
        else failed++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    const stored = await centric.deps.handle.query<{ n: number; distinct: number }>(
      'select count(*)::int as n, count(distinct id)::int as distinct from responses where survey_id = $1',
      [surveyId],
    );
    console.log(
      `submissions: ${Math.round(total / seconds)}/s (target ≥ 2,000/s), p50 ${ms(at(0.5))}, p99 ${ms(at(0.99))} (target ≤ 50 ms), ${acknowledged} acknowledged, ${failed} refused`,
    );
    console.log(
      `stored exactly once: ${stored.rows[0]!.n === acknowledged ? 'yes' : 'NO'} (${stored.rows[0]!.n} rows for ${acknowledged} acknowledgements)`,
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
      `baseline bare INSERTs: ${Math.round(baseline)}/s | submissions reach ${((total / seconds / baseline) * 100).toFixed(0)} % of it`,
    );
  } finally {
    await centric.close();
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
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
