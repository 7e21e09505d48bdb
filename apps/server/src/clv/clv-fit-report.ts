import type { HoldoutCheck, LogFit } from '@centric/core/clv/index';
import type { TimeUnit } from '@centric/core/clv/time-unit';

/** A model fit as plain JSON: non-finite numbers become null, so a failed fit is never a silent NaN. */
export interface ClvFitReport {
  bgnbd: {
    r: number | null;
    alpha: number | null;
    a: number | null;
    b: number | null;
    logLikelihood: number | null;
    converged: boolean;
    message: string;
  };
  gammaGamma: {
    p: number | null;
    q: number | null;
    gamma: number | null;
    logLikelihood: number | null;
    converged: boolean;
    message: string;
  };
  customers: number;
  repeatCustomers: number;
  timeUnit: TimeUnit;
  calibrationEnd: string;
  holdout: HoldoutReport | null;
}

/** The holdout check as JSON. */
export interface HoldoutReport {
  length: number;
  /** Last calibration day of the holdout fit, when it differs from the main fit's. */
  calibrationEnd?: string;
  predictedTotal: number;
  actualTotal: number;
  correlation: number | null;
  meanAbsoluteError: number | null;
  points: { t: number; predicted: number; actual: number }[];
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** The holdout check with non-finite numbers as null. */
export function holdoutReport(h: HoldoutCheck): HoldoutReport {
  return {
    length: h.length,
    predictedTotal: h.predictedTotal,
    actualTotal: h.actualTotal,
    correlation: finite(h.correlation),
    meanAbsoluteError: finite(h.meanAbsoluteError),
    points: h.points.map((p) => ({ t: p.t, predicted: p.predicted, actual: p.actual })),
  };
}

/** The report of a fit, as `centric clv fit --json` prints it. */
export function fitReport(fit: LogFit): ClvFitReport {
  const b = fit.bgnbd;
  const g = fit.gammaGamma;
  return {
    bgnbd: {
      r: finite(b.params.r),
      alpha: finite(b.params.alpha),
      a: finite(b.params.a),
      b: finite(b.params.b),
      logLikelihood: finite(b.logLikelihood),
      converged: b.converged,
      message: b.message,
    },
    gammaGamma: {
      p: finite(g.params.p),
      q: finite(g.params.q),
      gamma: finite(g.params.gamma),
      logLikelihood: finite(g.logLikelihood),
      converged: g.converged,
      message: g.message,
    },
    customers: fit.customers,
    repeatCustomers: fit.repeatCustomers,
    timeUnit: fit.summary.timeUnit,
    calibrationEnd: fit.summary.calibrationEnd,
    holdout: fit.holdout ? holdoutReport(fit.holdout) : null,
  };
}
