import { runOperation } from '@centric/server/operations/operations';
import { SettableClock } from '@centric/server/platform/clock';
import { createCentric } from '@centric/server/server';
import { ms, percentiles, timeEach } from './measure';

/**
 * The foundation: how fast the demo organisation is generated, and how fast the list endpoints answer over HTTP
 * (in-process injection) next to the same query run raw on the same database.
 */
export async function foundationBench({ smoke }: { smoke: boolean }): Promise<void> {
  const scale = smoke ? 0.02 : 1;
  console.log(`## Foundation (embedded database, demo scale ${scale})`);
  const centric = await createCentric({
    dataDir: 'memory://',
    port: 3999,
    host: '127.0.0.1',
    mailFrom: 'bench@centric.test',
    rateLimits: { signIn: 1_000_000, public: 1_000_000 },
    logLevel: 'silent',
    clock: new SettableClock('2026-11-02T09:00:00Z'),
  });
  try {
    const t0 = performance.now();
    const demo = await runOperation(centric, 'demo', { scale });
    const seconds = (performance.now() - t0) / 1000;
    const counts = demo.counts as Record<string, number>;
    console.log(
      `demo generated in ${seconds.toFixed(1)} s: ${JSON.stringify(counts)} (${Math.round((counts.responses ?? 0) / seconds)} responses/s)`,
    );

    const key = (
      await runOperation(centric, 'api-key.create', {
        org: 'demo',
        email: (demo.signIn as { email: string }).email,
        name: 'bench',
      })
    ).key as string;
    const get = (url: string) =>
      centric.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
    const n = smoke ? 10 : 200;
    for (const [label, url, raw] of [
      [
        'responses, newest 50',
        '/api/v1/responses?limit=50',
        'select * from responses order by id desc limit 51',
      ],
      [
        'customers search "smith"',
        '/api/v1/customers?q=smith&limit=50',
        "select * from customers where name ilike '%smith%' order by id desc limit 51",
      ],
      ['units, all', '/api/v1/units?limit=200', 'select * from units order by id limit 201'],
    ] as const) {
      const api = percentiles(await timeEach(n, () => get(url)));
      const base = percentiles(await timeEach(n, () => centric.deps.handle.query(raw)));
      console.log(
        `${label.padEnd(28)} API p50 ${ms(api.p50)} p95 ${ms(api.p95)} | raw query p50 ${ms(base.p50)} | API/raw ${(api.p50 / base.p50).toFixed(1)}×`,
      );
    }
  } finally {
    await centric.close();
  }
}
