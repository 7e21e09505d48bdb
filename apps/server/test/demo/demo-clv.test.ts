import { findLatestSuccessfulClvFit } from '@centric/db/clv/clv.repository';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refitOrganisation } from '../../src/clv/clv-refit';
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

  it('fits on the transactions it generated exactly as a refit that reads them back from the database', async () => {
    const during = await findLatestSuccessfulClvFit(centric.deps.db, demo.organisation.id);
    const again = await refitOrganisation(centric.deps, demo.organisation, { asOf: centric.clock.now() });
    expect(again.status).toBe('ok');
    expect(again.id).not.toBe(during!.id);
    expect(again.customers).toBe(during!.customers);
    expect(again.repeatCustomers).toBe(during!.repeatCustomers);
    expect(again.bgnbd).toEqual(during!.bgnbd);
    expect(again.gammaGamma).toEqual(during!.gammaGamma);
    expect(again.holdout).toEqual(during!.holdout);
    expect(again.breakdown).toEqual(during!.breakdown);
  });
});
