// Every survey metric is computed from a score histogram (how many answers gave each score) rather than
// from raw answers: the app keeps one histogram per day × survey × unit × channel × segment in its rollups,
// and because histograms add up exactly, any filter and period is answered by summing rollup rows.
// Histograms are immutable values so a rollup can never be changed behind its owner's back.

/** An inclusive integer score range, e.g. 0–10 for NPS, 1–5 for CSAT, 1–7 for CES. */
export interface ScoreScale {
  /** Lowest score a respondent can give. */
  readonly min: number;
  /** Highest score a respondent can give. */
  readonly max: number;
}

/** Counts of answers per score: `counts[i]` is how many answers gave the score `scale.min + i`. */
export interface Histogram {
  /** The scale the scores were given on; only histograms on the same scale can be combined. */
  readonly scale: ScoreScale;
  /** One non-negative integer count per score of the scale, lowest score first. */
  readonly counts: readonly number[];
}

function assertScale(scale: ScoreScale): void {
  if (!Number.isSafeInteger(scale.min) || !Number.isSafeInteger(scale.max) || scale.min > scale.max) {
    throw new RangeError(`a score scale needs integer min ≤ max, got ${scale.min}–${scale.max}`);
  }
}

function assertCount(count: number): void {
  // A fractional or negative count means a corrupted rollup; failing loudly beats a silently wrong NPS.
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`a histogram count must be a non-negative integer, got ${count}`);
  }
}

function assertScore(scale: ScoreScale, score: number): void {
  if (!Number.isInteger(score) || score < scale.min || score > scale.max) {
    throw new RangeError(`score ${score} is outside the scale ${scale.min}–${scale.max}`);
  }
}

function assertSameScale(a: Histogram, b: Histogram): void {
  if (a.scale.min !== b.scale.min || a.scale.max !== b.scale.max) {
    throw new RangeError(
      `histograms on different scales cannot be combined: ${a.scale.min}–${a.scale.max} and ${b.scale.min}–${b.scale.max}`,
    );
  }
}

/** Checks a histogram's shape and counts, for data read from storage; returns it unchanged. */
export function validateHistogram(histogram: Histogram): Histogram {
  assertScale(histogram.scale);
  const width = histogram.scale.max - histogram.scale.min + 1;
  if (histogram.counts.length !== width) {
    throw new RangeError(
      `a histogram on ${histogram.scale.min}–${histogram.scale.max} needs ${width} counts`,
    );
  }
  for (const count of histogram.counts) assertCount(count);
  return histogram;
}

/** A histogram with no answers on the given scale. */
export function emptyHistogram(scale: ScoreScale): Histogram {
  assertScale(scale);
  return { scale: { min: scale.min, max: scale.max }, counts: new Array(scale.max - scale.min + 1).fill(0) };
}

/** The histogram of a list of individual scores. */
export function histogramFromScores(scale: ScoreScale, scores: Iterable<number>): Histogram {
  const empty = emptyHistogram(scale);
  const counts = [...empty.counts];
  for (const score of scores) {
    assertScore(scale, score);
    counts[score - scale.min]! += 1;
  }
  return { scale: empty.scale, counts };
}

/** The histogram of `[score, count]` pairs, such as rollup rows; repeated scores are summed. */
export function histogramFromEntries(
  scale: ScoreScale,
  entries: Iterable<readonly [score: number, count: number]>,
): Histogram {
  const empty = emptyHistogram(scale);
  const counts = [...empty.counts];
  for (const [score, count] of entries) {
    assertScore(scale, score);
    assertCount(count);
    counts[score - scale.min]! += count;
  }
  return { scale: empty.scale, counts };
}

/** The `[score, count]` pairs of a histogram with a non-zero count, lowest score first (for storage). */
export function histogramEntries(histogram: Histogram): [score: number, count: number][] {
  const entries: [number, number][] = [];
  histogram.counts.forEach((count, i) => {
    if (count > 0) entries.push([histogram.scale.min + i, count]);
  });
  return entries;
}

/** How many answers gave a given score. */
export function countOf(histogram: Histogram, score: number): number {
  assertScore(histogram.scale, score);
  return histogram.counts[score - histogram.scale.min]!;
}

/** How many answers fell in the inclusive score range `from`–`to`. */
export function countBetween(histogram: Histogram, from: number, to: number): number {
  let total = 0;
  for (let score = Math.max(from, histogram.scale.min); score <= Math.min(to, histogram.scale.max); score++) {
    total += histogram.counts[score - histogram.scale.min]!;
  }
  return total;
}

/** The number of answers in a histogram (the response count of every metric). */
export function histogramTotal(histogram: Histogram): number {
  let total = 0;
  for (const count of histogram.counts) total += count;
  return total;
}

/** A histogram with `count` more answers of `score` (a negative count removes answers, never below zero). */
export function addScore(histogram: Histogram, score: number, count = 1): Histogram {
  assertScore(histogram.scale, score);
  if (!Number.isSafeInteger(count)) throw new RangeError(`a count must be an integer, got ${count}`);
  const counts = [...histogram.counts];
  const next = counts[score - histogram.scale.min]! + count;
  if (next < 0)
    throw new RangeError(`cannot remove ${-count} answers of ${score}: only ${next - count} recorded`);
  counts[score - histogram.scale.min] = next;
  return { scale: histogram.scale, counts };
}

/** The sum of two histograms on the same scale (e.g. two days, two units). */
export function addHistograms(a: Histogram, b: Histogram): Histogram {
  assertSameScale(a, b);
  return { scale: a.scale, counts: a.counts.map((count, i) => count + b.counts[i]!) };
}

/** The sum of any number of histograms on one scale; an empty list gives the empty histogram. */
export function mergeHistograms(scale: ScoreScale, histograms: Iterable<Histogram>): Histogram {
  let total = emptyHistogram(scale);
  for (const histogram of histograms) total = addHistograms(total, histogram);
  return total;
}

/**
 * `a − b`: the answers in `a` that are not in `b`, e.g. the rest of the organisation without one unit.
 * Throws when `b` is not contained in `a`, because a negative count can only mean the inputs are wrong.
 */
export function subtractHistograms(a: Histogram, b: Histogram): Histogram {
  assertSameScale(a, b);
  const counts = a.counts.map((count, i) => {
    const next = count - b.counts[i]!;
    if (next < 0) {
      throw new RangeError(
        `cannot subtract: score ${a.scale.min + i} has ${count} answers, ${b.counts[i]} removed`,
      );
    }
    return next;
  });
  return { scale: a.scale, counts };
}

/** The mean score; throws on an empty histogram, whose mean does not exist. */
export function histogramMean(histogram: Histogram): number {
  const n = histogramTotal(histogram);
  if (n === 0) throw new RangeError('the mean of an empty histogram does not exist');
  let sum = 0;
  histogram.counts.forEach((count, i) => {
    sum += count * (histogram.scale.min + i);
  });
  return sum / n;
}

/** The sample variance of the scores (n − 1 denominator); throws below two answers. */
export function histogramVariance(histogram: Histogram): number {
  const n = histogramTotal(histogram);
  if (n < 2) throw new RangeError('the sample variance needs at least two answers');
  const mean = histogramMean(histogram);
  // Two-pass sum of squared deviations: no catastrophic cancellation on large, tightly clustered rollups.
  let squares = 0;
  histogram.counts.forEach((count, i) => {
    const deviation = histogram.scale.min + i - mean;
    squares += count * deviation * deviation;
  });
  return squares / (n - 1);
}
