// biome-ignore lint/style/noRestrictedImports: tests read the published reference data; core's code does no I/O.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pearsonCorrelation } from './holdout';
import { netRefunds } from './refunds';
import { fitPurchaseLog, valueCustomers } from './transaction-log-fit';
import { valueBreakdown } from './value-breakdown';

const DATA = new URL('../../../../../shared/data/clv/cdnowElog.csv', import.meta.url);

function cdnow() {
  return readFileSync(DATA, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [, id, d, , sales] = line.split(',');
      return {
        customerId: id!,
        date: `${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6, 8)}`,
        amount: Number(sales),
      };
    });
}

describe('fitting the CDNOW purchase log with a holdout', () => {
  const { purchases } = netRefunds(cdnow());
  const fit = fitPurchaseLog(purchases, { timeUnit: 'week', calibrationEnd: '1997-09-30' });

  it('reproduces the published parameters and the 1,882 holdout repeat transactions', () => {
    expect(fit.usable).toBe(true);
    expect(fit.customers).toBe(2357);
    expect(fit.repeatCustomers).toBe(946);
    expect(fit.bgnbd.params.r).toBeCloseTo(0.2425945, 4);
    expect(fit.gammaGamma.params.p).toBeCloseTo(6.25, 1);
    expect(fit.holdout?.length).toBe(39);
    expect(fit.holdout?.actualTotal).toBe(1882);
    expect(fit.holdout?.predictedTotal).toBeCloseTo(1653.4, 0);
  });

  it('has cumulative curves that end at the totals, one point a week', () => {
    const points = fit.holdout!.points;
    expect(points).toHaveLength(39);
    expect(points.at(-1)).toMatchObject({ t: 39, actual: 1882 });
    expect(points.at(-1)!.predicted).toBeCloseTo(fit.holdout!.predictedTotal, 9);
    for (let k = 1; k < points.length; k++)
      expect(points[k]!.actual).toBeGreaterThanOrEqual(points[k - 1]!.actual);
  });

  it('correlates per customer (the published per-customer fit is good but not perfect)', () => {
    expect(fit.holdout!.correlation).toBeGreaterThan(0.5);
    expect(fit.holdout!.correlation).toBeLessThan(0.9);
  });

  it('values customers: P(alive) in [0, 1], CLV ≥ 0, heavier recent buyers worth more', () => {
    const values = valueCustomers(fit, purchases, {
      horizonMonths: 12,
      discount: { annual: 0.1 },
      margin: 1,
      lookbackDays: 90,
    });
    expect(values).toHaveLength(2357);
    for (const v of values) {
      expect(v.pAlive).toBeGreaterThanOrEqual(0);
      expect(v.pAlive).toBeLessThanOrEqual(1);
      expect(v.clv).toBeGreaterThanOrEqual(0);
    }
    const byId = new Map(values.map((v) => [v.customerId, v]));
    // Nobody buys after their first purchase: P(alive) is 1 and nothing can have fallen.
    const newcomer = values.find((v) => v.x === 0)!;
    expect(newcomer.pAlive).toBe(1);
    const heavy = [...values].sort((p, q) => q.x - p.x)[0]!;
    expect(heavy.clv).toBeGreaterThan(byId.get(newcomer.customerId)!.clv);
  });
});

describe('value breakdown', () => {
  const c = (
    clv: number,
    pAlive: number,
    pAliveBefore: number | null,
    latestNps: number | null,
    segmentId = 's1',
  ) => ({
    clv,
    pAlive,
    pAliveBefore,
    latestNps,
    segmentId,
    unitId: null,
  });
  const breakdown = valueBreakdown([
    c(100, 0.9, 0.9, 10),
    c(50, 0.3, 0.4, null),
    c(40, 0.8, 0.95, 3, 's2'),
    c(10, 0.9, null, 8, 's2'),
  ]);

  it('puts detractors and low or falling P(alive) at risk, each customer once', () => {
    expect(breakdown.atRisk.detractors).toEqual({ customers: 1, totalClv: 40, meanClv: 40 });
    expect(breakdown.atRisk.fading.customers).toBe(2);
    expect(breakdown.atRisk.either).toEqual({ customers: 2, totalClv: 90, meanClv: 45 });
  });

  it('groups by segment, largest total first, and computes NPS per CLV quarter', () => {
    expect(breakdown.bySegment.map((s) => [s.segmentId, s.totalClv])).toEqual([
      ['s1', 150],
      ['s2', 50],
    ]);
    expect(breakdown.npsByTier.map((t) => t.nps)).toEqual([100, null, -100, 0]);
  });

  it('computes a Pearson correlation', () => {
    expect(pearsonCorrelation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearsonCorrelation([1, 1, 1], [2, 4, 6])).toBeNaN();
  });
});
