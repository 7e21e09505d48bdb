// Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): each transaction's
// spend is Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent of the transaction process.
import type { SpendHistories } from './histories';
import { totalWeight } from './histories';
import {
  type FitOptions,
  type FitResult,
  minimiseNegativeLogLikelihood,
  toFitResult,
} from './maximum-likelihood';
import { digamma, logGamma } from './special-functions';

/** Gamma-Gamma parameters; γ is in the currency of the spend data, p and q are unitless. */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

/** A Gamma-Gamma maximum-likelihood fit. */
export interface GammaGammaFit extends FitResult<GammaGammaParams> {}

interface Prepared {
  readonly x: Float64Array;
  readonly meanSpend: Float64Array;
  readonly weight: Float64Array;
  readonly distinctX: Float64Array;
  readonly weightOfX: Float64Array;
  readonly total: number;
  /** Σ w ln z̄ and Σ w x ln z̄: the (p x − 1) ln z̄ term is linear in p, so it is summed once. */
  readonly sumLogSpend: number;
  readonly sumXLogSpend: number;
}

function prepare(s: SpendHistories): Prepared {
  const weights = new Map<number, number>();
  let sumLogSpend = 0;
  let sumXLogSpend = 0;
  for (let i = 0; i < s.x.length; i++) {
    const x = s.x[i]!;
    const z = s.meanSpend[i]!;
    const w = s.weight[i]!;
    if (!(x >= 1 && z > 0)) throw new RangeError(`spend row ${i}: needs x ≥ 1 and mean spend > 0`);
    weights.set(x, (weights.get(x) ?? 0) + w);
    sumLogSpend += w * Math.log(z);
    sumXLogSpend += w * x * Math.log(z);
  }
  return {
    x: s.x,
    meanSpend: s.meanSpend,
    weight: s.weight,
    distinctX: Float64Array.from(weights.keys()),
    weightOfX: Float64Array.from(weights.values()),
    total: totalWeight(s.weight),
    sumLogSpend,
    sumXLogSpend,
  };
}

/**
 * Total log-likelihood at θ = ln(p, q, γ); writes ∂LL/∂θ into `grad` when given. Per repeat buyer:
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄).
 */
function logLikelihood(d: Prepared, theta: ArrayLike<number>, grad?: Float64Array): number {
  const p = Math.exp(theta[0]!);
  const q = Math.exp(theta[1]!);
  const gamma = Math.exp(theta[2]!);
  const logGammaScale = Math.log(gamma);
  let ll = d.total * (q * logGammaScale - logGamma(q)) + p * d.sumXLogSpend - d.sumLogSpend;
  let gp = d.sumXLogSpend;
  let gq = d.total * (logGammaScale - digamma(q));
  let gg = (d.total * q) / gamma;
  for (let j = 0; j < d.distinctX.length; j++) {
    const x = d.distinctX[j]!;
    const w = d.weightOfX[j]!;
    const px = p * x;
    const logX = Math.log(x);
    ll += w * (logGamma(px + q) - logGamma(px) + px * logX);
    if (grad) {
      const psi = digamma(px + q);
      gp += w * x * (psi - digamma(px) + logX);
      gq += w * psi;
    }
  }
  const { x: xs, meanSpend, weight } = d;
  // The hot loop: one log (and one division for the gradient) per distinct spend history.
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const w = weight[i]!;
    const denom = gamma + x * meanSpend[i]!;
    const logDenom = Math.log(denom);
    const shape = p * x + q;
    ll -= w * shape * logDenom;
    if (grad) {
      gp -= w * x * logDenom;
      gq -= w * logDenom;
      gg -= (w * shape) / denom;
    }
  }
  if (grad) {
    grad[0] = gp * p;
    grad[1] = gq * q;
    grad[2] = gg * gamma;
  }
  return ll;
}

/** Weighted Gamma-Gamma log-likelihood of the repeat buyers' mean spends at `params`. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, spend: SpendHistories): number {
  return logLikelihood(prepare(spend), [Math.log(params.p), Math.log(params.q), Math.log(params.gamma)]);
}

/** Maximum-likelihood Gamma-Gamma fit on repeat buyers; non-convergence is reported in the result. */
export function fitGammaGamma(spend: SpendHistories, options: FitOptions = {}): GammaGammaFit {
  const d = prepare(spend);
  const start = options.start ?? [1, 1, 1];
  if (start.length !== 3 || !start.every((v) => v > 0 && Number.isFinite(v))) {
    throw new RangeError('Gamma-Gamma start must be three positive numbers (p, q, gamma)');
  }
  if (!(d.total > 0)) {
    return {
      params: { p: Number.NaN, q: Number.NaN, gamma: Number.NaN },
      logLikelihood: Number.NaN,
      converged: false,
      iterations: 0,
      evaluations: 0,
      message: 'no repeat buyers with positive spend to fit',
    };
  }
  const scale = -1 / d.total;
  const result = minimiseNegativeLogLikelihood(
    (theta, grad) => {
      const ll = logLikelihood(d, theta, grad);
      for (let i = 0; i < 3; i++) grad[i] = grad[i]! * scale;
      return ll * scale;
    },
    start.map(Math.log),
    ['p', 'q', 'gamma'],
    options,
  );
  const [p, q, gamma] = Array.from(result.x, Math.exp) as [number, number, number];
  return toFitResult(result, { p, q, gamma }, d.total);
}

/**
 * E[mean spend | x, z̄]: a weighted average of the population mean pγ/(q−1) and the customer's own mean z̄;
 * for x = 0 it is the population mean. Throws where the expectation does not exist (q ≤ 1 for newcomers).
 */
export function gammaGammaConditionalExpectedSpend(
  params: GammaGammaParams,
  x: number,
  meanSpend: number,
): number {
  const { p, q, gamma } = params;
  const shape = x > 0 ? p * x + q - 1 : q - 1;
  if (!(shape > 0)) throw new RangeError(`expected spend is infinite for q = ${q} and x = ${x}`);
  return (p * (gamma + (x > 0 ? x * meanSpend : 0))) / shape;
}

/** Population mean spend per transaction, pγ/(q−1) (infinite when q ≤ 1). */
export function gammaGammaMeanSpend(params: GammaGammaParams): number {
  return gammaGammaConditionalExpectedSpend(params, 0, 0);
}
