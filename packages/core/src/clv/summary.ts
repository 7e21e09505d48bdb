import {
  type CustomerHistories,
  groupHistories,
  groupSpendHistories,
  type SpendHistories,
} from './histories';
import { daysPerTimeUnit, type TimeUnit } from './time-unit';

/** One purchase. */
export interface Transaction {
  readonly customerId: string | number;
  /** The purchase day: an ISO `YYYY-MM-DD` string, or a Date whose UTC calendar day is used. */
  readonly date: Date | string;
  /** Spend in the currency of the data set; same-day purchases of a customer are summed into one transaction. */
  readonly amount: number;
}

/** How to cut the transaction log into a calibration period and an optional holdout. */
export interface RfmSummaryOptions {
  /** The unit of every duration in the summary (tx, T, holdout length). */
  readonly timeUnit: TimeUnit;
  /** Last day (inclusive) of the calibration period. */
  readonly calibrationEnd: Date | string;
  /** Last day (inclusive) of the holdout period, which starts the day after `calibrationEnd`. */
  readonly holdoutEnd?: Date | string;
}

/** A customer's recency–frequency–monetary summary at calibration end. */
export interface RfmCustomer {
  readonly customerId: string | number;
  /** ISO date of the first purchase (the customer's "birth"). */
  readonly firstPurchase: string;
  /** Repeat transactions in calibration: purchase days after the first. */
  readonly x: number;
  /** Time from the first to the last calibration purchase, in the summary's time unit. */
  readonly tx: number;
  /** Time from the first purchase to calibration end, in the summary's time unit. */
  readonly T: number;
  /** Mean spend of the repeat transactions in calibration (the first purchase excluded); 0 when x = 0. */
  readonly meanRepeatSpend: number;
  /** Spend on the first purchase day. */
  readonly firstPurchaseSpend: number;
  /** Purchase days in the holdout period (0 without a holdout). */
  readonly holdoutX: number;
  /** Spend in the holdout period (0 without a holdout). */
  readonly holdoutSpend: number;
}

/** The per-customer summary plus the distinct weighted histories the models fit on. */
export interface RfmSummary {
  readonly timeUnit: TimeUnit;
  /** ISO date of the last calibration day. */
  readonly calibrationEnd: string;
  /** ISO date of the last holdout day, or null without a holdout. */
  readonly holdoutEnd: string | null;
  /** Length of the holdout period in `timeUnit` (0 without a holdout). */
  readonly holdoutLength: number;
  /** Customers whose first purchase is on or before calibration end, in order of first appearance. */
  readonly customers: readonly RfmCustomer[];
  /** Distinct (x, tx, T) histories with customer counts, for BG/NBD and Pareto/NBD. */
  readonly histories: CustomerHistories;
  /** `historyRow[i]` is the row of `histories` of `customers[i]`. */
  readonly historyRow: Uint32Array;
  /** Distinct (x, mean repeat spend) rows of repeat buyers with positive spend, for Gamma-Gamma. */
  readonly spend: SpendHistories;
  /** `spendRow[i]` is the row of `spend` of `customers[i]`, or −1 if the customer is not in it. */
  readonly spendRow: Int32Array;
  /** Customers left out because their first purchase comes after calibration end. */
  readonly customersFirstSeenAfterCalibration: number;
}

const MS_PER_DAY = 86_400_000;

// Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil): no Date objects on the hot path.
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// One decimal digit at position i, or NaN (which then poisons the whole date and fails the range check).
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/** Days since 1970-01-01 of an ISO `YYYY-MM-DD` string or of a Date's UTC calendar day; throws on anything else. */
export function toDayNumber(date: Date | string): number {
  if (typeof date !== 'string') {
    const ms = date instanceof Date ? date.getTime() : Number.NaN;
    if (!Number.isFinite(ms)) throw new RangeError('invalid Date');
    return Math.floor(ms / MS_PER_DAY);
  }
  const ok = date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45;
  const y = ok
    ? digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3)
    : Number.NaN;
  const m = ok ? digit(date, 5) * 10 + digit(date, 6) : Number.NaN;
  const d = ok ? digit(date, 8) * 10 + digit(date, 9) : Number.NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= monthDays)) {
    throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return daysFromCivil(y, m, d);
}

/** ISO `YYYY-MM-DD` of a day number (Hinnant's civil_from_days; Date#toISOString is ~20× slower). */
export function fromDayNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Builds per-customer RFM summaries (same-day purchases merged) and the weighted histories the models fit on. */
export function buildRfmSummary(transactions: Iterable<Transaction>, options: RfmSummaryOptions): RfmSummary {
  const unitDays = daysPerTimeUnit(options.timeUnit);
  const calibrationEnd = toDayNumber(options.calibrationEnd);
  const holdoutEnd = options.holdoutEnd === undefined ? null : toDayNumber(options.holdoutEnd);
  if (holdoutEnd !== null && holdoutEnd <= calibrationEnd) {
    throw new RangeError('holdoutEnd must come after calibrationEnd');
  }
  const lastDay = holdoutEnd ?? calibrationEnd;

  // Columns, not per-customer maps: at millions of transactions allocation dominates everything else.
  const customerOf = new Map<string | number, number>();
  const ids: (string | number)[] = [];
  // Typed columns that double when full: no per-transaction objects for the garbage collector to trace.
  let capacity = Array.isArray(transactions) ? Math.max(16, transactions.length) : 1024;
  let owner = new Int32Array(capacity);
  let dayOf = new Float64Array(capacity);
  let amountOf = new Float64Array(capacity);
  let index = 0;
  let previousId: string | number | undefined;
  let previousCustomer = -1;
  for (const t of transactions) {
    let day: number;
    try {
      day = toDayNumber(t.date);
    } catch (error) {
      throw new RangeError(`transaction ${index} (customer ${t.customerId}): ${(error as Error).message}`);
    }
    if (!Number.isFinite(t.amount)) {
      throw new RangeError(`transaction ${index} (customer ${t.customerId}): amount is not a finite number`);
    }
    if (index === capacity) {
      capacity *= 2;
      const grow = <A extends Int32Array | Float64Array>(a: A, b: A): A => {
        b.set(a);
        return b;
      };
      owner = grow(owner, new Int32Array(capacity));
      dayOf = grow(dayOf, new Float64Array(capacity));
      amountOf = grow(amountOf, new Float64Array(capacity));
    }
    // Logs ordered by customer (as SQL exports usually are) skip the map, which costs ~0.5 µs at a million ids.
    let c = t.customerId === previousId ? previousCustomer : customerOf.get(t.customerId);
    if (c === undefined) {
      c = ids.length;
      customerOf.set(t.customerId, c);
      ids.push(t.customerId);
    }
    previousId = t.customerId;
    previousCustomer = c;
    owner[index] = c;
    dayOf[index] = day;
    amountOf[index++] = t.amount;
  }

  // Counting sort of transactions by customer (stable), then each customer's few transactions by day.
  const start = new Int32Array(ids.length + 1);
  for (let i = 0; i < index; i++) start[owner[i]! + 1] = start[owner[i]! + 1]! + 1;
  for (let c = 0; c < ids.length; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const order = new Int32Array(index);
  const fill = start.slice(0, ids.length);
  for (let i = 0; i < index; i++) order[fill[owner[i]!]!++] = i;

  const customers: RfmCustomer[] = [];
  let lateCustomers = 0;
  for (let c = 0; c < ids.length; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    let sorted = true;
    for (let k = from + 1; k < to; k++) if (dayOf[order[k]!]! < dayOf[order[k - 1]!]!) sorted = false;
    // Logs usually arrive in date order; sort only when they do not (a view per customer would cost more).
    if (!sorted) order.subarray(from, to).sort((p, q) => dayOf[p]! - dayOf[q]!);
    const first = dayOf[order[from]!]!;
    if (first > calibrationEnd) {
      lateCustomers++;
      continue;
    }
    let x = 0;
    let last = first;
    let firstSpend = 0;
    let repeatSpend = 0;
    let holdoutX = 0;
    let holdoutSpend = 0;
    let previous = Number.NaN;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const day = dayOf[i]!;
      // Transactions after the last period day only told us the customer exists; they are not counted.
      if (day > lastDay) break;
      const amount = amountOf[i]!;
      const newDay = day !== previous;
      previous = day;
      if (day === first) firstSpend += amount;
      else if (day <= calibrationEnd) {
        if (newDay) x++;
        last = day;
        repeatSpend += amount;
      } else {
        if (newDay) holdoutX++;
        holdoutSpend += amount;
      }
    }
    customers.push({
      customerId: ids[c]!,
      firstPurchase: fromDayNumber(first),
      x,
      tx: (last - first) / unitDays,
      T: (calibrationEnd - first) / unitDays,
      meanRepeatSpend: x > 0 ? repeatSpend / x : 0,
      firstPurchaseSpend: firstSpend,
      holdoutX,
      holdoutSpend,
    });
  }

  const grouped = groupHistories(
    {
      x: customers.map((c) => c.x),
      tx: customers.map((c) => c.tx),
      T: customers.map((c) => c.T),
    },
    options.timeUnit,
  );
  const spend = groupSpendHistories(
    customers.map((c) => c.x),
    customers.map((c) => c.meanRepeatSpend),
  );
  return {
    timeUnit: options.timeUnit,
    calibrationEnd: fromDayNumber(calibrationEnd),
    holdoutEnd: holdoutEnd === null ? null : fromDayNumber(holdoutEnd),
    holdoutLength: holdoutEnd === null ? 0 : (holdoutEnd - calibrationEnd) / unitDays,
    customers,
    histories: grouped.histories,
    historyRow: grouped.row,
    spend: spend.histories,
    spendRow: spend.row,
    customersFirstSeenAfterCalibration: lateCustomers,
  };
}
