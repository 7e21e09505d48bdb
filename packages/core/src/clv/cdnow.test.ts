// Reproduces the published CDNOW results (Fader, Hardie & Lee 2005; Fader & Hardie 2013) from the raw sample log.
// biome-ignore lint/style/noRestrictedImports: tests read the published reference data; core's code does no I/O.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BgNbdFit,
  bgnbdConditionalExpectedTransactions,
  bgnbdExpectedTransactions,
  bgnbdLogLikelihood,
  fitBgNbd,
} from './bgnbd.model';
import { fitGammaGamma } from './gamma-gamma.model';
import { groupSpendHistories } from './histories';
import { fitParetoNbd } from './pareto-nbd.model';
import { buildRfmSummary, type RfmSummary, type Transaction } from './summary';

const DATA = new URL('../../../../../shared/data/clv/', import.meta.url);

function readData(name: string): string[] {
  const url = new URL(name, DATA);
  try {
    return readFileSync(url, 'utf8').trim().split('\n').slice(1);
  } catch {
    throw new Error(`CDNOW reference data not found at ${url.pathname} (see shared/data/README.md)`);
  }
}

/** cdnowElog.csv: masterid,sampleid,date (YYYYMMDD),cds,sales. */
function cdnowTransactions(): Transaction[] {
  return readData('cdnowElog.csv').map((line) => {
    const [, id, d, , sales] = line.split(',');
    return {
      customerId: Number(id),
      date: `${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6, 8)}`,
      amount: Number(sales),
    };
  });
}

const relativeError = (actual: number, expected: number) => Math.abs(actual / expected - 1);

let summary: RfmSummary;
let bgnbd: BgNbdFit;

beforeAll(() => {
  summary = buildRfmSummary(cdnowTransactions(), {
    timeUnit: 'week',
    calibrationEnd: '1997-09-30',
    holdoutEnd: '1998-06-30',
  });
  bgnbd = fitBgNbd(summary.histories);
});

describe('CDNOW summary (39-week calibration, same-day purchases merged)', () => {
  it('has the 2,357 customers, 946 repeat buyers and a 39-week holdout', () => {
    expect(summary.customers.length).toBe(2357);
    expect(summary.customers.filter((c) => c.x > 0).length).toBe(946);
    expect(summary.spend.weight.reduce((s, w) => s + w, 0)).toBe(946);
    expect(summary.holdoutLength).toBe(39);
  });

  it('counts the 1,882 repeat transactions of the holdout', () => {
    expect(summary.customers.reduce((s, c) => s + c.holdoutX, 0)).toBe(1882);
  });

  it('agrees with the published per-customer summary (x exactly; tx, T, mean repeat spend to its 2 decimals)', () => {
    const published = readData('cdnow_customers_summary_with_transactions.csv').map((l) =>
      l.split(',').map(Number),
    );
    const byId = new Map(summary.customers.map((c) => [c.customerId, c]));
    expect(published.length).toBe(2357);
    for (const [id, x, tx, T, zbar] of published) {
      const c = byId.get(id!)!;
      expect(c.x).toBe(x);
      expect(Math.abs(c.tx - tx!)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(c.T - T!)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(c.meanRepeatSpend - zbar!)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });
});

describe('BG/NBD on CDNOW (FHL 2005)', () => {
  it.each([
    ['r', 0.2425945],
    ['alpha', 4.4136019],
    ['a', 0.7929199],
    ['b', 2.4258881],
  ] as const)('%s = %d within 0.1%', (name, published) => {
    expect(bgnbd.converged).toBe(true);
    expect(relativeError(bgnbd.params[name], published)).toBeLessThan(0.001);
  });

  it('log-likelihood −9582.429 within 0.01, at the fit and at the published parameters', () => {
    expect(Math.abs(bgnbd.logLikelihood - -9582.429)).toBeLessThan(0.01);
    const atPublished = bgnbdLogLikelihood(
      { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 },
      summary.histories,
    );
    expect(Math.abs(atPublished - -9582.429)).toBeLessThan(0.01);
  });

  it.each([[[0.1, 10, 2, 5]], [[5, 0.1, 0.2, 20]], [[1, 100, 1, 1]], [[0.01, 1, 10, 0.1]]])(
    'converges to the same maximum from start %j',
    (start) => {
      const fit = fitBgNbd(summary.histories, { start });
      expect(fit.converged).toBe(true);
      expect(Math.abs(fit.logLikelihood - bgnbd.logLikelihood)).toBeLessThan(1e-6);
      expect(relativeError(fit.params.b, bgnbd.params.b)).toBeLessThan(1e-5);
    },
  );

  it.each([
    [1, 0.0532],
    [3, 0.1506],
    [32, 1.0437],
    [78, 1.8576],
  ])('E[X(%d weeks)] ≈ %d (published to 4 decimals; asserted to within 5e-4)', (t, published) => {
    expect(bgnbdExpectedTransactions(bgnbd.params, t)).toBeCloseTo(published, 3);
  });

  it('E[Y(39) | x = 2, tx = 30.43, T = 38.86] ≈ 1.226', () => {
    expect(bgnbdConditionalExpectedTransactions(bgnbd.params, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  it('forecasts the 39-week holdout total within 15% of the 1,882 actual (it predicts ≈1,653: 12% low)', () => {
    const predicted = summary.customers.reduce(
      (s, c) => s + bgnbdConditionalExpectedTransactions(bgnbd.params, summary.holdoutLength, c.x, c.tx, c.T),
      0,
    );
    expect(relativeError(predicted, 1882)).toBeLessThan(0.15);
    expect(predicted).toBeCloseTo(1653.4, 0);
  });
});

describe('Gamma-Gamma on CDNOW’s 946 repeat buyers (Fader & Hardie 2013)', () => {
  it.each([
    ['p', 6.25],
    ['q', 3.74],
    ['gamma', 15.44],
  ] as const)('%s = %d within 0.5%, using the mean of repeat transactions only', (name, published) => {
    const fit = fitGammaGamma(summary.spend);
    expect(fit.converged).toBe(true);
    expect(relativeError(fit.params[name], published)).toBeLessThan(0.005);
    expect(Math.abs(fit.logLikelihood - -4055.92)).toBeLessThan(0.01);
  });

  it('does not reproduce them when the first purchase is averaged in (the published z̄ excludes it)', () => {
    const withFirst = summary.customers.map(
      (c) => (c.meanRepeatSpend * c.x + c.firstPurchaseSpend) / (c.x + 1),
    );
    const { histories } = groupSpendHistories(
      summary.customers.map((c) => c.x),
      withFirst,
    );
    expect(relativeError(fitGammaGamma(histories).params.p, 6.25)).toBeGreaterThan(0.5);
  });
});

describe('Pareto/NBD on CDNOW', () => {
  it('fits r, α, s, β within 0.1% of the published values and the log-likelihood within 0.01', () => {
    const fit = fitParetoNbd(summary.histories);
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.logLikelihood - -9594.976)).toBeLessThan(0.01);
    const published = { r: 0.55315, alpha: 10.57633, s: 0.60625, beta: 11.6715 };
    for (const k of ['r', 'alpha', 's', 'beta'] as const) {
      expect(relativeError(fit.params[k], published[k])).toBeLessThan(0.001);
    }
  });
});
