import type { Deps } from '../context';
import { startVoiceSweep } from '../voice/voice-sweep.job';
import {
  CASE_EVALUATE_IMPORT_JOB,
  CASE_EVALUATE_JOB,
  caseResponseHook,
  evaluateImportPage,
  evaluateResponse,
} from './case-opener';

/** Attaches the closed loop: the response hook, its evaluation worker and the periodic sweep. */
export async function startCases(deps: Deps): Promise<void> {
  deps.responseHooks.register(caseResponseHook(deps));
  await deps.jobs.work<{ organisationId: string; responseId: string }>(CASE_EVALUATE_JOB, (job) =>
    evaluateResponse(deps, job),
  );
  await deps.jobs.work<{ organisationId: string; importId: string; afterId: string | null }>(
    CASE_EVALUATE_IMPORT_JOB,
    (job) => evaluateImportPage(deps, job),
  );
  await startVoiceSweep(deps);
}
