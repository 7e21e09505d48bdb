import type { TimeUnit } from './time-unit';

/**
 * Distinct purchase histories with how many customers share each: the models' likelihoods depend on a customer
 * only through (x, tx, T), so fitting on distinct rows costs time in proportion to distinct histories, not customers.
 */
export interface CustomerHistories {
  /** The unit of `tx` and `T` (and so of the fitted rate parameters). */
  readonly timeUnit: TimeUnit;
  /** Repeat transactions in the calibration period (purchases after the first). */
  readonly x: Float64Array;
  /** Time of the last purchase since the first, in `timeUnit` (0 when x = 0). */
  readonly tx: Float64Array;
  /** Age at calibration end: time since the first purchase, in `timeUnit`. */
  readonly T: Float64Array;
  /** Number of customers with this history (may be fractional for weighted samples). */
  readonly weight: Float64Array;
}

/** Distinct (repeat transactions, mean repeat spend) pairs of repeat buyers, for the Gamma-Gamma spend model. */
export interface SpendHistories {
  /** Repeat transactions (≥ 1). */
  readonly x: Float64Array;
  /** Mean spend per repeat transaction (> 0), in the currency of the input. */
  readonly meanSpend: Float64Array;
  readonly weight: Float64Array;
}

/** Histories grouped from per-customer columns, with each customer's row. */
export interface GroupedHistories {
  readonly histories: CustomerHistories;
  /** `row[i]` is the row of `histories` that customer i belongs to. */
  readonly row: Uint32Array;
}

/** Spend histories grouped from per-customer columns; customers the model cannot use get row −1. */
export interface GroupedSpendHistories {
  readonly histories: SpendHistories;
  /** `row[i]` is the row of `histories` of customer i, or −1 when x = 0 or the mean spend is not positive. */
  readonly row: Int32Array;
}

/** Per-customer purchase-history columns (same length), time in one unit. */
export interface HistoryColumns {
  readonly x: ArrayLike<number>;
  readonly tx: ArrayLike<number>;
  readonly T: ArrayLike<number>;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

// Hash of a double's bit pattern; `+ 0` folds −0 into 0 so that equal values hash equally.
const mix = (h: number, v: number): number => {
  bits[0] = v + 0;
  let k = Math.imul(h ^ words[0]!, 0x9e3779b1);
  k = Math.imul(k ^ words[1]!, 0x85ebca6b);
  return k ^ (k >>> 13);
};

/** Open-addressing hash grouping of identical rows: O(n), no string keys (which cost ~10× more at 1M rows). */
function groupRows(
  columns: readonly ArrayLike<number>[],
  count: number,
  include: (i: number) => boolean,
): { firstOf: number[]; row: Int32Array; weight: number[] } {
  let capacity = 16;
  while (capacity < 2 * count) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const firstOf: number[] = [];
  const weight: number[] = [];
  const row = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    if (!include(i)) continue;
    let h = 0x811c9dc5;
    for (const c of columns) h = mix(h, c[i]!);
    let slot = h & mask;
    for (;;) {
      const g = slots[slot]!;
      if (g === -1) {
        slots[slot] = firstOf.length;
        row[i] = firstOf.length;
        firstOf.push(i);
        weight.push(1);
        break;
      }
      const j = firstOf[g]!;
      let same = true;
      for (const c of columns) {
        if (c[i] !== c[j]) {
          same = false;
          break;
        }
      }
      if (same) {
        row[i] = g;
        weight[g] = weight[g]! + 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { firstOf, row, weight };
}

const pick = (column: ArrayLike<number>, firstOf: readonly number[]): Float64Array => {
  const out = new Float64Array(firstOf.length);
  for (let g = 0; g < firstOf.length; g++) out[g] = column[firstOf[g]!]!;
  return out;
};

/** Groups per-customer (x, tx, T) into distinct weighted histories; throws on impossible histories. */
export function groupHistories(columns: HistoryColumns, timeUnit: TimeUnit): GroupedHistories {
  const n = columns.x.length;
  if (columns.tx.length !== n || columns.T.length !== n) {
    throw new RangeError('x, tx and T must have the same length');
  }
  const tx = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = columns.x[i]!;
    const t = columns.tx[i]!;
    const T = columns.T[i]!;
    if (!(Number.isInteger(x) && x >= 0))
      throw new RangeError(`customer ${i}: x must be a whole number ≥ 0, got ${x}`);
    if (!(Number.isFinite(T) && T >= 0))
      throw new RangeError(`customer ${i}: T must be finite and ≥ 0, got ${T}`);
    if (!(t >= 0 && t <= T))
      throw new RangeError(`customer ${i}: tx must lie in [0, T], got ${t} with T = ${T}`);
    // Without repeat purchases the recency carries no information; zeroing it lets those customers group.
    tx[i] = x === 0 ? 0 : t;
  }
  const { firstOf, row, weight } = groupRows([columns.x, tx, columns.T], n, () => true);
  return {
    histories: {
      timeUnit,
      x: pick(columns.x, firstOf),
      tx: pick(tx, firstOf),
      T: pick(columns.T, firstOf),
      weight: Float64Array.from(weight),
    },
    row: new Uint32Array(row),
  };
}

/** Groups repeat buyers' (x, mean repeat spend) into distinct weighted rows; others are left out (row −1). */
export function groupSpendHistories(
  x: ArrayLike<number>,
  meanSpend: ArrayLike<number>,
): GroupedSpendHistories {
  const n = x.length;
  if (meanSpend.length !== n) throw new RangeError('x and meanSpend must have the same length');
  // Zero or negative means (refunds) have no Gamma density; such customers get the population mean spend.
  const usable = (i: number) => x[i]! >= 1 && meanSpend[i]! > 0 && Number.isFinite(meanSpend[i]!);
  const { firstOf, row, weight } = groupRows([x, meanSpend], n, usable);
  return {
    histories: {
      x: pick(x, firstOf),
      meanSpend: pick(meanSpend, firstOf),
      weight: Float64Array.from(weight),
    },
    row,
  };
}

/** Total weight (number of customers) of a set of weighted rows. */
export function totalWeight(weight: Float64Array): number {
  let total = 0;
  for (const w of weight) total += w;
  return total;
}
