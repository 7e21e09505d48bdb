// Special functions the CLV likelihoods need. Pure double-precision implementations, no dependencies.

const LANCZOS_G = 7;
// Lanczos coefficients for g = 7, n = 9: about 15 significant digits over the positive reals.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln|Γ(x)|; +Infinity at the poles (0, −1, −2, …). */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection keeps the Lanczos sum in the region where it is accurate.
    const s = Math.sin(Math.PI * x);
    if (s === 0) return Number.POSITIVE_INFINITY;
    return Math.log(Math.PI / Math.abs(s)) - logGamma(1 - x);
  }
  const y = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ψ(x) = d/dx ln Γ(x), the digamma function; NaN at the poles. */
export function digamma(x: number): number {
  if (x <= 0 && Number.isInteger(x)) return Number.NaN;
  let result = 0;
  let v = x;
  if (v < 0) {
    // Reflection: ψ(1 − x) − ψ(x) = π cot(πx).
    result -= Math.PI / Math.tan(Math.PI * v);
    v = 1 - v;
  }
  // Recurrence up to where the asymptotic series is accurate to ~1e-15.
  while (v < 10) {
    result -= 1 / v;
    v += 1;
  }
  const inv2 = 1 / (v * v);
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))));
  return result + Math.log(v) - 0.5 / v - series;
}

/** ln(1 + e^x) without overflow for large x or loss of precision for very negative x. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** ln(e^a + e^b), stable for any magnitudes (either may be −Infinity). */
export function logAddExp(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** ln(1 − e^x) for x ≤ 0, accurate both near 0 and for very negative x. */
export function log1mExp(x: number): number {
  // The two branches keep full precision on either side of −ln 2 (Mächler 2012).
  return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}

/** Default cap on series terms: enough for z up to about 1 − 3e-5 at 1e-15 relative precision. */
export const HYPERGEOMETRIC_MAX_TERMS = 1_000_000;

/**
 * Sums the Gauss series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ for |z| < 1; NaN if it has not converged within `maxTerms`
 * (the likelihoods treat NaN as "reject this point", the public wrapper turns it into an error).
 */
export function hyp2f1Series(
  a: number,
  b: number,
  c: number,
  z: number,
  maxTerms = HYPERGEOMETRIC_MAX_TERMS,
): number {
  if (!(Math.abs(z) < 1)) return Number.NaN;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1));
    term *= ratio * z;
    sum += term;
    if (term === 0) return sum; // a or b is a non-positive integer: the series is a polynomial
    // Tail bound: once the term ratio is below 1 and shrinking towards |z|, the rest is at most a geometric tail.
    const next = Math.abs((((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2))) * z);
    const rho = Math.max(next, Math.abs(z));
    if (rho < 1 && Math.abs(term) * (rho / (1 - rho)) <= 1e-16 * Math.abs(sum)) return sum;
  }
  return Number.NaN;
}

/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) for real z < 1, by its power series (with the Pfaff
 * transformation for z < 0 so the series argument is always in [0, 1)); throws if the series does not converge.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1)) throw new RangeError(`hyp2f1 needs z < 1, got ${z}`);
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`hyp2f1 is undefined for c = ${c}`);
  const value =
    z < 0
      ? // Pfaff: ₂F₁(a,b;c;z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)), whose argument lies in (0, 1).
        (1 - z) ** -a * hyp2f1Series(a, c - b, c, z / (z - 1))
      : hyp2f1Series(a, b, c, z);
  if (!Number.isFinite(value)) {
    throw new RangeError(`hyp2f1(${a}, ${b}; ${c}; ${z}) series did not converge`);
  }
  return value;
}
