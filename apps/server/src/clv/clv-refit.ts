// The organisation-level refit: every stored transaction → both models → each customer's value and the page's
// aggregates, stored together so that what the app shows always comes from one fit.
import { type ClvSettings, clvSettings } from '@centric/contracts/clv/clv.schemas';
import {
  fitPurchaseLog,
  type LogFit,
  netRefunds,
  type PurchaseDay,
  purchaseSpan,
  valueBreakdown,
  valueCustomers,
} from '@centric/core/clv/index';
import { fromDayNumber, toDayNumber } from '@centric/core/clv/summary';
import {
  type ClvFitRow,
  insertClvFit,
  listCustomerGroups,
  listLatestNpsScores,
  listTransactionDays,
  replaceCustomerValues,
} from '@centric/db/clv/clv.repository';
import type { OrganisationRow } from '@centric/db/organisations/organisation.repository';
import type { Deps } from '../context';
import { fitReport, holdoutReport } from './clv-fit-report';

/** One stored transaction as the fit reads it: the customer, the day in the organisation's time zone, the amount. */
export interface TransactionDay {
  customerId: string;
  day: string;
  amount: number;
}

/** The organisation's CLV settings (defaults for what it has not set). */
export function clvSettingsOf(organisation: OrganisationRow): ClvSettings {
  const parsed = clvSettings.safeParse(organisation.settings.clv ?? {});
  return parsed.success ? parsed.data : clvSettings.parse({});
}

/** Today as an ISO day in a time zone. */
function dayIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The holdout window of the check: a third of the observed span, at most 26 weeks, at least 4 weeks. */
function holdoutDays(span: { first: string; last: string }): number | null {
  const days = toDayNumber(span.last) - toDayNumber(span.first);
  const window = Math.min(182, Math.floor(days / 3));
  return window >= 28 ? window : null;
}

/**
 * Refits an organisation's models on all its transactions up to today (its time zone) and stores the fit; when
 * both models converge, the customers' values replace the previous ones. A failed fit is stored with its reason
 * and leaves the previous values in place.
 */
export async function refitOrganisation(
  deps: Deps,
  organisation: OrganisationRow,
  options: {
    onStage?: (stage: string) => void;
    asOf?: Date;
    /**
     * Every stored transaction of the organisation, ordered by customer and time, when the caller holds them
     * already (the demo generator wrote them): spares reading them back. Without it they are read.
     */
    transactions?: readonly TransactionDay[];
  } = {},
): Promise<ClvFitRow> {
  const { onStage } = options;
  const settings = clvSettingsOf(organisation);
  const fittedAt = deps.clock.now();
  // Values are as of a day: today, or the end of a generated history (the demo's "now").
  const today = dayIn(options.asOf ?? fittedAt, organisation.timeZone);
  let rows = options.transactions;
  if (!rows) {
    onStage?.('reading transactions');
    rows = await listTransactionDays(deps.db, organisation.id, organisation.timeZone);
  }
  const netted = netRefunds(rows.map((r) => ({ customerId: r.customerId, date: r.day, amount: r.amount })));
  // Purchases dated after today (clock skew, pre-dated orders) would make ages negative: they wait for their day.
  const purchases = netted.purchases.filter((p) => p.date <= today);
  const base = {
    organisationId: organisation.id,
    fittedAt,
    timeUnit: settings.timeUnit,
    calibrationEnd: today,
    settings: settings as unknown as Record<string, unknown>,
  };
  const span = purchaseSpan(purchases);
  if (!span) {
    return insertClvFit(deps.db, {
      ...base,
      status: 'failed',
      message: 'no purchases to fit: import transactions first',
      customers: 0,
      repeatCustomers: 0,
      bgnbd: {},
      gammaGamma: {},
      holdout: null,
      breakdown: null,
    });
  }
  onStage?.('fitting');
  const fit = fitPurchaseLog(purchases, { timeUnit: settings.timeUnit, calibrationEnd: today });
  onStage?.('holdout check');
  const holdout = holdoutFit(purchases, span, settings);
  const report = fitReport(fit);
  const notes = [
    netted.refunds > 0 ? `${netted.refunds} refund(s) netted against earlier purchases` : '',
    netted.unmatched.length > 0
      ? `${netted.unmatched.length} refund(s) exceed the purchases before them and were ignored`
      : '',
  ].filter(Boolean);
  const common = {
    ...base,
    customers: fit.customers,
    repeatCustomers: fit.repeatCustomers,
    bgnbd: report.bgnbd as unknown as Record<string, unknown>,
    gammaGamma: report.gammaGamma as unknown as Record<string, unknown>,
    holdout: holdout as unknown as Record<string, unknown> | null,
  };
  if (!fit.usable) {
    return insertClvFit(deps.db, {
      ...common,
      status: 'failed',
      message: [...fit.problems, ...notes].join('; '),
      breakdown: null,
    });
  }
  onStage?.('valuing customers');
  const values = valueCustomers(fit, purchases, {
    horizonMonths: settings.horizonMonths,
    discount: { annual: settings.annualDiscountRate },
    margin: settings.margin,
    lookbackDays: settings.lookbackDays,
  });
  const [groups, scores] = await Promise.all([
    listCustomerGroups(deps.db, organisation.id),
    listLatestNpsScores(deps.db, organisation.id),
  ]);
  const groupOf = new Map(groups.map((g) => [g.id, g]));
  const scoreOf = new Map(scores.map((s) => [s.customerId, s.score]));
  const breakdown = valueBreakdown(
    values.map((v) => ({
      clv: v.clv,
      pAlive: v.pAlive,
      pAliveBefore: v.pAliveBefore,
      segmentId: groupOf.get(String(v.customerId))?.segmentId ?? null,
      unitId: groupOf.get(String(v.customerId))?.unitId ?? null,
      latestNps: scoreOf.get(String(v.customerId)) ?? null,
    })),
  );
  onStage?.('storing values');
  return deps.db.transaction(async (tx) => {
    const row = await insertClvFit(tx, {
      ...common,
      status: 'ok',
      message: [`BG/NBD ${fit.bgnbd.message}; Gamma-Gamma ${fit.gammaGamma.message}`, ...notes].join('; '),
      breakdown: breakdown as unknown as Record<string, unknown>,
    });
    await replaceCustomerValues(
      tx,
      organisation.id,
      values.map((v) => ({
        customerId: String(v.customerId),
        fitId: row.id,
        clv: v.clv,
        pAlive: v.pAlive,
        pAliveBefore: v.pAliveBefore,
        expectedPurchases: v.expectedPurchases,
        repeatPurchases: v.x,
        recency: v.tx,
        age: v.T,
        meanRepeatSpend: v.meanRepeatSpend,
        createdAt: fittedAt,
        updatedAt: fittedAt,
      })),
    );
    return row;
  });
}

/** Fits on the data before the holdout window and compares with what happened in it; null when too little data. */
function holdoutFit(
  purchases: readonly PurchaseDay[],
  span: { first: string; last: string },
  settings: ClvSettings,
) {
  const window = holdoutDays(span);
  if (window === null) return null;
  const calibrationEnd = fromDayNumber(toDayNumber(span.last) - window);
  let fit: LogFit;
  try {
    fit = fitPurchaseLog(purchases, { timeUnit: settings.timeUnit, calibrationEnd, holdoutEnd: span.last });
  } catch {
    return null;
  }
  return fit.holdout ? { ...holdoutReport(fit.holdout), calibrationEnd } : null;
}
