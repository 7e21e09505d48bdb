import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, log1mExp, logAddExp, logGamma, softplus } from './special-functions';

describe('logGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [0.5, 0.5 * Math.log(Math.PI)],
    [10, Math.log(362_880)],
    [0.1, 2.252712651734206],
    [3.7, 1.4280723266653879],
    [171, 706.5730622457874],
    [1e-8, 18.420680738180209],
  ])('ln Γ(%d)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });

  it('satisfies Γ(x+1) = xΓ(x) across scales', () => {
    for (const x of [0.01, 0.3, 1.7, 12.5, 250, 1e5]) {
      expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
    }
  });
});

describe('digamma', () => {
  it.each([
    [1, -0.5772156649015329],
    [0.5, -1.9635100260214235],
    [2, 0.42278433509846713],
    [10, 2.251752589066721],
    [0.01, -100.56088545786868],
  ])('ψ(%d)', (x, expected) => {
    expect(digamma(x)).toBeCloseTo(expected, 12);
  });

  it('is the derivative of logGamma', () => {
    for (const x of [0.05, 0.9, 4.2, 33]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 6);
    }
  });
});

describe('hyp2f1', () => {
  it.each([
    ['1,1;2;z = −ln(1−z)/z', 1, 1, 2, 0.5, -Math.log(0.5) / 0.5],
    ['1,1;2;z near 1', 1, 1, 2, 0.999, -Math.log(0.001) / 0.999],
    ['a,b;b;z = (1−z)^−a', 0.7, 3, 3, 0.9, 0.1 ** -0.7],
    ['½,½;3/2;z² = asin z / z', 0.5, 0.5, 1.5, 0.64, Math.asin(0.8) / 0.8],
    ['negative z via Pfaff', 1, 1, 2, -3, Math.log(4) / 3],
    ['terminating polynomial', -2, 1, 1, 0.3, (1 - 0.3) ** 2],
    ['z = 0', 2.5, 1.5, 0.7, 0, 1],
  ])('%s', (_name, a, b, c, z, expected) => {
    expect(hyp2f1(a, b, c, z)).toBeCloseTo(expected, 10);
  });

  it('refuses z ≥ 1 instead of returning garbage', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
  });
});

describe('log-space helpers', () => {
  it.each([
    [0, Math.LN2],
    [800, 800],
    [-800, Math.exp(-800)],
    [1e-20, Math.LN2],
  ])('softplus(%d)', (x, expected) => {
    expect(softplus(x)).toBeCloseTo(expected, 14);
  });

  it('logAddExp handles −∞ and huge magnitudes', () => {
    expect(logAddExp(Number.NEGATIVE_INFINITY, 3)).toBe(3);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-1000, -1001)).toBeCloseTo(-1000 + Math.log1p(Math.exp(-1)), 12);
  });

  it('log1mExp is accurate near 0 and far below', () => {
    expect(log1mExp(-1e-12)).toBeCloseTo(Math.log(1e-12), 9);
    expect(log1mExp(-50)).toBeCloseTo(-Math.exp(-50), 30);
    expect(log1mExp(0)).toBe(Number.NEGATIVE_INFINITY);
  });
});
