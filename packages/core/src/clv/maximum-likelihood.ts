import {
  type MinimiseResult,
  minimiseBfgs,
  minimiseNelderMead,
  type ObjectiveWithGradient,
} from './optimiser';

/** The outcome of a maximum-likelihood fit; `converged: false` always comes with a `message` saying why. */
export interface FitResult<P> {
  readonly params: P;
  /** The maximised (weighted) log-likelihood; compare models on the same data only. */
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly iterations: number;
  readonly evaluations: number;
  readonly message: string;
}

/** Options shared by the model fits. */
export interface FitOptions {
  /** Starting values on the natural scale (all parameters must be > 0); a generic point by default. */
  readonly start?: readonly number[];
  /** Gradient tolerance on the per-customer negative log-likelihood over log-parameters. */
  readonly gradientTolerance?: number;
  readonly maxIterations?: number;
}

/**
 * Minimises a per-customer negative log-likelihood over log-parameters (`names` label them in messages): BFGS
 * first; if it stalls, Nelder–Mead with restarts (which needs no gradient and steps around non-finite regions),
 * then BFGS again to polish; finally a check that the maximum is interior.
 */
export function minimiseNegativeLogLikelihood(
  fg: ObjectiveWithGradient,
  logStart: readonly number[],
  names: readonly string[],
  options: FitOptions = {},
): MinimiseResult {
  const bfgsOptions = {
    gradientTolerance: options.gradientTolerance ?? 1e-8,
    maxIterations: options.maxIterations ?? 500,
  };
  const first = minimiseBfgs(fg, logStart, bfgsOptions);
  if (first.converged) return checkIdentified(fg, first, names);
  const scratch = new Float64Array(logStart.length);
  const from = Number.isFinite(first.value) ? first.x : Float64Array.from(logStart);
  // Bounded: at a million customers an evaluation costs ~20–60 ms, and a likelihood without an interior maximum
  // (the usual reason BFGS stalls) would otherwise keep the simplex crawling towards infinity for minutes.
  const simplex = minimiseNelderMead((x) => fg(x, scratch), from, {
    restarts: 3,
    maxEvaluations: 250 * logStart.length,
  });
  const polish = minimiseBfgs(fg, simplex.x, bfgsOptions);
  const candidates = [first, simplex, polish].filter((r) => Number.isFinite(r.value));
  const best = candidates.sort((p, q) => Number(q.converged) - Number(p.converged) || p.value - q.value)[0];
  const iterations = first.iterations + simplex.iterations + polish.iterations;
  const evaluations = first.evaluations + simplex.evaluations + polish.evaluations;
  if (!best) {
    return { ...first, iterations, evaluations, message: `likelihood is not finite: ${first.message}` };
  }
  const message = best.converged
    ? `converged after Nelder–Mead restart (BFGS alone: ${first.message})`
    : `did not converge: ${best.message}`;
  return checkIdentified(fg, { ...best, iterations, evaluations, message }, names);
}

/** How far (in ln-parameter) {@link checkIdentified} probes: a factor e⁵ ≈ 148 either way. */
const PROBE = 5;

/**
 * Guards against reporting a boundary solution as a fit: when moving one ln-parameter by ±5 changes the
 * per-customer log-likelihood by less than 1e-6, the maximum is not interior (e.g. r → 0 when nobody repeats) and
 * the estimate is reported as not converged, naming the parameter.
 */
export function checkIdentified(
  fg: ObjectiveWithGradient,
  result: MinimiseResult,
  names: readonly string[],
): MinimiseResult {
  if (!result.converged) return result;
  const scratch = new Float64Array(result.x.length);
  const probe = Float64Array.from(result.x);
  const flat: string[] = [];
  let evaluations = 0;
  for (let i = 0; i < probe.length; i++) {
    for (const direction of [-PROBE, PROBE]) {
      probe[i] = result.x[i]! + direction;
      const value = fg(probe, scratch);
      evaluations++;
      // NaN or a better value both mean "not a clean interior maximum" and are reported.
      if (!(value - result.value > 1e-6))
        flat.push(`${names[i] ?? `#${i}`} ${direction < 0 ? '→ 0' : '→ ∞'}`);
    }
    probe[i] = result.x[i]!;
  }
  if (flat.length === 0) return { ...result, evaluations: result.evaluations + evaluations };
  return {
    ...result,
    converged: false,
    evaluations: result.evaluations + evaluations,
    message: `no interior maximum: the likelihood is flat as ${flat.join(', ')}; the data do not identify the model`,
  };
}

/** Turns a minimiser's result on the per-customer scale into a fit result with the total log-likelihood. */
export function toFitResult<P>(result: MinimiseResult, params: P, totalWeight: number): FitResult<P> {
  const logLikelihood = -result.value * totalWeight;
  const finite = Number.isFinite(logLikelihood);
  return {
    params,
    logLikelihood,
    converged: result.converged && finite,
    iterations: result.iterations,
    evaluations: result.evaluations,
    message: finite ? result.message : `log-likelihood is not finite (${result.message})`,
  };
}
