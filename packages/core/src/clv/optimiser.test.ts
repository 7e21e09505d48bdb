import { describe, expect, it } from 'vitest';
import { minimiseBfgs, minimiseNelderMead, numericalGradient, type ObjectiveWithGradient } from './optimiser';

const rosenbrock = (x: Float64Array) => (1 - x[0]!) ** 2 + 100 * (x[1]! - x[0]! ** 2) ** 2;
const rosenbrockWithGradient: ObjectiveWithGradient = (x, g) => {
  const [a, b] = [x[0]!, x[1]!];
  g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  g[1] = 200 * (b - a * a);
  return rosenbrock(x);
};

describe('minimiseBfgs', () => {
  it.each([
    ['analytic gradient', rosenbrockWithGradient],
    ['numerical gradient', numericalGradient(rosenbrock)],
  ])('finds the Rosenbrock minimum with a %s', (_name, fg) => {
    const result = minimiseBfgs(fg, [-1.2, 1], { gradientTolerance: 1e-7 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it('steps back from a region where the objective is not finite', () => {
    // ln barrier: undefined for x ≤ 0; minimum at x = 1.
    const fg: ObjectiveWithGradient = (x, g) => {
      g[0] = 1 - 1 / x[0]!;
      return x[0]! - Math.log(x[0]!);
    };
    const result = minimiseBfgs(fg, [8], { maxStep: 100 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
  });

  it('reports, rather than hides, a start where the objective is not finite', () => {
    const result = minimiseBfgs(
      (_x, g) => {
        g[0] = 0;
        return Number.NaN;
      },
      [0],
    );
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/not finite/);
  });
});

describe('minimiseNelderMead', () => {
  it('finds the Rosenbrock minimum', () => {
    const result = minimiseNelderMead(rosenbrock, [-1.2, 1], { valueTolerance: 1e-14 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
  });

  it('treats non-finite values as +∞ and says when it gives up', () => {
    const result = minimiseNelderMead(() => Number.NaN, [0, 0], { maxEvaluations: 50 });
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/not finite/);
  });
});
