// `centric clv fit --org SLUG`: fits the organisation's stored transactions, from the CLI or the running server.
import { fitPurchaseLog, netRefunds } from '@centric/core/clv/index';
import type { TimeUnit } from '@centric/core/clv/time-unit';
import { fail } from '@centric/core/errors';
import { listTransactionDays } from '@centric/db/clv/clv.repository';
import { type OrganisationRow, updateOrganisation } from '@centric/db/organisations/organisation.repository';
import type { Deps } from '../context';
import { presentFit } from './clv.service';
import { type ClvFitReport, fitReport } from './clv-fit-report';
import { clvSettingsOf, refitOrganisation } from './clv-refit';

/**
 * With a calibration end: a fit with its holdout check on the stored transactions, nothing stored. Without:
 * the organisation's refit (values stored), in the given time unit, which becomes the organisation's setting.
 */
export async function fitStoredTransactions(
  deps: Deps,
  organisation: OrganisationRow,
  input: { period?: TimeUnit | undefined; calibrationEnd?: string | undefined },
  onStage: (stage: string) => void,
): Promise<{ message: string; report: ClvFitReport; status: 'ok' | 'failed' }> {
  const settings = clvSettingsOf(organisation);
  if (input.calibrationEnd) {
    onStage('reading transactions');
    const rows = await listTransactionDays(deps.db, organisation.id, organisation.timeZone);
    const { purchases } = netRefunds(
      rows.map((r) => ({ customerId: r.customerId, date: r.day, amount: r.amount })),
    );
    let report: ClvFitReport;
    try {
      const fit = fitPurchaseLog(purchases, {
        timeUnit: input.period ?? settings.timeUnit,
        calibrationEnd: input.calibrationEnd,
        onStage,
      });
      report = fitReport(fit);
    } catch (error) {
      throw fail.invalid((error as Error).message);
    }
    return {
      message: `fitted the stored transactions of ${organisation.slug} up to ${input.calibrationEnd} (a check: nothing stored)`,
      report,
      status: report.bgnbd.converged && report.gammaGamma.converged ? 'ok' : 'failed',
    };
  }
  let current = organisation;
  if (input.period && input.period !== settings.timeUnit)
    current = await updateOrganisation(deps.db, organisation.id, {
      settings: { ...organisation.settings, clv: { ...settings, timeUnit: input.period } },
    });
  const row = await refitOrganisation(deps, current, { onStage });
  const fit = presentFit(row);
  return {
    message:
      fit.status === 'ok'
        ? `refitted ${organisation.slug}: ${fit.customers} customers valued (calibration end ${fit.calibrationEnd})`
        : `refit of ${organisation.slug} failed: ${fit.message}`,
    status: fit.status,
    report: {
      bgnbd: fit.bgnbd,
      gammaGamma: fit.gammaGamma,
      customers: fit.customers,
      repeatCustomers: fit.repeatCustomers,
      timeUnit: fit.timeUnit,
      calibrationEnd: fit.calibrationEnd,
      holdout: fit.holdout,
    },
  };
}
