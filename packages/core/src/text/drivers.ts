import { fail } from '../errors';
import { OTHER_THEME_ID } from './codeframe';
import { type NpsCounts, nps, npsDifferenceZTest, twoProportionZTest } from './stats';
import type { TaggedComment } from './theme.tagger';

/** One scored comment: its 0–10 recommendation score and the themes it was tagged with. */
export interface DriverResponse {
  readonly score: number;
  readonly themeIds: readonly string[];
}

/** What a theme does to NPS: who mentions it, and the NPS of comments with it against those without. */
export interface ThemeDriver {
  readonly themeId: string;
  /** Comments mentioning the theme, and their share of all comments. */
  readonly count: number;
  readonly share: number;
  /** Share of detractors' comments that mention it, and of promoters' comments. */
  readonly detractorShare: number;
  readonly promoterShare: number;
  /** detractorShare − promoterShare, with its two-proportion z-test. */
  readonly shareDifference: number;
  readonly shareP: number;
  readonly npsWith: number;
  readonly npsWithout: number;
  /** npsWith − npsWithout in points, with its z-test (independent groups). */
  readonly npsEffect: number;
  readonly npsEffectP: number;
  /** Overall NPS − npsWithout: the points this theme adds to (or costs) the overall NPS. */
  readonly npsImpact: number;
  /** True when the NPS effect is significant at the chosen level. */
  readonly significant: boolean;
}

/** Options of {@link themeDrivers}. */
export interface DriverOptions {
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /** Themes mentioned by fewer comments are left out (default 1). */
  readonly minCount?: number;
}

/** The group of a 0–10 score. */
export function npsGroup(score: number): 'promoter' | 'passive' | 'detractor' {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw fail.invalid(`a recommendation score is a whole number from 0 to 10, not ${score}`);
  }
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** The theme ids of a tagged comment, "other" when none, for {@link themeDrivers}. */
export function themeIdsOf(tagged: TaggedComment): string[] {
  return tagged.other ? [OTHER_THEME_ID] : tagged.themes.map((t) => t.themeId);
}

/**
 * For each theme: its share among detractors vs promoters and its effect on NPS, with significance.
 * Sorted by impact, most damaging first: the top rows are what drives detractors.
 */
export function themeDrivers(
  responses: readonly DriverResponse[],
  options: DriverOptions = {},
): ThemeDriver[] {
  const total = { promoters: 0, passives: 0, detractors: 0 };
  const withTheme = new Map<string, { promoters: number; passives: number; detractors: number }>();
  for (const r of responses) {
    const group = npsGroup(r.score);
    const key = group === 'promoter' ? 'promoters' : group === 'passive' ? 'passives' : 'detractors';
    total[key]++;
    for (const id of new Set(r.themeIds)) {
      let c = withTheme.get(id);
      if (!c) {
        c = { promoters: 0, passives: 0, detractors: 0 };
        withTheme.set(id, c);
      }
      c[key]++;
    }
  }
  return themeDriversFromCounts(total, withTheme, options);
}

/**
 * {@link themeDrivers} from counts already aggregated (rollups): the NPS groups of all comments, and of the
 * comments mentioning each theme (each comment counted once per theme).
 */
export function themeDriversFromCounts(
  total: NpsCounts,
  withTheme: ReadonlyMap<string, NpsCounts>,
  options: DriverOptions = {},
): ThemeDriver[] {
  const alpha = options.alpha ?? 0.05;
  const minCount = options.minCount ?? 1;
  const n = total.promoters + total.passives + total.detractors;
  const overall = nps(total);
  const drivers: ThemeDriver[] = [];
  for (const [themeId, w] of withTheme) {
    const count = w.promoters + w.passives + w.detractors;
    if (count < minCount) continue;
    if (w.promoters > total.promoters || w.passives > total.passives || w.detractors > total.detractors)
      throw fail.invalid(`theme ${themeId} has more comments than there are in all`);
    const without: NpsCounts = {
      promoters: total.promoters - w.promoters,
      passives: total.passives - w.passives,
      detractors: total.detractors - w.detractors,
    };
    const shares = twoProportionZTest(w.detractors, total.detractors, w.promoters, total.promoters);
    const effect = npsDifferenceZTest(w, without);
    const npsWithout = nps(without);
    drivers.push({
      themeId,
      count,
      share: count / n,
      detractorShare: ratio(w.detractors, total.detractors),
      promoterShare: ratio(w.promoters, total.promoters),
      shareDifference: shares.difference,
      shareP: shares.p,
      npsWith: nps(w),
      npsWithout,
      npsEffect: effect.difference,
      npsEffectP: effect.p,
      npsImpact: overall - npsWithout,
      significant: effect.p < alpha,
    });
  }
  // NaN impacts (a theme in every comment) sort last.
  const key = (d: ThemeDriver) => (Number.isNaN(d.npsImpact) ? Number.POSITIVE_INFINITY : d.npsImpact);
  return drivers.sort((a, b) => key(a) - key(b) || a.themeId.localeCompare(b.themeId));
}

function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}
