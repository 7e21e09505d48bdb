import { insertRun, type RunRow } from '@centric/db/text/run.repository';
import type { Deps } from '../context';
import type { ResponseChange, ResponseHook } from '../responses/response.hooks';
import { analyseResponses, executeRun, refreshRollups } from './text-processing';

/** Analyse the comments of some new or edited responses. */
export const TEXT_ANALYSE_JOB = 'text.analyse';
/** Re-analyse every comment of an organisation (codeframe changed). */
export const TEXT_RUN_JOB = 'text.run';
/** Rebuild an organisation's theme rollups (responses deleted). */
export const TEXT_ROLLUP_JOB = 'text.rollup';

/** Registers the handlers of the text jobs. */
export async function registerTextJobs(deps: Deps): Promise<void> {
  await deps.jobs.work<{ organisationId: string; responseIds: string[] }>(TEXT_ANALYSE_JOB, (data) =>
    analyseResponses(deps, data.organisationId, data.responseIds),
  );
  await deps.jobs.work<{ organisationId: string; runId: string }>(TEXT_RUN_JOB, (data) =>
    executeRun(deps, data.organisationId, data.runId),
  );
  await deps.jobs.work<{ organisationId: string }>(TEXT_ROLLUP_JOB, (data) =>
    refreshRollups(deps, data.organisationId),
  );
}

/** Queues a full re-analysis of the organisation's comments; earlier unfinished runs are superseded. */
export async function queueRun(
  deps: Deps,
  organisationId: string,
  reason: string,
  codeframeVersion: number,
): Promise<RunRow> {
  const run = await insertRun(deps.db, { organisationId, reason, codeframeVersion, at: deps.clock.now() });
  await deps.jobs.send(TEXT_RUN_JOB, { organisationId, runId: run.id });
  return run;
}

/** Queues the analysis of every response write that touches what the analysis depends on. */
export function textAnalysisHook(deps: Deps): ResponseHook {
  return {
    name: 'text-analysis',
    async afterCommit(changes: ResponseChange[]) {
      const analyse = new Map<string, string[]>();
      const rollup = new Set<string>();
      for (const change of changes) {
        if (change.kind === 'deleted') {
          rollup.add(change.before.organisationId);
          continue;
        }
        const { after, before } = change;
        if (!before && !after.comment?.trim()) continue;
        // An edit changes the analysis (comment) or where it counts (score, unit, time).
        if (
          before &&
          before.comment === after.comment &&
          before.score === after.score &&
          before.unitId === after.unitId &&
          before.respondedAt.getTime() === after.respondedAt.getTime()
        )
          continue;
        const list = analyse.get(after.organisationId) ?? [];
        list.push(after.id);
        analyse.set(after.organisationId, list);
      }
      for (const [organisationId, ids] of analyse) {
        // Large imports are cut into jobs of a run page each.
        for (let i = 0; i < ids.length; i += 500)
          await deps.jobs.send(TEXT_ANALYSE_JOB, { organisationId, responseIds: ids.slice(i, i + 500) });
      }
      for (const organisationId of rollup)
        if (!analyse.has(organisationId)) await deps.jobs.send(TEXT_ROLLUP_JOB, { organisationId });
    },
  };
}
