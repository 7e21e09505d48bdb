import type { Page } from '@centric/contracts/common/pagination.schemas';
import type {
  createSurveyBody,
  listSurveysQuery,
  Survey,
  updateSurveyBody,
} from '@centric/contracts/surveys/survey.schemas';
import { fail } from '@centric/core/errors';
import { toPage } from '@centric/db/common/cursor';
import {
  findSurvey,
  insertSurvey,
  listSurveys as listSurveyRows,
  type SurveyRow,
  updateSurvey as updateSurveyRow,
} from '@centric/db/surveys/survey.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';
import { forgetAnswerTargets } from '../voice/survey-target';

/** A survey as the API shows it. */
export function presentSurvey(row: SurveyRow): Survey {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    questions: row.questions,
    createdAt: iso(row.createdAt),
  };
}

/** Lists surveys. */
export async function listSurveys(
  ctx: OrgContext,
  query: z.output<typeof listSurveysQuery>,
): Promise<Page<Survey>> {
  authorize(ctx, 'survey.read');
  const page = toPage(await listSurveyRows(ctx.deps.db, ctx.organisation.id, query), query.limit);
  return { items: page.items.map(presentSurvey), nextCursor: page.nextCursor };
}

/** Reads one survey. */
export async function getSurvey(ctx: OrgContext, id: string): Promise<Survey> {
  authorize(ctx, 'survey.read');
  const row = await findSurvey(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('survey');
  return presentSurvey(row);
}

/** Creates a survey. */
export async function createSurvey(
  ctx: OrgContext,
  input: z.output<typeof createSurveyBody>,
): Promise<Survey> {
  authorize(ctx, 'survey.write');
  checkQuestionIds(input.questions);
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
  if (input.questions) checkQuestionIds(input.questions);
  const updated = await ctx.deps.db.transaction(async (tx) => {
    const before = await findSurvey(tx, ctx.organisation.id, id);
    if (!before) throw fail.notFound('survey');
    if (before.status === 'closed' && input.status && input.status !== 'closed')
      throw fail.conflict('a closed survey cannot be reopened: copy it instead');
    const row = await updateSurveyRow(tx, ctx.organisation.id, id, input);
    await audit(ctx, tx, {
      action: 'update',
      entity: 'survey',
      entityId: id,
      changes: { fields: Object.keys(input) },
    });
    return presentSurvey(row);
  });
  // The answer endpoint's cached links carry the survey (its status, its questions).
  forgetAnswerTargets(ctx.deps);
  return updated;
}

function checkQuestionIds(questions: { id: string }[]): void {
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) throw fail.invalid(`question id "${q.id}" is used twice`);
    seen.add(q.id);
  }
}
