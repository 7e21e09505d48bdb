import { describe, expect, it } from 'vitest';
import {
  fitGammaGamma,
  type GammaGammaParams,
  gammaGammaConditionalExpectedSpend,
  gammaGammaLogLikelihood,
  gammaGammaMeanSpend,
} from './gamma-gamma.model';
import { groupSpendHistories } from './histories';
import { simulateBgNbdCustomers } from './simulate';

const published: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('Gamma-Gamma expectations', () => {
  it.each([
    // x, mean spend, expected: p(γ + x z̄)/(px + q − 1)
    [0, 0, (6.25 * 15.44) / 2.74],
    [1, 20, (6.25 * (15.44 + 20)) / (6.25 + 2.74)],
    [10, 50, (6.25 * (15.44 + 500)) / (62.5 + 2.74)],
  ])('E[spend | x=%d, z̄=%d]', (x, z, expected) => {
    expect(gammaGammaConditionalExpectedSpend(published, x, z)).toBeCloseTo(expected, 10);
  });

  it('shrinks a customer’s mean towards the population mean, less so the more they bought', () => {
    const population = gammaGammaMeanSpend(published);
    const one = gammaGammaConditionalExpectedSpend(published, 1, 100);
    const many = gammaGammaConditionalExpectedSpend(published, 20, 100);
    expect(one).toBeGreaterThan(population);
    expect(one).toBeLessThan(many);
    expect(many).toBeLessThan(100);
  });

  it('refuses an infinite expectation (q ≤ 1) instead of returning one', () => {
    expect(() => gammaGammaMeanSpend({ p: 2, q: 0.8, gamma: 10 })).toThrow(RangeError);
  });
});

describe('Gamma-Gamma fit', () => {
  it('recovers parameters from 20,000 simulated repeat buyers (pγ/(q−1) within 3%, each parameter within 20%)', () => {
    const sim = simulateBgNbdCustomers(
      { r: 2, alpha: 10, a: 1, b: 6 },
      { customers: 20_000, seed: 3, timeUnit: 'week', minAge: 20, maxAge: 60, spend: published },
    );
    const { histories } = groupSpendHistories(sim.x, sim.meanSpend);
    const fit = fitGammaGamma(histories);
    expect(fit.converged).toBe(true);
    expect(fit.logLikelihood).toBeCloseTo(gammaGammaLogLikelihood(fit.params, histories), 6);
    // The population mean is sharply identified; p, q, γ individually lie on a ridge.
    expect(gammaGammaMeanSpend(fit.params) / gammaGammaMeanSpend(published)).toBeCloseTo(1, 1);
    expect(Math.abs(gammaGammaMeanSpend(fit.params) / gammaGammaMeanSpend(published) - 1)).toBeLessThan(0.03);
    for (const k of ['p', 'q', 'gamma'] as const) {
      expect(Math.abs(fit.params[k] / published[k] - 1)).toBeLessThan(0.2);
    }
  });

  it('converges from very different starting points to the same maximum', () => {
    const sim = simulateBgNbdCustomers(
      { r: 2, alpha: 10, a: 1, b: 6 },
      { customers: 5_000, seed: 4, timeUnit: 'week', minAge: 20, maxAge: 60, spend: published },
    );
    const { histories } = groupSpendHistories(sim.x, sim.meanSpend);
    const fits = [
      [1, 1, 1],
      [0.1, 0.1, 0.1],
      [50, 20, 1000],
    ].map((start) => fitGammaGamma(histories, { start }));
    for (const fit of fits) {
      expect(fit.converged).toBe(true);
      expect(fit.logLikelihood).toBeCloseTo(fits[0]!.logLikelihood, 6);
      expect(fit.params.p).toBeCloseTo(fits[0]!.params.p, 3);
    }
  });

  it('reports spends without variation (no interior maximum) as not converged', () => {
    const { histories } = groupSpendHistories([1, 2, 3, 4], [10, 10, 10, 10]);
    const fit = fitGammaGamma(histories);
    expect(fit.converged).toBe(false);
    expect(fit.message.length).toBeGreaterThan(0);
  });

  it('reports an empty sample', () => {
    const { histories } = groupSpendHistories([0, 0], [0, 0]);
    expect(fitGammaGamma(histories)).toMatchObject({ converged: false });
  });
});
