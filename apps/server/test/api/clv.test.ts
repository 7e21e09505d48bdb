import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '@centric/core/clv/simulate';
import { fromDayNumber, toDayNumber } from '@centric/core/clv/summary';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIGHTLY_JOB, nextNightlyRun, REFIT_JOB } from '../../src/clv/clv.jobs';
import { runOperation } from '../../src/operations/operations';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

const CUSTOMERS = 300;

/** A deterministic purchase log: each customer buys at their own pace until they drop out. */
function purchaseLog(): string[] {
  const random = createRandom(42);
  const start = toDayNumber('2025-01-01');
  const end = toDayNumber('2026-11-01');
  const lines: string[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    let day = start + Math.floor(random() * 400);
    const gap = 10 + random() * 60;
    const dropout = 0.05 + random() * 0.3;
    const spend = 15 + random() * 80;
    for (;;) {
      lines.push(`C${i},${fromDayNumber(day)},${(spend * (0.6 + random() * 0.8)).toFixed(2)}`);
      day += Math.ceil(-Math.log(1 - random()) * gap);
      if (day > end || random() < dropout) break;
    }
  }
  return lines;
}

describe.each(testEngines())('customer value (%s)', (engine) => {
  let centric: TestCentric;
  let org: Awaited<ReturnType<TestCentric['organisation']>>;
  let segments: { loyal: string; casual: string };
  let customerIds: string[];
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const r = await centric.app.inject({
      method,
      url,
      headers: { cookie: org.ownerCookie, origin: ORIGIN },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, body: r.json() };
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    org = await centric.organisation('value');
    const segment = async (name: string) =>
      (await call('POST', '/api/v1/segments', { name })).body.id as string;
    segments = { loyal: await segment('Loyal'), casual: await segment('Casual') };
    customerIds = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      const r = await call('POST', '/api/v1/customers', {
        name: `Customer ${i}`,
        externalId: `C${i}`,
        segmentId: i % 2 === 0 ? segments.loyal : segments.casual,
      });
      customerIds.push(r.body.id);
    }
    const survey = (await call('POST', '/api/v1/surveys', { name: 'NPS', kind: 'nps', status: 'live' })).body
      .id;
    // Customers 0–9 are detractors (their latest answer), 10–19 promoters who were once detractors.
    for (let i = 0; i < 20; i++) {
      await call('POST', '/api/v1/responses', {
        surveyId: survey,
        customerId: customerIds[i],
        score: i < 10 ? 9 : 2,
        respondedAt: '2026-09-01T10:00:00Z',
      });
      await call('POST', '/api/v1/responses', {
        surveyId: survey,
        customerId: customerIds[i],
        score: i < 10 ? 3 : 10,
        respondedAt: '2026-10-01T10:00:00Z',
      });
    }
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('has no fit before any transaction, and records why a refit fails', async () => {
    expect((await call('GET', '/api/v1/clv')).body).toMatchObject({
      fit: null,
      latestAttempt: null,
      currency: 'EUR',
    });
    const refit = await call('POST', '/api/v1/clv/refit', {});
    expect(refit.status).toBe(200);
    expect(refit.body.fit).toBeNull();
    expect(refit.body.latestAttempt).toMatchObject({
      status: 'failed',
      message: 'no purchases to fit: import transactions first',
    });
    expect((await call('GET', `/api/v1/customers/${customerIds[0]}/value`)).body).toEqual({ value: null });
    expect((await call('GET', `/api/v1/clv/segments/${segments.loyal}`)).body).toEqual({
      segmentId: segments.loyal,
      value: null,
    });
  });

  it('reports every bad line of an import and stores nothing', async () => {
    const csv = [
      'customer_id,date,amount,transaction_id',
      'C1,2026-01-01,10,t1',
      'C404,2026-01-02,10,t2',
      'C2,2026-02-30,10,t3',
      'C3,2026-01-03,0,t4',
      'C4,2026-01-04,12,t1',
      'C5,2026-01-05,-4,t6',
    ].join('\n');
    const dry = await call('POST', '/api/v1/transactions/import', { csv, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.applied).toBe(false);
    expect(dry.body.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 6]);
    expect(dry.body.errors[0].message).toBe('unknown customer "C404" (no customer has this id)');
    expect(dry.body.preview.map((p: { line: number }) => p.line)).toEqual([2, 7]);
    const real = await call('POST', '/api/v1/transactions/import', { csv });
    expect(real.status).toBe(400);
    expect(real.body.error.code).toBe('validation_failed');
    expect(real.body.error.details.errors).toHaveLength(4);
    expect((await call('GET', '/api/v1/transactions')).body.items).toEqual([]);
  });

  it('imports a clean file whole and refits in the background', async () => {
    const csv = `customer_id,date,amount\n${purchaseLog().join('\n')}\n`;
    const imported = await call('POST', '/api/v1/transactions/import', { csv });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ applied: true, errors: [], refitQueued: true });
    expect(imported.body.imported).toBe(purchaseLog().length);
    await centric.deps.jobs.drain(REFIT_JOB, 120_000);
    const { body } = await call('GET', '/api/v1/clv');
    expect(body.fit, JSON.stringify(body.latestAttempt)).not.toBeNull();
    expect(body.fit).toMatchObject({
      status: 'ok',
      customers: CUSTOMERS,
      timeUnit: 'week',
      calibrationEnd: '2026-11-02',
    });
    expect(body.fit.bgnbd.converged).toBe(true);
    expect(body.fit.holdout.points.length).toBeGreaterThan(10);
    expect(body.fit.holdout.correlation).toBeGreaterThan(0.3);
    const b = body.fit.breakdown;
    expect(b.total.customers).toBe(CUSTOMERS);
    expect(b.bySegment.map((s: { customers: number }) => s.customers).sort()).toEqual([150, 150]);
    expect(b.bySegment.reduce((s: number, g: { totalClv: number }) => s + g.totalClv, 0)).toBeCloseTo(
      b.total.totalClv,
      6,
    );
    // Only the latest answer counts: 10 detractors, not the 10 promoters who used to be.
    expect(b.atRisk.detractors.customers).toBe(10);
    expect(b.atRisk.either.totalClv).toBeGreaterThanOrEqual(b.atRisk.detractors.totalClv);
    expect(b.npsByTier.reduce((s: number, t: { respondents: number }) => s + t.respondents, 0)).toBe(20);
  });

  it('shows a customer’s value and a segment’s CLV', async () => {
    const { body } = await call('GET', `/api/v1/customers/${customerIds[5]}/value`);
    expect(body.value.clv).toBeGreaterThan(0);
    expect(body.value.pAlive).toBeGreaterThan(0);
    expect(body.value.pAlive).toBeLessThanOrEqual(1);
    expect(body.value).toMatchObject({ customerId: customerIds[5], horizonMonths: 12, timeUnit: 'week' });
    const segment = await call('GET', `/api/v1/clv/segments/${segments.loyal}`);
    expect(segment.body.value).toMatchObject({ customers: 150, currency: 'EUR', horizonMonths: 12 });
    expect(segment.body.value.totalClv).toBeGreaterThan(0);
  });

  it('refits with new settings: CLV is linear in the margin', async () => {
    const before = (await call('GET', '/api/v1/clv')).body.fit.breakdown.total.totalClv;
    const refit = await call('POST', '/api/v1/clv/refit', { margin: 0.25 });
    expect(refit.status).toBe(200);
    expect(refit.body.fit.settings.margin).toBe(0.25);
    expect(refit.body.fit.breakdown.total.totalClv).toBeCloseTo(before * 0.25, 6);
    expect((await call('POST', '/api/v1/clv/refit', { margin: 2 })).status).toBe(400);
  });

  it('runs as operator commands: a file import refused line by line, and a fit of the stored transactions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'centric-clv-op-'));
    try {
      const file = join(dir, 'more.csv');
      writeFileSync(file, 'customer_id,date,amount\nC1,2026-10-30,20\nC9999,2026-10-30,20\n');
      await expect(
        runOperation(centric, 'import.transactions', { org: 'value', file }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        details: {
          errors: [
            { line: 3, severity: 'error', message: 'unknown customer "C9999" (no customer has this id)' },
          ],
        },
      });
      const check = await runOperation(centric, 'clv.fit', { org: 'value', calibrationEnd: '2026-05-01' });
      expect(check.message).toContain('nothing stored');
      const report = check.report as { holdout: { actualTotal: number }; customers: number };
      expect(report.holdout.actualTotal).toBeGreaterThan(0);
      const refit = await runOperation(centric, 'clv.fit', { org: 'value', period: 'month' });
      expect(refit).toMatchObject({ status: 'ok', report: { timeUnit: 'month', customers: CUSTOMERS } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('schedules one nightly refit', async () => {
    const { rows } = await centric.deps.handle.query<{ n: number; start: Date }>(
      `select count(*)::int as n, min(start_after) as start from pgboss.job where name = $1 and state = 'created'`,
      [NIGHTLY_JOB],
    );
    expect(rows[0]!.n).toBe(1);
    // Scheduled on real time (the queue's), at the next 02:00 UTC.
    const start = new Date(rows[0]!.start);
    expect(start.getUTCHours()).toBe(2);
    expect(start.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(start.getTime()).toBeLessThanOrEqual(Date.now() + 86_400_000);
    expect(nextNightlyRun(new Date('2026-11-02T01:59:00Z')).toISOString()).toBe('2026-11-02T02:00:00.000Z');
    expect(nextNightlyRun(new Date('2026-11-02T02:00:00Z')).toISOString()).toBe('2026-11-03T02:00:00.000Z');
  });
});
