import { randomBytes } from 'node:crypto';
import type { createSurveyLinkBody, surveyLink } from '@centric/contracts/voice/voice.schemas';
import { fail } from '@centric/core/errors';
import { findChannel, findTouchpoint } from '@centric/db/catalogue/catalogue.repository';
import { findSurvey, type SurveyRow } from '@centric/db/surveys/survey.repository';
import { findUnit } from '@centric/db/units/unit.repository';
import {
  insertSurveyLink,
  listSurveyLinks,
  type SurveyLinkRow,
} from '@centric/db/voice/survey-link.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';

/** A link as staff see it, with the URL to share or the snippet to embed. */
export function presentSurveyLink(baseUrl: string, row: SurveyLinkRow): z.infer<typeof surveyLink> {
  return {
    id: row.id,
    surveyId: row.surveyId,
    kind: row.kind,
    url: `${baseUrl}/s/${row.token}`,
    snippet:
      row.kind === 'widget' ? `<script async src="${baseUrl}/s/widget/${row.token}.js"></script>` : null,
    unitId: row.unitId,
    channelId: row.channelId,
    touchpointId: row.touchpointId,
    createdAt: iso(row.createdAt),
  };
}

/** Creates an anonymous link or website widget for a survey. */
export async function createSurveyLink(
  ctx: OrgContext,
  surveyId: string,
  input: z.output<typeof createSurveyLinkBody>,
) {
  authorize(ctx, 'survey.write');
  const org = ctx.organisation.id;
  const { db } = ctx.deps;
  const survey = await findSurvey(db, org, surveyId);
  if (!survey) throw fail.notFound('survey');
  checkWithinTargets(survey, input);
  if (input.unitId && !(await findUnit(db, org, input.unitId)))
    throw fail.invalid(`unit ${input.unitId} does not exist`);
  if (input.channelId && !(await findChannel(db, org, input.channelId)))
    throw fail.invalid(`channel ${input.channelId} does not exist`);
  if (input.touchpointId && !(await findTouchpoint(db, org, input.touchpointId)))
    throw fail.invalid(`touchpoint ${input.touchpointId} does not exist`);
  const row = await db.transaction(async (tx) => {
    const link = await insertSurveyLink(tx, {
      organisationId: org,
      surveyId,
      token: randomBytes(32).toString('base64url'),
      ...input,
    });
    await audit(ctx, tx, { action: 'create', entity: 'survey_link', entityId: link.id });
    return link;
  });
  return presentSurveyLink(ctx.deps.config.baseUrl, row);
}

/** Refuses a unit, channel or touchpoint outside the survey's targets (an empty target list allows any). */
export function checkWithinTargets(
  survey: SurveyRow,
  input: { unitId?: string | null; channelId?: string | null; touchpointId?: string | null },
): void {
  const { unitIds, channelIds, touchpointIds } = survey.targets;
  if (input.unitId && unitIds.length > 0 && !unitIds.includes(input.unitId))
    throw fail.invalid('that unit is not one of the survey’s target units');
  if (input.channelId && channelIds.length > 0 && !channelIds.includes(input.channelId))
    throw fail.invalid('that channel is not one of the survey’s target channels');
  if (input.touchpointId && touchpointIds.length > 0 && !touchpointIds.includes(input.touchpointId))
    throw fail.invalid('that touchpoint is not one of the survey’s target touchpoints');
}

/** The links of a survey. */
export async function listLinksOfSurvey(ctx: OrgContext, surveyId: string) {
  authorize(ctx, 'survey.read');
  if (!(await findSurvey(ctx.deps.db, ctx.organisation.id, surveyId))) throw fail.notFound('survey');
  const rows = await listSurveyLinks(ctx.deps.db, ctx.organisation.id, surveyId);
  return { items: rows.map((r) => presentSurveyLink(ctx.deps.config.baseUrl, r)) };
}
