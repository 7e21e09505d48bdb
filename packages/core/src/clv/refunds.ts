// Refunds in a transaction log. The models count purchase days and average their spend; a refund is neither a
// purchase nor a visit, so it is netted against the purchases it undoes:
//   - on the same day it lowers that day's spend (same-day transactions are merged anyway);
//   - on a later day it lowers the spend of the customer's most recent earlier purchase days, newest first;
//   - a purchase day whose spend is refunded entirely (net ≤ 0) is no longer a purchase and is dropped;
//   - a refund larger than everything the customer bought before it is reported: the log is incomplete.
import { fromDayNumber, toDayNumber } from './summary';

/** A dated amount of one customer; negative amounts are refunds. */
export interface SignedTransaction {
  readonly customerId: string | number;
  readonly date: string;
  readonly amount: number;
  /** Where it came from (a file line), for reports. */
  readonly line?: number;
}

/** A purchase day of one customer with its spend net of refunds (> 0, or 0 for a free purchase). */
export interface PurchaseDay {
  readonly customerId: string | number;
  readonly date: string;
  readonly amount: number;
}

/** The outcome of netting refunds. */
export interface NettedTransactions {
  readonly purchases: PurchaseDay[];
  /** Refunds that exceed the customer's earlier purchases, with the unmatched remainder. */
  readonly unmatched: { customerId: string | number; date: string; amount: number; line?: number }[];
  readonly refunds: number;
  /** Purchase days dropped because they were refunded entirely. */
  readonly purchasesCancelled: number;
}

interface Day {
  day: number;
  gross: number;
  net: number;
  bought: boolean;
}

// Amounts are in currency units with cents: anything below half a cent is rounding noise.
const CENT_FRACTION = 0.005;

/** Merges same-day transactions and nets refunds against the purchases they undo (see the file comment). */
export function netRefunds(transactions: Iterable<SignedTransaction>): NettedTransactions {
  const byCustomer = new Map<string | number, { day: number; amount: number; line?: number }[]>();
  let refunds = 0;
  for (const t of transactions) {
    let list = byCustomer.get(t.customerId);
    if (!list) {
      list = [];
      byCustomer.set(t.customerId, list);
    }
    if (t.amount < 0) refunds++;
    list.push({
      day: toDayNumber(t.date),
      amount: t.amount,
      ...(t.line !== undefined ? { line: t.line } : {}),
    });
  }
  const purchases: PurchaseDay[] = [];
  const unmatched: NettedTransactions['unmatched'] = [];
  let purchasesCancelled = 0;
  for (const [customerId, list] of byCustomer) {
    list.sort((p, q) => p.day - q.day);
    // Each day's purchases (gross) and net amount; a day with only refunds has gross 0 and bought false.
    const days: Day[] = [];
    for (const t of list) {
      let current = days[days.length - 1];
      if (!current || current.day !== t.day) {
        current = { day: t.day, gross: 0, net: 0, bought: false };
        days.push(current);
      }
      if (t.amount >= 0) {
        current.bought = true;
        current.gross += t.amount;
      }
      current.net += t.amount;
    }
    const kept: Day[] = [];
    for (const d of days) {
      // A free purchase (gross 0) is still a purchase; a paid one refunded entirely is not.
      if (d.bought && (d.net > CENT_FRACTION || (d.gross === 0 && d.net === 0))) {
        kept.push(d);
        continue;
      }
      if (d.bought) purchasesCancelled++;
      let owed = -d.net;
      // Carry the remainder back to earlier purchase days, newest first; those refunded entirely are dropped.
      for (let k = kept.length - 1; k >= 0 && owed > CENT_FRACTION; k--) {
        const earlier = kept[k]!;
        const take = Math.min(owed, earlier.net);
        earlier.net -= take;
        owed -= take;
        if (earlier.gross > 0 && earlier.net <= CENT_FRACTION) {
          kept.splice(k, 1);
          purchasesCancelled++;
        }
      }
      if (owed > CENT_FRACTION) {
        const line = list.find((t) => t.day === d.day && t.amount < 0)?.line;
        unmatched.push({
          customerId,
          date: fromDayNumber(d.day),
          amount: -Math.round(owed * 100) / 100,
          ...(line !== undefined ? { line } : {}),
        });
      }
    }
    for (const d of kept)
      purchases.push({ customerId, date: fromDayNumber(d.day), amount: Math.max(0, d.net) });
  }
  return { purchases, unmatched, refunds, purchasesCancelled };
}
