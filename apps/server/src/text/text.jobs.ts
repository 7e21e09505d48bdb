import { pageImportedResponses } from '@centric/db/imports/response-import.repository';
import { deleteAnalyses } from '@centric/db/text/analysis.repository';
import { applyToRollups } from '@centric/db/text/rollup.repository';
import { insertRun, type RunRow } from '@centric/db/text/run.repository';
import type { Deps } from '../context';
import type { ResponseChange, ResponseHook } from '../responses/response.hooks';
import { analyseResponses, executeRun } from './text-processing';

/** Analyse the comments of some new or edited responses. */
export const TEXT_ANALYSE_JOB = 'text.analyse';
/** Analyse the comments of a file import, a page per job (each job queues the next page). */
export const TEXT_ANALYSE_IMPORT_JOB = 'text.analyse-import';
/** Comments analysed by one job of an import. */
const IMPORT_PAGE = 500;
/** Re-analyse every comment of an organisation (codeframe changed). */
export const TEXT_RUN_JOB = 'text.run';

/** Registers the handlers of the text jobs. */
export async function registerTextJobs(deps: Deps): Promise<void> {
  await deps.jobs.work<{ organisationId: string; responseIds: string[] }>(TEXT_ANALYSE_JOB, (data) =>
    analyseResponses(deps, data.organisationId, data.responseIds),
  );
  await deps.jobs.work<{ organisationId: string; importId: string; afterId: string | null }>(
    TEXT_ANALYSE_IMPORT_JOB,
    async (data) => {
      const ids = await pageImportedResponses(deps.db, data.organisationId, data.importId, {
        afterId: data.afterId,
        limit: IMPORT_PAGE,
        withComment: true,
      });
      if (ids.length === 0) return;
      await analyseResponses(deps, data.organisationId, ids);
      if (ids.length === IMPORT_PAGE)
        await deps.jobs.send(TEXT_ANALYSE_IMPORT_JOB, { ...data, afterId: ids.at(-1)! });
    },
  );
  await deps.jobs.work<{ organisationId: string; runId: string }>(TEXT_RUN_JOB, (data) =>
    executeRun(deps, data.organisationId, data.runId),
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

/**
 * Keeps the analyses in step with the responses: a deleted response's analysis leaves the rollups and the
 * database in the delete's own transaction; new and edited comments are analysed by a job.
 */
export function textAnalysisHook(deps: Deps): ResponseHook {
  return {
    name: 'text-analysis',
    // A new response has no analysis yet: nothing to do in its write (a create stays one statement), nor in a
    // file import's, which only creates (its comments are queued after it commits).
    createdAlongside: () => [],
    imported: async () => {},
    async inTransaction(tx, changes) {
      const deleted = new Map<string, string[]>();
      for (const c of changes)
        if (c.kind === 'deleted')
          deleted.set(c.before.organisationId, [
            ...(deleted.get(c.before.organisationId) ?? []),
            c.before.id,
          ]);
      for (const [organisationId, ids] of deleted) {
        await applyToRollups(tx, organisationId, ids, -1);
        await deleteAnalyses(tx, organisationId, ids);
      }
    },
    async afterCommit(changes: ResponseChange[]) {
      const analyse = new Map<string, string[]>();
      for (const change of changes) {
        if (change.kind === 'deleted') continue;
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
      const jobs: { organisationId: string; responseIds: string[] }[] = [];
      for (const [organisationId, ids] of analyse) {
        // Large imports are cut into jobs of a run page each.
        for (let i = 0; i < ids.length; i += 500)
          jobs.push({ organisationId, responseIds: ids.slice(i, i + 500) });
      }
      await deps.jobs.sendMany(TEXT_ANALYSE_JOB, jobs);
    },
    async afterImport(batch) {
      await deps.jobs.send(TEXT_ANALYSE_IMPORT_JOB, {
        organisationId: batch.organisationId,
        importId: batch.importId,
        afterId: null,
      });
    },
  };
}
