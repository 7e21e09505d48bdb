import { z } from 'zod';
import { id } from '../common/fields';
import { themeId } from './codeframe.schemas';

/** A calendar month YYYY-MM in the organisation's time zone. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');

/** What every theme insight can be narrowed to. */
export const insightQuery = z.object({
  unitId: id.optional().describe('the unit and all its descendants'),
  from: month.optional().describe('first month, inclusive'),
  to: month.optional().describe('last month, inclusive'),
});

/** Sentiment counts. */
const sentimentCounts = {
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
};

/** A theme's volume, sentiment and effect on NPS (null where there is nothing to compare). */
export const themeInsight = z.object({
  themeId: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  count: z.number().int(),
  share: z.number(),
  ...sentimentCounts,
  meanScore: z.number().nullable(),
  npsComments: z.number().int().describe('comments with an NPS answer that mention the theme'),
  detractorShare: z.number().nullable(),
  promoterShare: z.number().nullable(),
  shareDifference: z.number().nullable(),
  shareP: z.number().nullable(),
  npsWith: z.number().nullable(),
  npsWithout: z.number().nullable(),
  npsEffect: z.number().nullable(),
  npsEffectP: z.number().nullable(),
  npsImpact: z.number().nullable(),
  significant: z.boolean(),
});
/** One theme's insight. */
export type ThemeInsight = z.infer<typeof themeInsight>;

/** Every theme of the codeframe (and "Other") over the analysed comments. */
export const themeInsights = z.object({
  comments: z.number().int(),
  ...sentimentCounts,
  npsComments: z.number().int(),
  nps: z.number().nullable(),
  themes: z.array(themeInsight),
});
/** Theme insights. */
export type ThemeInsights = z.infer<typeof themeInsights>;

/** Query of GET /text/themes/top. */
export const topThemesQuery = insightQuery.extend({
  groupBy: z.enum(['unit', 'month']).default('unit'),
  limit: z.coerce.number().int().min(1).max(10).default(3).describe('themes per group'),
});
/** The most mentioned themes of each unit or month. */
export const topThemes = z.object({
  groups: z.array(
    z.object({
      key: z.string().describe('the unit id or the month'),
      label: z.string(),
      comments: z.number().int(),
      themes: z.array(
        z.object({
          themeId: z.string(),
          name: z.string(),
          count: z.number().int(),
          share: z.number(),
          meanScore: z.number().nullable(),
        }),
      ),
    }),
  ),
});
/** Top themes per group. */
export type TopThemes = z.infer<typeof topThemes>;

/** Query of GET /text/trends. */
export const trendsQuery = insightQuery.extend({ themeId: themeId.optional().describe('one theme only') });
/** Each theme's month-by-month volume, share, sentiment and NPS of the comments mentioning it. */
export const themeTrends = z.object({
  months: z.array(z.string()),
  series: z.array(
    z.object({
      themeId: z.string(),
      name: z.string(),
      points: z.array(
        z.object({
          month: z.string(),
          count: z.number().int(),
          share: z.number().nullable(),
          meanScore: z.number().nullable(),
          npsWith: z.number().nullable(),
        }),
      ),
    }),
  ),
});
/** Theme trends. */
export type ThemeTrends = z.infer<typeof themeTrends>;
