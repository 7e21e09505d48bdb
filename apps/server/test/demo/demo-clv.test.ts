import { findLatestSuccessfulClvFit } from '@centric/db/clv/clv.repository';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOrganisation, type DemoResult } from '../../src/demo/demo.generator';
import { startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('the demo’s customer value (%s)', (engine) => {
  let centric: TestCentric;
  let demo: DemoResult;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    demo = await createDemoOrganisation(centric.deps, { now: centric.clock.now(), scale: 0.05 });
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('is fitted during generation: every customer with a purchase is valued, and revenue is at risk', async () => {
    const fit = await findLatestSuccessfulClvFit(centric.deps.db, demo.organisation.id);
    expect(fit?.status).toBe('ok');
    expect(fit!.calibrationEnd).toBe('2026-11-02');
    const { rows } = await centric.deps.handle.query<{ n: number; buyers: number }>(
      `select (select count(*)::int from customer_values where organisation_id = $1) as n,
              (select count(distinct customer_id)::int from transactions where organisation_id = $1) as buyers`,
      [demo.organisation.id],
    );
    expect(rows[0]!.n).toBe(rows[0]!.buyers);
    const breakdown = fit!.breakdown as {
      atRisk: { detractors: { customers: number; totalClv: number }; either: { totalClv: number } };
      total: { totalClv: number };
      bySegment: unknown[];
    };
    expect(breakdown.atRisk.detractors.customers).toBeGreaterThan(0);
    expect(breakdown.atRisk.either.totalClv).toBeGreaterThan(0);
    expect(breakdown.atRisk.either.totalClv).toBeLessThan(breakdown.total.totalClv);
    expect(breakdown.bySegment.length).toBeGreaterThan(1);
    expect((fit!.holdout as { points: unknown[] } | null)?.points.length).toBeGreaterThan(10);
  });
});
