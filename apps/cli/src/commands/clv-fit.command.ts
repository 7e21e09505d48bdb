import { createReadStream, statSync } from 'node:fs';
import { fitPurchaseLog, type LogFit, netRefunds, validateTransactionRecords } from '@centric/core/clv/index';
import type { TimeUnit } from '@centric/core/clv/time-unit';
import { AppError } from '@centric/core/errors';
import { type ClvFitReport, fitReport } from '@centric/server/clv/clv-fit-report';
import { formatIssues, readTransactionCsv } from '@centric/server/clv/transaction-file';
import { createProgress } from '../progress';

/** Options of `centric clv fit`. */
export interface ClvFitOptions {
  transactions?: string;
  calibrationEnd?: string;
  period?: TimeUnit;
  json?: boolean;
  org?: string;
}

/** Fits BG/NBD and Gamma-Gamma to a transaction file, or (without one) to an organisation's stored transactions. */
export async function clvFit(
  options: ClvFitOptions,
  execute: (name: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>,
): Promise<void> {
  let report: ClvFitReport;
  if (options.transactions) report = await fitFile(options.transactions, options);
  else {
    if (!options.org)
      throw new AppError(
        'validation_failed',
        'give --transactions FILE.csv, or --org SLUG to fit stored transactions',
      );
    const outcome = await execute('clv.fit', {
      org: options.org,
      ...(options.period ? { period: options.period } : {}),
      ...(options.calibrationEnd ? { calibrationEnd: options.calibrationEnd } : {}),
    });
    report = outcome.report as ClvFitReport;
    if (!options.json) process.stdout.write(`${String(outcome.message)}\n`);
  }
  process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${describe(report).join('\n')}\n`);
  const failed = [report.bgnbd, report.gammaGamma].filter((m) => !m.converged);
  if (failed.length > 0)
    throw new AppError('unavailable', `the fit did not converge: ${failed.map((m) => m.message).join('; ')}`);
}

async function fitFile(file: string, options: ClvFitOptions): Promise<ClvFitReport> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('not_found', `cannot read ${file}`);
  }
  const progress = createProgress();
  let fit: LogFit;
  try {
    const parsed = await readTransactionCsv(createReadStream(file), (bytes) =>
      progress.update('reading', bytes, size),
    );
    progress.update('reading', size, size);
    const checked = validateTransactionRecords(parsed.records, { mode: 'fit' });
    const netted = netRefunds(checked.transactions);
    const issues = [
      ...parsed.issues,
      ...checked.issues,
      ...netted.unmatched.map((u) => ({
        line: u.line ?? 0,
        severity: 'error' as const,
        message: `refund exceeds by ${-u.amount} what customer "${u.customerId}" bought up to ${u.date}`,
      })),
    ].sort((p, q) => p.line - q.line);
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    progress.stop();
    if (warnings.length > 0)
      process.stderr.write(
        `${warnings.length} warning(s) in ${file}:\n${formatIssues(warnings, 10).join('\n')}\n`,
      );
    if (errors.length > 0) {
      process.stderr.write(`${formatIssues(errors).join('\n')}\n`);
      throw new AppError('validation_failed', `${file} has ${errors.length} bad line(s); nothing was fitted`);
    }
    if (netted.refunds > 0)
      process.stderr.write(
        `${netted.refunds} refund(s) netted against earlier purchases (${netted.purchasesCancelled} purchase day(s) refunded entirely and dropped)\n`,
      );
    const stages = ['summary', 'bgnbd', 'gamma-gamma', 'holdout'];
    const labels: Record<string, string> = {
      summary: 'summarising',
      bgnbd: 'fitting BG/NBD',
      'gamma-gamma': 'fitting spend',
      holdout: 'holdout check',
    };
    try {
      fit = fitPurchaseLog(netted.purchases, {
        timeUnit: options.period ?? 'week',
        calibrationEnd: options.calibrationEnd,
        onStage: (stage) => progress.update(labels[stage]!, stages.indexOf(stage), stages.length),
      });
    } catch (error) {
      throw new AppError('validation_failed', (error as Error).message);
    }
  } finally {
    progress.stop();
  }
  return fitReport(fit);
}

const fixed = (v: number | null, digits: number) => (v === null ? 'n/a' : v.toFixed(digits));

/** The human-readable report. */
function describe(r: ClvFitReport): string[] {
  const lines = [
    `customers: ${r.customers} (${r.repeatCustomers} repeat buyers), time unit: ${r.timeUnit}, calibration end: ${r.calibrationEnd}`,
    `BG/NBD       r = ${fixed(r.bgnbd.r, 6)}  alpha = ${fixed(r.bgnbd.alpha, 6)}  a = ${fixed(r.bgnbd.a, 6)}  b = ${fixed(r.bgnbd.b, 6)}  log-likelihood = ${fixed(r.bgnbd.logLikelihood, 3)}${r.bgnbd.converged ? '' : '  (NOT CONVERGED)'}`,
    `Gamma-Gamma  p = ${fixed(r.gammaGamma.p, 6)}  q = ${fixed(r.gammaGamma.q, 6)}  gamma = ${fixed(r.gammaGamma.gamma, 6)}  log-likelihood = ${fixed(r.gammaGamma.logLikelihood, 3)}${r.gammaGamma.converged ? '' : '  (NOT CONVERGED)'}`,
  ];
  const h = r.holdout;
  if (h) {
    lines.push(
      `holdout (${h.length.toFixed(2)} ${r.timeUnit}s after ${h.calibrationEnd ?? r.calibrationEnd}): predicted ${h.predictedTotal.toFixed(1)} repeat transactions, actual ${h.actualTotal} (${h.actualTotal > 0 ? `${(((h.predictedTotal - h.actualTotal) / h.actualTotal) * 100).toFixed(1)}%` : 'n/a'}), per-customer correlation ${fixed(h.correlation, 3)}, mean absolute error ${fixed(h.meanAbsoluteError, 3)}`,
    );
    const step = Math.max(1, Math.ceil(h.points.length / 8));
    lines.push(`  ${'t'.padStart(8)} ${'predicted'.padStart(10)} ${'actual'.padStart(8)}`);
    const shown = h.points.filter((_, k) => (k + 1) % step === 0 || k === h.points.length - 1);
    for (const p of shown)
      lines.push(
        `  ${p.t.toFixed(1).padStart(8)} ${p.predicted.toFixed(1).padStart(10)} ${String(p.actual).padStart(8)}`,
      );
  }
  return lines;
}
