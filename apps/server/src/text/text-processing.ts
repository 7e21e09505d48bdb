import { type Codeframe, createCodeframe } from '@centric/core/text/codeframe';
import { SERVICE_STARTER } from '@centric/core/text/starter-codeframes';
import { proposeFromOther, proposeThemes, type ThemeProposal } from '@centric/core/text/theme.proposer';
import type { Database, Executor } from '@centric/db/database';
import { findOrganisationById } from '@centric/db/organisations/organisation.repository';
import type { StoredProposal } from '@centric/db/schema';
import {
  analysableComments,
  analysableCommentsOf,
  commentTexts,
  countAnalysableComments,
  deleteAnalyses,
  replaceAnalyses,
} from '@centric/db/text/analysis.repository';
import { findCodeframe, saveProposals } from '@centric/db/text/codeframe.repository';
import { applyToRollups, rebuildRollups } from '@centric/db/text/rollup.repository';
import { findRun, updateRun } from '@centric/db/text/run.repository';
import type { Clock } from '../platform/clock';
import { analyseForStorage } from './comment.analyser';

/** Comments analysed and written per transaction in a full run (~50 ms of analysis, so the server stays responsive). */
export const RUN_PAGE = 500;
/** How many of the newest comments proposals are computed from. */
export const PROPOSAL_SAMPLE = 5000;

/** What the text processing needs. */
export interface TextDeps {
  db: Database;
  clock: Clock;
}

/**
 * The organisation's codeframe as core's value and its version. Until an analyst first changes it, an
 * organisation uses the customer-service starter codeframe (version 0), so its comments get themes at once.
 */
export async function loadCodeframe(
  db: Executor,
  organisationId: string,
): Promise<{ codeframe: Codeframe; version: number }> {
  const row = await findCodeframe(db, organisationId);
  return row
    ? { codeframe: { themes: row.themes }, version: row.version }
    : { codeframe: createCodeframe(SERVICE_STARTER), version: 0 };
}

/**
 * Analyses some responses' comments (new or edited) and removes the analyses of those with no comment left;
 * the rollups change by exactly these responses' old and new contributions, in the same transaction.
 */
export async function analyseResponses(
  deps: TextDeps,
  organisationId: string,
  ids: readonly string[],
): Promise<void> {
  const organisation = await findOrganisationById(deps.db, organisationId);
  if (!organisation) return;
  const { codeframe, version } = await loadCodeframe(deps.db, organisationId);
  const comments = await analysableCommentsOf(deps.db, organisationId, organisation.timeZone, ids);
  const writes = analyseForStorage(comments, codeframe, version, deps.clock.now());
  const kept = comments.map((c) => c.id);
  const keptSet = new Set(kept);
  await deps.db.transaction(async (tx) => {
    await applyToRollups(tx, organisationId, ids, -1);
    await deleteAnalyses(
      tx,
      organisationId,
      ids.filter((id) => !keptSet.has(id)),
    );
    await replaceAnalyses(tx, organisationId, writes);
    await applyToRollups(tx, organisationId, kept, 1);
  });
}

/**
 * Re-analyses every comment of the organisation with the current codeframe, recording progress on the run,
 * then rebuilds the rollups and the proposals. Stops early when a newer run superseded this one.
 */
export async function executeRun(
  deps: TextDeps,
  organisationId: string,
  runId: string,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const run = await findRun(deps.db, organisationId, runId);
  const organisation = await findOrganisationById(deps.db, organisationId);
  if (!run || !organisation || run.status !== 'queued') return;
  try {
    const total = await countAnalysableComments(deps.db, organisationId);
    await updateRun(deps.db, organisationId, runId, {
      status: 'running',
      startedAt: deps.clock.now(),
      total,
    });
    const { codeframe, version } = await loadCodeframe(deps.db, organisationId);
    let done = 0;
    let afterId: string | undefined;
    for (;;) {
      const page = await analysableComments(deps.db, organisationId, organisation.timeZone, {
        afterId,
        limit: RUN_PAGE,
      });
      if (page.length === 0) break;
      const writes = analyseForStorage(page, codeframe, version, deps.clock.now());
      done += page.length;
      await deps.db.transaction(async (tx) => {
        await replaceAnalyses(tx, organisationId, writes);
        await updateRun(tx, organisationId, runId, { done, total: Math.max(total, done) });
      });
      onProgress?.(done, Math.max(total, done));
      afterId = page.at(-1)!.id;
      if ((await findRun(deps.db, organisationId, runId))?.status === 'superseded') return;
    }
    await deps.db.transaction((tx) => rebuildRollups(tx, organisationId));
    await refreshProposals(deps, organisationId, codeframe, version);
    await updateRun(deps.db, organisationId, runId, { status: 'done', finishedAt: deps.clock.now() });
  } catch (error) {
    await updateRun(deps.db, organisationId, runId, {
      status: 'failed',
      error: (error as Error).message.slice(0, 500),
      finishedAt: deps.clock.now(),
    });
    throw error;
  }
}

/** Proposes themes from the newest comments (all of them, and those in "Other") against the codeframe. */
export async function refreshProposals(
  deps: TextDeps,
  organisationId: string,
  codeframe: Codeframe,
  version: number,
): Promise<void> {
  const sample = await commentTexts(deps.db, organisationId, PROPOSAL_SAMPLE);
  const texts = sample.map((s) => s.comment);
  const fromAll = proposeThemes(texts, { exclude: codeframe, maxThemes: 20 });
  const fromOther = proposeFromOther(texts, sample, codeframe, { maxThemes: 20 });
  const store = (p: ThemeProposal): StoredProposal => ({
    ...p,
    examples: p.examples.map((i) => texts[i]!.slice(0, 300)),
  });
  await saveProposals(deps.db, organisationId, {
    themes: [...codeframe.themes],
    proposals: fromAll.map(store),
    otherProposals: fromOther.map(store),
    version,
    at: deps.clock.now(),
  });
}
