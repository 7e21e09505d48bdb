import type { Page } from '@centric/contracts/common/pagination.schemas';
import type {
  createSurveyBody,
  listSurveysQuery,
  Survey,
  SurveyQuestion,
  SurveyTargets,
  updateSurveyBody,
} from '@centric/contracts/surveys/survey.schemas';
import { fail } from '@centric/core/errors';
import { findChannel, findTouchpoint } from '@centric/db/catalogue/catalogue.repository';
import { toPage } from '@centric/db/common/cursor';
import type { Executor } from '@centric/db/database';
import { surveyResponseCounts } from '@centric/db/metrics/metric-rollup.repository';
import {
  findSurvey,
  insertSurvey,
  listSurveys as listSurveyRows,
  type SurveyRow,
  updateSurvey as updateSurveyRow,
} from '@centric/db/surveys/survey.repository';
import { findUnit } from '@centric/db/units/unit.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { forgetAnswerTargets } from '../voice/survey-target';

/** A survey as the API shows it. */
export function presentSurvey(row: SurveyRow, responseCount = 0): Survey {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    questions: row.questions,
    texts: row.texts,
    targets: row.targets,
    responseCount,
    createdAt: iso(row.createdAt),
  };
}

async function presentWithCount(db: Executor, row: SurveyRow): Promise<Survey> {
  const counts = await surveyResponseCounts(db, row.organisationId, [row.id]);
  return presentSurvey(row, counts.get(row.id) ?? 0);
}

/** Lists surveys. */
export async function listSurveys(
  ctx: OrgContext,
  query: z.output<typeof listSurveysQuery>,
): Promise<Page<Survey>> {
  authorize(ctx, 'survey.read');
  const page = toPage(await listSurveyRows(ctx.deps.db, ctx.organisation.id, query), query.limit);
  const counts = await surveyResponseCounts(
    ctx.deps.db,
    ctx.organisation.id,
    page.items.map((s) => s.id),
  );
  return {
    items: page.items.map((s) => presentSurvey(s, counts.get(s.id) ?? 0)),
    nextCursor: page.nextCursor,
  };
}

/** Reads one survey. */
export async function getSurvey(ctx: OrgContext, id: string): Promise<Survey> {
  authorize(ctx, 'survey.read');
  const row = await findSurvey(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('survey');
  return presentWithCount(ctx.deps.db, row);
}

/** Creates a survey. */
export async function createSurvey(
  ctx: OrgContext,
  input: z.output<typeof createSurveyBody>,
): Promise<Survey> {
  authorize(ctx, 'survey.write');
  checkQuestions(input.questions);
  await checkTargets(ctx, input.targets);
  return ctx.deps.db.transaction(async (tx) => {
    const row = await insertSurvey(tx, { organisationId: ctx.organisation.id, ...input });
    await audit(ctx, tx, {
      action: 'create',
      entity: 'survey',
      entityId: row.id,
      changes: { name: row.name, kind: row.kind },
    });
    return presentSurvey(row);
  });
}

/** Renames a survey, changes its questions or moves it through draft → live → closed. */
export async function updateSurvey(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updateSurveyBody>,
): Promise<Survey> {
  authorize(ctx, 'survey.write');
  if (input.questions) checkQuestions(input.questions);
  if (input.targets) await checkTargets(ctx, input.targets);
  const row = await ctx.deps.db.transaction(async (tx) => {
    const before = await findSurvey(tx, ctx.organisation.id, id);
    if (!before) throw fail.notFound('survey');
    if (before.status === 'closed' && input.status && input.status !== 'closed')
      throw fail.conflict('a closed survey cannot be reopened: copy it instead');
    if (before.status === 'live' && input.status === 'draft')
      throw fail.conflict('a live survey cannot go back to draft: close it instead');
    // Answers already given refer to the kind's scale and the questions' ids: both are fixed once it is live.
    const changesShape =
      (input.kind !== undefined && input.kind !== before.kind) ||
      (input.questions !== undefined && JSON.stringify(input.questions) !== JSON.stringify(before.questions));
    if (changesShape && before.status !== 'draft')
      throw fail.conflict('the kind and questions of a survey change only while it is a draft');
    const row = await updateSurveyRow(tx, ctx.organisation.id, id, input);
    await audit(ctx, tx, {
      action: 'update',
      entity: 'survey',
      entityId: id,
      changes: { fields: Object.keys(input) },
    });
    return row;
  });
  // The answer endpoint's cached links carry the survey (its status, its questions).
  forgetAnswerTargets(ctx.deps);
  return presentWithCount(ctx.deps.db, row);
}

function checkQuestions(questions: SurveyQuestion[]): void {
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) throw fail.invalid(`question id "${q.id}" is used twice`);
    seen.add(q.id);
    if (!Object.values(q.text).some((t) => t.trim()))
      throw fail.invalid(`question "${q.id}" needs a text in at least one language`);
    if (q.type === 'rating' && !(q.min < q.max && q.max - q.min <= 10))
      throw fail.invalid(
        `question "${q.id}": a rating goes from a lower to a higher number, 11 steps at most`,
      );
    if (q.type === 'choice') {
      const options = new Set(q.options.map((o) => o.id));
      if (options.size !== q.options.length) throw fail.invalid(`question "${q.id}" repeats an option id`);
    }
  }
}

async function checkTargets(ctx: OrgContext, targets: SurveyTargets): Promise<void> {
  const { db } = ctx.deps;
  const org = ctx.organisation.id;
  for (const unitId of targets.unitIds)
    if (!(await findUnit(db, org, unitId))) throw fail.invalid(`unit ${unitId} does not exist`);
  for (const channelId of targets.channelIds)
    if (!(await findChannel(db, org, channelId))) throw fail.invalid(`channel ${channelId} does not exist`);
  for (const touchpointId of targets.touchpointIds)
    if (!(await findTouchpoint(db, org, touchpointId)))
      throw fail.invalid(`touchpoint ${touchpointId} does not exist`);
}
