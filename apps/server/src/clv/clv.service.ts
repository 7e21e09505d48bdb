import {
  type ClvFit,
  type ClvOverview,
  type CustomerValue,
  clvSettings,
  type refitBody,
  type segmentValue,
} from '@centric/contracts/clv/clv.schemas';
import { DEFAULT_RISK_RULES, isFading } from '@centric/core/clv/index';
import { fail } from '@centric/core/errors';
import { findSegment } from '@centric/db/catalogue/catalogue.repository';
import {
  type ClvFitRow,
  findCustomerValue,
  findLatestClvFit,
  findLatestSuccessfulClvFit,
} from '@centric/db/clv/clv.repository';
import { findCustomer } from '@centric/db/customers/customer.repository';
import { updateOrganisation } from '@centric/db/organisations/organisation.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { clvSettingsOf, refitOrganisation } from './clv-refit';

/** A stored fit as the API shows it. */
export function presentFit(row: ClvFitRow): ClvFit {
  return {
    id: row.id,
    fittedAt: iso(row.fittedAt),
    status: row.status,
    message: row.message,
    timeUnit: row.timeUnit as ClvFit['timeUnit'],
    calibrationEnd: row.calibrationEnd,
    customers: row.customers,
    repeatCustomers: row.repeatCustomers,
    bgnbd: {
      r: null,
      alpha: null,
      a: null,
      b: null,
      logLikelihood: null,
      converged: false,
      message: 'not fitted',
      ...row.bgnbd,
    } as ClvFit['bgnbd'],
    gammaGamma: {
      p: null,
      q: null,
      gamma: null,
      logLikelihood: null,
      converged: false,
      message: 'not fitted',
      ...row.gammaGamma,
    } as ClvFit['gammaGamma'],
    settings: clvSettings.parse(row.settings),
    holdout: (row.holdout as ClvFit['holdout']) ?? null,
    breakdown: (row.breakdown as ClvFit['breakdown']) ?? null,
  };
}

/** The fit whose values are shown, and the latest attempt when it failed after it. */
export async function getClvOverview(ctx: OrgContext): Promise<ClvOverview> {
  authorize(ctx, 'clv.read');
  const [shown, latest] = await Promise.all([
    findLatestSuccessfulClvFit(ctx.deps.db, ctx.organisation.id),
    findLatestClvFit(ctx.deps.db, ctx.organisation.id),
  ]);
  return {
    fit: shown ? presentFit(shown) : null,
    latestAttempt: latest && latest.id !== shown?.id ? presentFit(latest) : null,
    currency: ctx.organisation.currency,
  };
}

/** Changes the CLV settings (if given) and refits now; answers the new overview. */
export async function refitClv(ctx: OrgContext, input: z.output<typeof refitBody>): Promise<ClvOverview> {
  authorize(ctx, 'clv.refit');
  let organisation = ctx.organisation;
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length > 0) {
    const settings = { ...clvSettingsOf(organisation), ...changes };
    organisation = await ctx.deps.db.transaction(async (tx) => {
      const row = await updateOrganisation(tx, organisation.id, {
        settings: { ...organisation.settings, clv: settings },
      });
      await audit(ctx, tx, { action: 'update', entity: 'clv-settings', entityId: row.id, changes });
      return row;
    });
  }
  const fit = await refitOrganisation(ctx.deps, organisation);
  await audit(ctx, ctx.deps.db, {
    action: 'refit',
    entity: 'clv-fit',
    entityId: fit.id,
    changes: { status: fit.status, customers: fit.customers },
  });
  return getClvOverview({ ...ctx, organisation });
}

/** A customer's value from the latest successful fit, or null when they have none. */
export async function getCustomerValue(
  ctx: OrgContext,
  customerId: string,
): Promise<{ value: CustomerValue | null }> {
  authorize(ctx, 'clv.read');
  if (!(await findCustomer(ctx.deps.db, ctx.organisation.id, customerId))) throw fail.notFound('customer');
  const row = await findCustomerValue(ctx.deps.db, ctx.organisation.id, customerId);
  if (!row) return { value: null };
  const fit = await findLatestSuccessfulClvFit(ctx.deps.db, ctx.organisation.id);
  const settings = clvSettings.parse(fit?.settings ?? {});
  const rules = (fit?.breakdown as { rules?: typeof DEFAULT_RISK_RULES } | null)?.rules ?? DEFAULT_RISK_RULES;
  return {
    value: {
      customerId,
      clv: row.clv,
      pAlive: row.pAlive,
      pAliveBefore: row.pAliveBefore,
      expectedPurchases: row.expectedPurchases,
      repeatPurchases: row.repeatPurchases,
      meanRepeatSpend: row.meanRepeatSpend,
      fittedAt: iso(fit?.fittedAt ?? row.updatedAt),
      horizonMonths: settings.horizonMonths,
      timeUnit: (fit?.timeUnit ?? settings.timeUnit) as CustomerValue['timeUnit'],
      fading: isFading(row, rules),
    },
  };
}

/** A segment's CLV from the latest successful fit (for decisions that affect the segment). */
export async function getSegmentValue(
  ctx: OrgContext,
  segmentId: string,
): Promise<z.output<typeof segmentValue>> {
  authorize(ctx, 'clv.read');
  if (!(await findSegment(ctx.deps.db, ctx.organisation.id, segmentId))) throw fail.notFound('segment');
  const fit = await findLatestSuccessfulClvFit(ctx.deps.db, ctx.organisation.id);
  const breakdown = fit?.breakdown as ClvFit['breakdown'];
  if (!fit || !breakdown) return { segmentId, value: null };
  const group = breakdown.bySegment.find((s) => s.segmentId === segmentId);
  const settings = clvSettings.parse(fit.settings);
  return {
    segmentId,
    value: {
      customers: group?.customers ?? 0,
      totalClv: group?.totalClv ?? 0,
      meanClv: group?.meanClv ?? 0,
      fittedAt: iso(fit.fittedAt),
      horizonMonths: settings.horizonMonths,
      currency: ctx.organisation.currency,
    },
  };
}
