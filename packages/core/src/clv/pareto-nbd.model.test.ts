import { describe, expect, it } from 'vitest';
import { groupHistories } from './histories';
import {
  type ParetoNbdParams,
  paretoNbdConditionalExpectedTransactions,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
} from './pareto-nbd.model';

const published: ParetoNbdParams = { r: 0.55315, alpha: 10.57633, s: 0.60625, beta: 11.6715 };

describe('Pareto/NBD likelihood', () => {
  const { histories } = groupHistories(
    { x: [0, 1, 2, 5, 12, 3], tx: [0, 3, 30.43, 20, 38, 38.86], T: [38.86, 20, 38.86, 36, 38.5, 38.86] },
    'week',
  );

  it.each([
    ['α a hair above β', 1 + 1e-9],
    ['α a hair below β', 1 - 1e-9],
  ])('is continuous where the formula switches branches (%s)', (_name, ratio) => {
    const equal = paretoNbdLogLikelihood({ ...published, alpha: published.beta }, histories);
    const near = paretoNbdLogLikelihood({ ...published, alpha: published.beta * ratio }, histories);
    expect(near).toBeCloseTo(equal, 6);
  });

  it('is finite for heavy buyers and for tx = T', () => {
    const heavy = groupHistories({ x: [300, 4], tx: [38, 20], T: [39, 20] }, 'week').histories;
    expect(Number.isFinite(paretoNbdLogLikelihood(published, heavy))).toBe(true);
  });
});

describe('Pareto/NBD expectations', () => {
  it.each([
    [0, 0, 0.001],
    [0, 0, 38],
    [4, 37, 38],
    [4, 5, 38],
  ])('P(alive | x=%d, tx=%d, T=%d) is a probability that falls with silence', (x, tx, T) => {
    const p = paretoNbdProbabilityAlive(published, x, tx, T);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
  });

  it('P(alive) is ~1 right after a purchase and lower after a long silence', () => {
    expect(paretoNbdProbabilityAlive(published, 0, 0, 1e-6)).toBeCloseTo(1, 5);
    expect(paretoNbdProbabilityAlive(published, 4, 5, 38)).toBeLessThan(
      paretoNbdProbabilityAlive(published, 4, 37, 38),
    );
  });

  it('conditional expectation is continuous through s = 1', () => {
    const at = (s: number) => paretoNbdConditionalExpectedTransactions({ ...published, s }, 39, 2, 30, 38);
    expect(at(1)).toBeCloseTo(at(1 + 1e-9), 7);
    expect(at(1)).toBeGreaterThan(0);
  });
});
