// Seeded simulation of customer bases from known parameters: parameter-recovery tests and the CLV benchmark.
import type { BgNbdParams } from './bgnbd.model';
import type { GammaGammaParams } from './gamma-gamma.model';
import { daysPerTimeUnit, type TimeUnit } from './time-unit';

/** A uniform [0, 1) generator. */
export type Random = () => number;

/** xoshiro128** seeded through splitmix32: fast, 2^128 period, identical sequences on every platform. */
export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4294967296;
  };
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** A standard normal draw (Marsaglia polar method). */
export function sampleNormal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** A Gamma(shape, rate) draw (Marsaglia & Tsang 2000; shape < 1 boosted by U^(1/shape)). */
export function sampleGamma(random: Random, shape: number, rate: number): number {
  if (shape < 1) {
    // 1 − U lies in (0, 1], so the power never produces a zero that a later log would choke on.
    return sampleGamma(random, shape + 1, rate) * (1 - random()) ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
      return (d * v) / rate;
    }
  }
}

/** A Beta(a, b) draw. */
export function sampleBeta(random: Random, a: number, b: number): number {
  const x = sampleGamma(random, a, 1);
  return x / (x + sampleGamma(random, b, 1));
}

/** How to simulate a customer base. */
export interface SimulationOptions {
  readonly customers: number;
  readonly seed: number;
  /** The unit of the BG/NBD parameters and of the simulated tx, T. */
  readonly timeUnit: TimeUnit;
  /** Customers' ages at calibration end are uniform in [minAge, maxAge], in `timeUnit`. */
  readonly minAge: number;
  readonly maxAge: number;
  /**
   * Record times as whole days, merging same-day purchases like a real log (and making identical histories
   * common, which is what the grouped fit exploits); otherwise times are continuous. Merging drops ~1% of
   * purchases, mostly heavy buyers', so a BG/NBD fit on whole-day data is off by a few percent (r, α ≈ +3–5%):
   * use continuous times to check parameter recovery, whole days for realistic speed measurements.
   */
  readonly wholeDays?: boolean;
  /** Also draw each repeat buyer's mean repeat spend from a Gamma-Gamma model. */
  readonly spend?: GammaGammaParams;
}

/** Simulated per-customer histories (columns of equal length). */
export interface SimulatedCustomers {
  readonly timeUnit: TimeUnit;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** Mean repeat spend (0 for x = 0 or without `spend`). */
  readonly meanSpend: Float64Array;
}

/** Simulates customers from the BG/NBD process (and optionally Gamma-Gamma spend), deterministically per seed. */
export function simulateBgNbdCustomers(params: BgNbdParams, options: SimulationOptions): SimulatedCustomers {
  const { customers: n, minAge, maxAge } = options;
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError('customers must be a whole number ≥ 0');
  if (!(minAge >= 0 && maxAge >= minAge)) throw new RangeError('need 0 ≤ minAge ≤ maxAge');
  const random = createRandom(options.seed);
  const unitDays = daysPerTimeUnit(options.timeUnit);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const meanSpend = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = sampleGamma(random, params.r, params.alpha);
    const dropout = sampleBeta(random, params.a, params.b);
    let age = minAge + (maxAge - minAge) * random();
    // In whole days the calibration end is the end of day ⌊age⌋, so purchases count up to the next midnight.
    if (options.wholeDays) age = Math.floor(age * unitDays) / unitDays;
    const horizon = options.wholeDays ? age + 1 / unitDays : age;
    let t = 0;
    let count = 0;
    let last = 0;
    let lastDay = 0;
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (t >= horizon) break;
      if (options.wholeDays) {
        const day = Math.floor(t * unitDays);
        // A second purchase on the same day is part of the same (merged) transaction: no extra dropout chance.
        if (day === lastDay) continue;
        lastDay = day;
        last = day / unitDays;
      } else {
        last = t;
      }
      count++;
      if (random() < dropout) break;
    }
    x[i] = count;
    tx[i] = last;
    T[i] = age;
    if (options.spend && count > 0) {
      const { p, q, gamma } = options.spend;
      const nu = sampleGamma(random, q, gamma);
      // The mean of x Gamma(p, ν) spends is Gamma(px, xν): one draw instead of x.
      meanSpend[i] = sampleGamma(random, p * count, count * nu);
    }
  }
  return { timeUnit: options.timeUnit, x, tx, T, meanSpend };
}
