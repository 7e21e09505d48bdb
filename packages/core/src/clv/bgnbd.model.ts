// BG/NBD model ("Counting your customers the easy way", Fader, Hardie & Lee 2005): while alive a customer buys
// at Poisson rate λ ~ Gamma(r, α); after each repeat purchase they drop out with probability p ~ Beta(a, b).
import type { CustomerHistories } from './histories';
import { totalWeight } from './histories';
import {
  type FitOptions,
  type FitResult,
  minimiseNegativeLogLikelihood,
  toFitResult,
} from './maximum-likelihood';
import { digamma, HYPERGEOMETRIC_MAX_TERMS, logGamma } from './special-functions';
import type { TimeUnit } from './time-unit';

/** BG/NBD parameters; α has the model's time unit (λ is per unit of time), r, a and b are unitless. */
export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/** Fitted BG/NBD parameters with the time unit they are expressed in. */
export interface BgNbdModel {
  readonly params: BgNbdParams;
  readonly timeUnit: TimeUnit;
}

/** A BG/NBD maximum-likelihood fit. */
export interface BgNbdFit extends FitResult<BgNbdParams>, BgNbdModel {}

/** The data a likelihood evaluation needs, precomputed once per fit. */
interface Prepared {
  /** Customers without repeat purchases contribute −r ln(α + T) only: kept apart so the hot loop has no branch. */
  readonly zeroT: Float64Array;
  readonly zeroWeight: Float64Array;
  readonly x: Float64Array;
  readonly weight: Float64Array;
  /** Index of each repeat row's x among the distinct x values: Γ and ψ terms depend on x only. */
  readonly xIndex: Uint32Array;
  readonly distinctX: Float64Array;
  readonly weightOfX: Float64Array;
  /** Distinct times (T and tₓ of the repeat rows) and each row's index into them; see {@link distinctTimes}. */
  readonly times: Float64Array;
  readonly tIndex: Uint32Array;
  readonly txIndex: Uint32Array;
  readonly total: number;
  /** Total weight of the repeat buyers. */
  readonly repeatWeight: number;
}

/**
 * Real logs record days, so T and tₓ take few distinct values: ln(α + t) and 1/(α + t) are then computed once per
 * distinct time rather than per row. With continuous times nearly every value is distinct and the table simply
 * has one entry per value. Open addressing on typed arrays: a Map costs several times more at a million rows.
 */
function distinctTimes(
  T: Float64Array,
  tx: Float64Array,
): { times: Float64Array; tIndex: Uint32Array; txIndex: Uint32Array } {
  const n = T.length;
  let capacity = 16;
  while (capacity < 4 * n) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const times = new Float64Array(2 * n);
  let count = 0;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const lookup = (t: number): number => {
    bits[0] = t + 0;
    let slot = (Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b) >>> 7) & mask;
    for (;;) {
      const k = slots[slot]!;
      if (k === -1) {
        slots[slot] = count;
        times[count] = t;
        return count++;
      }
      if (times[k] === t) return k;
      slot = (slot + 1) & mask;
    }
  };
  const tIndex = new Uint32Array(n);
  const txIndex = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    tIndex[i] = lookup(T[i]!);
    txIndex[i] = lookup(tx[i]!);
  }
  return { times: times.slice(0, count), tIndex, txIndex };
}

function prepare(h: CustomerHistories): Prepared {
  const n = h.x.length;
  let repeatRows = 0;
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    if (h.x[i]! > 0) repeatRows++;
    maxX = Math.max(maxX, h.x[i]!);
  }
  const zeroT = new Float64Array(n - repeatRows);
  const zeroWeight = new Float64Array(n - repeatRows);
  const x = new Float64Array(repeatRows);
  const T = new Float64Array(repeatRows);
  const tx = new Float64Array(repeatRows);
  const weight = new Float64Array(repeatRows);
  const xIndex = new Uint32Array(repeatRows);
  // x is a whole number (checked when histories are grouped), so a dense table maps it to its distinct index.
  const slotOfX = new Int32Array(maxX + 1).fill(-1);
  const distinct: number[] = [];
  const weights: number[] = [];
  let z = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const xi = h.x[i]!;
    if (xi === 0) {
      zeroT[z] = h.T[i]!;
      zeroWeight[z++] = h.weight[i]!;
      continue;
    }
    let k = slotOfX[xi]!;
    if (k === -1) {
      k = distinct.length;
      slotOfX[xi] = k;
      distinct.push(xi);
      weights.push(0);
    }
    x[r] = xi;
    T[r] = h.T[i]!;
    tx[r] = h.tx[i]!;
    weight[r] = h.weight[i]!;
    xIndex[r++] = k;
    weights[k] = weights[k]! + h.weight[i]!;
  }
  return {
    zeroT,
    zeroWeight,
    x,
    weight,
    xIndex,
    distinctX: Float64Array.from(distinct),
    weightOfX: Float64Array.from(weights),
    ...distinctTimes(T, tx),
    total: totalWeight(h.weight),
    repeatWeight: weights.reduce((sum, w) => sum + w, 0),
  };
}

/**
 * Total log-likelihood at log-parameters θ = ln(r, α, a, b); writes ∂LL/∂θ into `grad` when given.
 * Per customer: ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *   + ln[(α+T)^−(r+x) + 1{x>0} a/(b+x−1) (α+tₓ)^−(r+x)], the last term as a stable softplus.
 */
function logLikelihood(d: Prepared, theta: ArrayLike<number>, grad?: Float64Array): number {
  const r = Math.exp(theta[0]!);
  const alpha = Math.exp(theta[1]!);
  const a = Math.exp(theta[2]!);
  const b = Math.exp(theta[3]!);
  const logA = Math.log(a);
  const k = d.distinctX.length;
  // Per distinct x: the log of the second term's factor a/(b+x−1), and 1/(b+x−1) for its b-derivative.
  const logRatio = new Float64Array(k);
  const invB1 = new Float64Array(k);
  // For x = 0 the Γ and B terms cancel, so they are summed over repeat buyers only.
  const repeat = d.repeatWeight;
  let ll = d.total * r * Math.log(alpha) + repeat * (logGamma(a + b) - logGamma(r) - logGamma(b));
  let gr = 0;
  let ga = 0;
  let gb = 0;
  let gAlpha = 0;
  if (grad) {
    gr = d.total * Math.log(alpha) - repeat * digamma(r);
    gAlpha = (d.total * r) / alpha;
    ga = repeat * digamma(a + b);
    gb = repeat * (digamma(a + b) - digamma(b));
  }
  for (let j = 0; j < k; j++) {
    const x = d.distinctX[j]!;
    const w = d.weightOfX[j]!;
    ll += w * (logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x));
    logRatio[j] = logA - Math.log(b + x - 1);
    invB1[j] = 1 / (b + x - 1);
    if (grad) {
      const psiABX = digamma(a + b + x);
      gr += w * digamma(r + x);
      ga -= w * psiABX;
      gb += w * (digamma(b + x) - psiABX);
    }
  }
  const { zeroT, zeroWeight } = d;
  let zeroLog = 0;
  let zeroInv = 0;
  for (let i = 0; i < zeroT.length; i++) {
    const w = zeroWeight[i]!;
    zeroLog += w * Math.log(alpha + zeroT[i]!);
    if (grad) zeroInv += w / (alpha + zeroT[i]!);
  }
  ll -= r * zeroLog;
  gr -= zeroLog;
  gAlpha -= r * zeroInv;

  const { times, x: xs, weight: ws, xIndex, tIndex, txIndex } = d;
  const logTime = new Float64Array(times.length);
  const invTime = grad ? new Float64Array(times.length) : logTime;
  for (let u = 0; u < times.length; u++) {
    logTime[u] = Math.log(alpha + times[u]!);
    if (grad) invTime[u] = 1 / (alpha + times[u]!);
  }
  // The hot loop: one exp and one log per distinct repeat-buyer history.
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const w = ws[i]!;
    const j = xIndex[i]!;
    const lT = logTime[tIndex[i]!]!;
    const ltx = logTime[txIndex[i]!]!;
    const rx = r + x;
    // δ = ln(second term / first term), so ln(e^A3 + e^A4) = A3 + softplus(δ).
    const delta = logRatio[j]! - rx * (ltx - lT);
    const e = Math.exp(-Math.abs(delta));
    // log(1 + e) rather than log1p: only its absolute error (≤ 1.1e-16) matters here, and V8 computes it faster.
    ll += w * (Math.log(1 + e) + Math.max(delta, 0) - rx * lT);
    if (grad) {
      // Share of the likelihood from "dropped out after the last purchase".
      const w4 = delta >= 0 ? 1 / (1 + e) : e / (1 + e);
      gr -= w * (lT + w4 * (ltx - lT));
      gAlpha -= w * rx * ((1 - w4) * invTime[tIndex[i]!]! + w4 * invTime[txIndex[i]!]!);
      ga += (w * w4) / a;
      gb -= w * w4 * invB1[j]!;
    }
  }
  if (grad) {
    // Chain rule to log-parameters.
    grad[0] = gr * r;
    grad[1] = gAlpha * alpha;
    grad[2] = ga * a;
    grad[3] = gb * b;
  }
  return ll;
}

const toLog = (p: BgNbdParams) => [Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b)];

/** Weighted BG/NBD log-likelihood of the histories at `params`. */
export function bgnbdLogLikelihood(params: BgNbdParams, histories: CustomerHistories): number {
  return logLikelihood(prepare(histories), toLog(params));
}

/** Maximum-likelihood BG/NBD fit; non-convergence or a non-finite likelihood is reported, never returned silently. */
export function fitBgNbd(histories: CustomerHistories, options: FitOptions = {}): BgNbdFit {
  const d = prepare(histories);
  const start = options.start ?? [1, 1, 1, 1];
  if (start.length !== 4 || !start.every((v) => v > 0 && Number.isFinite(v))) {
    throw new RangeError('BG/NBD start must be four positive numbers (r, alpha, a, b)');
  }
  const nanParams = { r: Number.NaN, alpha: Number.NaN, a: Number.NaN, b: Number.NaN };
  if (!(d.total > 0)) {
    return {
      params: nanParams,
      timeUnit: histories.timeUnit,
      logLikelihood: Number.NaN,
      converged: false,
      iterations: 0,
      evaluations: 0,
      message: 'no customers to fit',
    };
  }
  // Minimise the per-customer negative log-likelihood so that tolerances do not depend on the sample size.
  const scale = -1 / d.total;
  const result = minimiseNegativeLogLikelihood(
    (theta, grad) => {
      const ll = logLikelihood(d, theta, grad);
      for (let i = 0; i < 4; i++) grad[i] = grad[i]! * scale;
      return ll * scale;
    },
    start.map(Math.log),
    ['r', 'alpha', 'a', 'b'],
    options,
  );
  const [r, alpha, a, b] = Array.from(result.x, Math.exp) as [number, number, number, number];
  return { ...toFitResult(result, { r, alpha, a, b }, d.total), timeUnit: histories.timeUnit };
}

/**
 * E[Y(t) | x, tₓ, T] (FHL 2005 eq. 10). The ₂F₁(r+x, b+x; a+b+x−1; z) in it is Euler-transformed to
 * (1−z)^(a−1−r−x) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose parameters do not grow with x (no overflow for heavy
 * buyers), and 1 − (1−z)^(a−1)·₂F₁ is summed as −expm1((a−1)ln(1−z)) − (a−1)(1−z)^(a−1)·S so that the division
 * by a − 1 stays exact near a = 1.
 */
function expectedTransactions(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (!(t >= 0)) throw new RangeError(`horizon must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  const logOneMinusZ = -Math.log1p(t / (alpha + T));
  const k = a - 1;
  const c = a + b + x - 1;
  const A = a + b - 1 - r;
  // S = Σₙ≥₁ (A)ₙ (a)ₙ₋₁ / ((c)ₙ n!) zⁿ = (₂F₁(A, a−1; c; z) − 1)/(a − 1).
  let term = (A / c) * z;
  let sum = term;
  let converged = false;
  for (let n = 1; n < HYPERGEOMETRIC_MAX_TERMS; n++) {
    const ratio = (((A + n) * (a + n - 1)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    const rho = Math.max(Math.abs(ratio), z);
    if (term === 0 || (rho < 1 && Math.abs(term) * (rho / (1 - rho)) <= 1e-16 * Math.abs(sum))) {
      converged = true;
      break;
    }
  }
  if (!converged) throw new RangeError(`BG/NBD expectation series did not converge (t = ${t}, T = ${T})`);
  const first = k === 0 ? -logOneMinusZ : -Math.expm1(k * logOneMinusZ) / k;
  const numerator = c * (first - Math.exp(k * logOneMinusZ) * sum);
  if (x === 0) return numerator;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return numerator / (1 + Math.exp(logOdds));
}

/** E[X(t)]: expected repeat transactions of a new customer in their first t time units. */
export function bgnbdExpectedTransactions(params: BgNbdParams, t: number): number {
  return expectedTransactions(params, t, 0, 0, 0);
}

/** E[Y(t) | x, tₓ, T]: expected transactions in the next t time units of a customer with that history. */
export function bgnbdConditionalExpectedTransactions(
  params: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  return expectedTransactions(params, t, x, tx, T);
}

/** P(alive | x, tₓ, T): probability the customer has not dropped out by calibration end. */
export function bgnbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}
