// Pareto/NBD model (Schmittlein, Morrison & Colombo 1987; likelihood as in Fader, Hardie & Lee 2005, "A note on
// deriving the Pareto/NBD model"): Poisson purchases at λ ~ Gamma(r, α), exponential lifetime at μ ~ Gamma(s, β).
import type { CustomerHistories } from './histories';
import { totalWeight } from './histories';
import {
  type FitOptions,
  type FitResult,
  minimiseNegativeLogLikelihood,
  toFitResult,
} from './maximum-likelihood';
import { numericalGradient } from './optimiser';
import { hyp2f1Series, log1mExp, logAddExp, logGamma } from './special-functions';
import type { TimeUnit } from './time-unit';

/** Pareto/NBD parameters; α and β have the model's time unit, r and s are unitless. */
export interface ParetoNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly s: number;
  readonly beta: number;
}

/** Fitted Pareto/NBD parameters with the time unit they are expressed in. */
export interface ParetoNbdModel {
  readonly params: ParetoNbdParams;
  readonly timeUnit: TimeUnit;
}

/** A Pareto/NBD maximum-likelihood fit. */
export interface ParetoNbdFit extends FitResult<ParetoNbdParams>, ParetoNbdModel {}

/**
 * ln of ₂F₁(r+s+x, t; r+s+x+1; z) / (m + τ)^(r+s+x), the building block of the likelihood's A₀ term. The
 * series is Euler-transformed to (1−z)^(1−t) ₂F₁(1, r+s+x+1−t; r+s+x+1; z), whose terms are positive and shrink
 * by less than z each, so heavy buyers neither overflow nor cancel. NaN if the series does not converge.
 */
function logA0Part(rsx: number, t: number, m: number, gap: number, tau: number): number {
  const z = gap / (m + tau);
  const series = hyp2f1Series(1, rsx + 1 - t, rsx + 1, z);
  return Math.log(series) + (1 - t) * Math.log((m - gap + tau) / (m + tau)) - rsx * Math.log(m + tau);
}

/** ln A₀ (FHL 2005 note, eq. 19), the integral over dropout times between tₓ and T; −∞ when tₓ = T. */
function logA0(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const rsx = r + s + x;
  const [m, gap, t] = alpha >= beta ? [alpha, alpha - beta, s + 1] : [beta, beta - alpha, r + x];
  const atTx = logA0Part(rsx, t, m, gap, tx);
  const atT = logA0Part(rsx, t, m, gap, T);
  // Rounding can put the smaller term a hair above the larger when tₓ ≈ T; the true difference is then ~0.
  return atT >= atTx ? Number.NEGATIVE_INFINITY : atTx + log1mExp(atT - atTx);
}

function logLikelihoodOf(p: ParetoNbdParams, h: CustomerHistories): number {
  const { r, alpha, s, beta } = p;
  const logGammaR = logGamma(r);
  const base = r * Math.log(alpha) + s * Math.log(beta) - logGammaR;
  const logS = Math.log(s);
  const cache = new Map<number, number>();
  let ll = 0;
  for (let i = 0; i < h.x.length; i++) {
    const x = h.x[i]!;
    const T = h.T[i]!;
    let lg = cache.get(x);
    if (lg === undefined) {
      lg = logGamma(r + x);
      cache.set(x, lg);
    }
    const aliveThroughout = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
    const diedBetween = logS - Math.log(r + s + x) + logA0(p, x, h.tx[i]!, T);
    ll += h.weight[i]! * (lg + base + logAddExp(aliveThroughout, diedBetween));
  }
  return ll;
}

const fromLog = (theta: ArrayLike<number>): ParetoNbdParams => ({
  r: Math.exp(theta[0]!),
  alpha: Math.exp(theta[1]!),
  s: Math.exp(theta[2]!),
  beta: Math.exp(theta[3]!),
});

/** Weighted Pareto/NBD log-likelihood of the histories at `params`. */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, histories: CustomerHistories): number {
  return logLikelihoodOf(params, histories);
}

/** Maximum-likelihood Pareto/NBD fit (numerical gradient); non-convergence is reported in the result. */
export function fitParetoNbd(histories: CustomerHistories, options: FitOptions = {}): ParetoNbdFit {
  const total = totalWeight(histories.weight);
  const start = options.start ?? [1, 1, 1, 1];
  if (start.length !== 4 || !start.every((v) => v > 0 && Number.isFinite(v))) {
    throw new RangeError('Pareto/NBD start must be four positive numbers (r, alpha, s, beta)');
  }
  if (!(total > 0)) {
    return {
      params: { r: Number.NaN, alpha: Number.NaN, s: Number.NaN, beta: Number.NaN },
      timeUnit: histories.timeUnit,
      logLikelihood: Number.NaN,
      converged: false,
      iterations: 0,
      evaluations: 0,
      message: 'no customers to fit',
    };
  }
  const objective = numericalGradient((theta) => -logLikelihoodOf(fromLog(theta), histories) / total);
  // Central differences are accurate to ~1e-10 here, so the gradient tolerance is looser than with analytic ones.
  const result = minimiseNegativeLogLikelihood(objective, start.map(Math.log), ['r', 'alpha', 's', 'beta'], {
    gradientTolerance: 1e-7,
    ...options,
  });
  return { ...toFitResult(result, fromLog(result.x), total), timeUnit: histories.timeUnit };
}

/** P(alive | x, tₓ, T) under the Pareto/NBD model. */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const logOdds =
    Math.log(s) -
    Math.log(r + s + x) +
    (r + x) * Math.log(alpha + T) +
    s * Math.log(beta + T) +
    logA0(params, x, tx, T);
  return 1 / (1 + Math.exp(logOdds));
}

/** E[Y(t) | x, tₓ, T]: expected transactions in the next t time units under the Pareto/NBD model. */
export function paretoNbdConditionalExpectedTransactions(
  params: ParetoNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (!(t >= 0)) throw new RangeError(`horizon must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  const { r, alpha, s, beta } = params;
  const logGrowth = Math.log1p(t / (beta + T));
  // [1 − ((β+T)/(β+T+t))^(s−1)]/(s−1), written with expm1 so that s = 1 is its limit, not 0/0.
  const k = s - 1;
  const lifetimeFactor = k === 0 ? logGrowth : -Math.expm1(-k * logGrowth) / k;
  return (
    (((r + x) * (beta + T)) / (alpha + T)) * lifetimeFactor * paretoNbdProbabilityAlive(params, x, tx, T)
  );
}
