import type {
  CodeframeChange,
  CodeframeChangeBody,
  CodeframeView,
  TextRun,
  ThemeProposalsView,
} from '@centric/contracts/text/codeframe.schemas';
import { fail } from '@centric/core/errors';
import {
  acceptProposal,
  addTerms,
  addTheme,
  type Codeframe,
  getTheme,
  ignoreTheme,
  mergeThemes,
  moveTheme,
  removeTerms,
  removeTheme,
  renameTheme,
  splitTheme,
} from '@centric/core/text/codeframe';
import { findCodeframe, saveCodeframe } from '@centric/db/text/codeframe.repository';
import { findLatestRun, type RunRow } from '@centric/db/text/run.repository';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { queueRun } from './text.jobs';
import { loadCodeframe } from './text-processing';

/** A run as the API shows it. */
export function presentRun(run: RunRow): TextRun {
  return {
    id: run.id,
    status: run.status,
    reason: run.reason,
    codeframeVersion: run.codeframeVersion,
    done: run.done,
    total: run.total,
    error: run.error,
    createdAt: iso(run.createdAt),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
  };
}

/** The codeframe with its version and the latest re-analysis. */
export async function getCodeframe(ctx: OrgContext): Promise<CodeframeView> {
  authorize(ctx, 'text.read');
  return view(ctx);
}

async function view(ctx: OrgContext): Promise<CodeframeView> {
  const org = ctx.organisation.id;
  const [{ codeframe, version }, row, run] = [
    await loadCodeframe(ctx.deps.db, org),
    await findCodeframe(ctx.deps.db, org),
    await findLatestRun(ctx.deps.db, org),
  ];
  return {
    version,
    themes: codeframe.themes.map((t) => ({ ...t, terms: [...t.terms] })),
    updatedAt: row ? iso(row.updatedAt) : null,
    run: run ? presentRun(run) : null,
  };
}

/** Applies one change to the codeframe (optimistically versioned), audits it and queues the re-tagging of every comment. */
export async function changeCodeframe(ctx: OrgContext, body: CodeframeChangeBody): Promise<CodeframeView> {
  authorize(ctx, 'text.curate');
  const org = ctx.organisation.id;
  const { codeframe, version } = await loadCodeframe(ctx.deps.db, org);
  if (body.version !== undefined && body.version !== version)
    throw fail.conflict(
      `the codeframe changed meanwhile (version ${version}, you edited ${body.version}): reload it and try again`,
    );
  const next = applyChange(codeframe, body.change);
  const saved = await ctx.deps.db.transaction(async (tx) => {
    const row = await saveCodeframe(tx, org, [...next.themes], version, ctx.deps.clock.now());
    if (!row) throw fail.conflict('the codeframe changed meanwhile: reload it and try again');
    await audit(ctx, tx, {
      action: 'update',
      entity: 'codeframe',
      entityId: null,
      changes: { version: row.version, change: body.change },
    });
    return row;
  });
  await queueRun(ctx.deps, org, `codeframe version ${saved.version}: ${body.change.kind}`, saved.version);
  return view(ctx);
}

/** Queues a re-analysis of every comment with the current codeframe (also refreshes the proposals). */
export async function startReanalysis(ctx: OrgContext): Promise<TextRun> {
  authorize(ctx, 'text.curate');
  const { version } = await loadCodeframe(ctx.deps.db, ctx.organisation.id);
  return presentRun(await queueRun(ctx.deps, ctx.organisation.id, 'requested', version));
}

/** The latest proposals: from all comments and from those no theme tags. */
export async function getProposals(ctx: OrgContext): Promise<ThemeProposalsView> {
  authorize(ctx, 'text.read');
  const row = await findCodeframe(ctx.deps.db, ctx.organisation.id);
  const present = (list: NonNullable<typeof row>['proposals']) =>
    list.map((p) => ({
      name: p.name,
      terms: [...p.terms],
      count: p.count,
      score: p.score,
      examples: [...p.examples],
    }));
  return {
    fromAll: row ? present(row.proposals) : [],
    fromOther: row ? present(row.otherProposals) : [],
    codeframeVersion: row?.proposalsVersion ?? null,
    computedAt: row?.proposalsAt ? iso(row.proposalsAt) : null,
  };
}

/** Core's operation for each kind of change. */
export function applyChange(codeframe: Codeframe, change: CodeframeChange): Codeframe {
  switch (change.kind) {
    case 'add':
      return addTheme(codeframe, { name: change.name, terms: change.terms, parentId: change.parentId });
    case 'rename':
      return renameTheme(codeframe, change.themeId, change.name);
    case 'set-terms': {
      const theme = getTheme(codeframe, change.themeId);
      return addTerms(removeTerms(codeframe, theme.id, theme.terms), theme.id, change.terms);
    }
    case 'move':
      return moveTheme(codeframe, change.themeId, change.parentId);
    case 'ignore':
      return ignoreTheme(codeframe, change.themeId, change.ignored);
    case 'merge':
      return mergeThemes(codeframe, change.sourceIds, change.targetId);
    case 'split':
      return splitTheme(codeframe, change.themeId, change.parts);
    case 'remove':
      return removeTheme(codeframe, change.themeId);
    case 'accept-proposal':
      return acceptProposal(
        codeframe,
        { name: change.name, terms: change.terms },
        change.intoThemeId
          ? { intoThemeId: change.intoThemeId }
          : { parentId: change.parentId, ignored: change.ignored },
      );
  }
}
