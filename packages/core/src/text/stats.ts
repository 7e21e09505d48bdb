/**
 * The few statistics the driver analysis needs, kept inside text/ so that it depends on nothing else
 * (Centric's metrics module is separate). Normal approximations: fine from ~30 comments a group.
 */

/** A test result: the observed difference, its standard error, z and the two-sided p-value. */
export interface ZTest {
  readonly difference: number;
  readonly standardError: number;
  readonly z: number;
  readonly p: number;
}

/** Standard normal cumulative distribution Φ(z). */
export function normalCdf(z: number): number {
  return z >= 0 ? 1 - 0.5 * erfc(z / Math.SQRT2) : 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided p-value of a z statistic. */
export function twoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/** Pooled two-proportion z-test of x1/n1 against x2/n2 (difference = p1 − p2). */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTest {
  if (n1 <= 0 || n2 <= 0)
    return { difference: Number.NaN, standardError: Number.NaN, z: Number.NaN, p: Number.NaN };
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return fromDifference(p1 - p2, standardError);
}

/** Promoters (9–10), passives (7–8) and detractors (0–6) of a group. */
export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** Net Promoter Score in points (−100..100); NaN for an empty group. */
export function nps(c: NpsCounts): number {
  const n = c.promoters + c.passives + c.detractors;
  return n === 0 ? Number.NaN : (100 * (c.promoters - c.detractors)) / n;
}

/**
 * Variance of the NPS in points², from the trinomial: (P + D − (P − D)²) / n × 100², with P and D the
 * promoter and detractor shares.
 */
export function npsVariance(c: NpsCounts): number {
  const n = c.promoters + c.passives + c.detractors;
  if (n === 0) return Number.NaN;
  const p = c.promoters / n;
  const d = c.detractors / n;
  return ((p + d - (p - d) ** 2) / n) * 10_000;
}

/** z-test of the difference between two independent groups' NPS (a − b, in points). */
export function npsDifferenceZTest(a: NpsCounts, b: NpsCounts): ZTest {
  return fromDifference(nps(a) - nps(b), Math.sqrt(npsVariance(a) + npsVariance(b)));
}

function fromDifference(difference: number, standardError: number): ZTest {
  if (Number.isNaN(difference) || Number.isNaN(standardError)) {
    return { difference, standardError, z: Number.NaN, p: Number.NaN };
  }
  // No spread at all (every answer identical in both groups): equal is no evidence, unequal is certain.
  if (standardError === 0) {
    return difference === 0
      ? { difference, standardError, z: 0, p: 1 }
      : { difference, standardError, z: Math.sign(difference) * Number.POSITIVE_INFINITY, p: 0 };
  }
  const z = difference / standardError;
  return { difference, standardError, z, p: twoSidedP(z) };
}

/**
 * Complementary error function by the Chebyshev fit of Numerical Recipes (erfcc): fractional error
 * below 1.2e-7 everywhere, so even tail p-values stay accurate (unlike 1 − Φ computed directly).
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
