// Unconstrained minimisers for the maximum-likelihood fits (parameters are optimised on the log scale).

/** An objective to minimise; it may return a non-finite value to say "outside the feasible region". */
export type Objective = (x: Float64Array) => number;

/** Writes the gradient of the objective at `x` into `out` and returns the objective there. */
export type ObjectiveWithGradient = (x: Float64Array, out: Float64Array) => number;

/** What a minimiser reports: the best point, its value, and whether (and why) it stopped. */
export interface MinimiseResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly converged: boolean;
  readonly iterations: number;
  readonly evaluations: number;
  readonly message: string;
}

/** Options for {@link minimiseBfgs}. */
export interface BfgsOptions {
  /** Stop when every gradient component is at most this in absolute value. */
  readonly gradientTolerance?: number;
  readonly maxIterations?: number;
  /** Largest step per iteration in any coordinate; keeps exp(log-parameter) from overflowing. */
  readonly maxStep?: number;
}

const infinityNorm = (v: Float64Array): number => {
  let m = 0;
  for (const e of v) m = Math.max(m, Math.abs(e));
  return m;
};

const dot = (u: Float64Array, v: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i]! * v[i]!;
  return s;
};

/** Central-difference gradient, for objectives without an analytic one. */
export function numericalGradient(f: Objective, step = 1e-6): ObjectiveWithGradient {
  return (x, out) => {
    const probe = Float64Array.from(x);
    for (let i = 0; i < x.length; i++) {
      const h = step * Math.max(1, Math.abs(x[i]!));
      probe[i] = x[i]! + h;
      const up = f(probe);
      probe[i] = x[i]! - h;
      const down = f(probe);
      probe[i] = x[i]!;
      out[i] = (up - down) / (2 * h);
    }
    return f(x);
  };
}

/** Quasi-Newton (BFGS) minimisation with an Armijo backtracking line search that steps back from non-finite values. */
export function minimiseBfgs(
  fg: ObjectiveWithGradient,
  start: ArrayLike<number>,
  options: BfgsOptions = {},
): MinimiseResult {
  const gtol = options.gradientTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 500;
  const maxStep = options.maxStep ?? 3;
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let f = fg(x, g);
  let evaluations = 1;
  const result = (converged: boolean, iterations: number, message: string): MinimiseResult => ({
    x,
    value: f,
    converged,
    iterations,
    evaluations,
    message,
  });
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) {
    return result(false, 0, 'objective or gradient is not finite at the starting point');
  }
  // Inverse-Hessian approximation, row-major; starts as the identity and is rescaled after the first step.
  const h = new Float64Array(n * n);
  const resetH = (scale: number) => {
    h.fill(0);
    for (let i = 0; i < n; i++) h[i * n + i] = scale;
  };
  resetH(1);
  let fresh = true;
  const d = new Float64Array(n);
  let xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    if (infinityNorm(g) <= gtol) return result(true, iter, 'gradient below tolerance');
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= h[i * n + j]! * g[j]!;
      d[i] = v;
    }
    let slope = dot(d, g);
    if (!(slope < 0)) {
      // The approximation lost positive-definiteness: fall back to steepest descent.
      resetH(1);
      fresh = true;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = dot(d, g);
    }
    const longest = infinityNorm(d);
    let step = longest > maxStep ? maxStep / longest : 1;
    let fNew = Number.NaN;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * d[i]!;
      fNew = fg(xNew, gNew);
      evaluations++;
      if (Number.isFinite(fNew) && gNew.every(Number.isFinite)) {
        if (fNew <= f + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        // Near the optimum the decrease drowns in rounding noise; the approximate Wolfe conditions of Hager &
        // Zhang (2005) accept a step that is no worse than noise and flattens the directional derivative.
        const newSlope = dot(gNew, d) * step;
        const slopeHere = slope * step;
        if (
          fNew <= f + 1e-12 * Math.max(1, Math.abs(f)) &&
          newSlope >= 0.9 * slopeHere &&
          newSlope <= -0.8 * slopeHere
        ) {
          accepted = true;
          break;
        }
      }
      // Quadratic interpolation of the step, clamped so that a wild value cannot stall or overshoot.
      const trial = Number.isFinite(fNew)
        ? (-slope * step * step) / (2 * (fNew - f - slope * step))
        : 0.1 * step;
      step = Math.min(0.5 * step, Math.max(0.1 * step, trial));
    }
    if (!accepted) {
      if (!fresh) {
        resetH(1);
        fresh = true;
        continue;
      }
      const gnorm = infinityNorm(g);
      return result(false, iter, `line search failed (gradient ${gnorm.toExponential(2)} > ${gtol})`);
    }
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, y);
    const fOld = f;
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    f = fNew;
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        // Shanno–Phua scaling: gives the first quasi-Newton step the right length.
        resetH(sy / dot(y, y));
        fresh = false;
      }
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += h[i * n + j]! * y[j]!;
        hy[i] = v;
      }
      const yhy = dot(y, hy);
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          h[i * n + j] =
            h[i * n + j]! - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!;
        }
      }
    }
    if (fOld - f <= 1e-15 * Math.max(1, Math.abs(f)) && infinityNorm(s) <= 1e-12) {
      const gnorm = infinityNorm(g);
      if (gnorm <= gtol) return result(true, iter + 1, 'gradient below tolerance');
      return result(false, iter + 1, `no further progress (gradient ${gnorm.toExponential(2)} > ${gtol})`);
    }
  }
  return result(infinityNorm(g) <= gtol, maxIterations, `stopped after ${maxIterations} iterations`);
}

/** Options for {@link minimiseNelderMead}. */
export interface NelderMeadOptions {
  /** Initial simplex edge in each coordinate. */
  readonly initialStep?: number;
  /** Stop when the simplex's values differ by at most this (relative to the best value). */
  readonly valueTolerance?: number;
  readonly maxEvaluations?: number;
  /** Rebuild the simplex around the best point this many times; stops early when a restart finds nothing better. */
  readonly restarts?: number;
}

/** Nelder–Mead simplex search (adaptive coefficients of Gao & Han 2012) with restarts; derivative-free and robust. */
export function minimiseNelderMead(
  f: Objective,
  start: ArrayLike<number>,
  options: NelderMeadOptions = {},
): MinimiseResult {
  const n = start.length;
  const initialStep = options.initialStep ?? 0.5;
  const ftol = options.valueTolerance ?? 1e-12;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const restarts = options.restarts ?? 3;
  // Adaptive coefficients keep the simplex from collapsing in higher dimensions.
  const alpha = 1;
  const beta = 1 + 2 / n;
  const gamma = 0.75 - 1 / (2 * n);
  const delta = 1 - 1 / n;
  let evaluations = 0;
  const value = (p: Float64Array): number => {
    evaluations++;
    const v = f(p);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let best = Float64Array.from(start);
  let bestValue = value(best);
  let iterations = 0;
  let converged = false;
  for (let round = 0; round <= restarts && evaluations < maxEvaluations; round++) {
    const simplex: Float64Array[] = [Float64Array.from(best)];
    const values: number[] = [bestValue];
    for (let i = 0; i < n; i++) {
      const p = Float64Array.from(best);
      p[i] = p[i]! + initialStep;
      simplex.push(p);
      values.push(value(p));
    }
    const order = simplex.map((_, i) => i);
    const centroid = new Float64Array(n);
    const point = (from: Float64Array, towards: Float64Array, t: number): Float64Array => {
      const p = new Float64Array(n);
      for (let j = 0; j < n; j++) p[j] = from[j]! + t * (towards[j]! - from[j]!);
      return p;
    };
    converged = false;
    while (evaluations < maxEvaluations) {
      iterations++;
      order.sort((i, j) => values[i]! - values[j]!);
      const lo = order[0]!;
      const hi = order[n]!;
      const spread = values[hi]! - values[lo]!;
      if (spread <= ftol * Math.max(1, Math.abs(values[lo]!))) {
        converged = Number.isFinite(values[lo]!);
        break;
      }
      centroid.fill(0);
      for (let k = 0; k < n; k++) {
        const p = simplex[order[k]!]!;
        for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + p[j]! / n;
      }
      const worst = simplex[hi]!;
      const reflected = point(centroid, worst, -alpha);
      const fr = value(reflected);
      const secondWorst = values[order[n - 1]!]!;
      if (fr < values[lo]!) {
        const expanded = point(centroid, worst, -alpha * beta);
        const fe = value(expanded);
        if (fe < fr) {
          simplex[hi] = expanded;
          values[hi] = fe;
        } else {
          simplex[hi] = reflected;
          values[hi] = fr;
        }
      } else if (fr < secondWorst) {
        simplex[hi] = reflected;
        values[hi] = fr;
      } else {
        const outside = fr < values[hi]!;
        const contracted = outside ? point(centroid, reflected, gamma) : point(centroid, worst, gamma);
        const fc = value(contracted);
        if (fc < (outside ? fr : values[hi]!)) {
          simplex[hi] = contracted;
          values[hi] = fc;
        } else {
          const anchor = simplex[lo]!;
          for (let k = 0; k <= n; k++) {
            if (k === lo) continue;
            simplex[k] = point(anchor, simplex[k]!, delta);
            values[k] = value(simplex[k]!);
          }
        }
      }
    }
    let lo = 0;
    for (let k = 1; k <= n; k++) if (values[k]! < values[lo]!) lo = k;
    const improved = bestValue - values[lo]! > ftol * Math.max(1, Math.abs(values[lo]!));
    if (values[lo]! <= bestValue) {
      best = Float64Array.from(simplex[lo]!);
      bestValue = values[lo]!;
    }
    // A restart that finds nothing better means the simplex did not merely collapse onto a slope.
    if (round > 0 && !improved) break;
  }
  const finite = Number.isFinite(bestValue);
  const message = !finite
    ? 'objective is not finite anywhere the simplex went'
    : converged
      ? 'simplex values within tolerance'
      : `stopped after ${evaluations} evaluations`;
  return { x: best, value: bestValue, converged: converged && finite, iterations, evaluations, message };
}
