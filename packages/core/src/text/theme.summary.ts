import { OTHER_THEME_ID } from './codeframe';
import type { TaggedComment } from './theme.tagger';

/** How often a theme comes up and how people feel about it, over many comments. */
export interface ThemeSummary {
  readonly themeId: string;
  readonly name: string;
  readonly count: number;
  /** Share of the comments summarised. */
  readonly share: number;
  readonly positive: number;
  readonly neutral: number;
  readonly negative: number;
  /** Mean sentiment score (−1..1) of its mentions; 0 for the "Other" pseudo-theme. */
  readonly meanScore: number;
}

/** Counts each theme (and "Other") over tagged comments with the sentiment of its mentions, most frequent first. */
export function summariseThemes(tagged: readonly TaggedComment[]): ThemeSummary[] {
  const acc = new Map<
    string,
    { name: string; count: number; pos: number; neu: number; neg: number; sum: number }
  >();
  const get = (id: string, name: string) => {
    let a = acc.get(id);
    if (!a) {
      a = { name, count: 0, pos: 0, neu: 0, neg: 0, sum: 0 };
      acc.set(id, a);
    }
    return a;
  };
  for (const comment of tagged) {
    if (comment.other) get(OTHER_THEME_ID, 'Other').count++;
    for (const tag of comment.themes) {
      const a = get(tag.themeId, tag.name);
      a.count++;
      a.sum += tag.score;
      if (tag.label === 'positive') a.pos++;
      else if (tag.label === 'negative') a.neg++;
      else a.neu++;
    }
  }
  const n = Math.max(1, tagged.length);
  return [...acc]
    .map(([themeId, a]) => ({
      themeId,
      name: a.name,
      count: a.count,
      share: a.count / n,
      positive: a.pos,
      neutral: a.neu,
      negative: a.neg,
      meanScore: themeId === OTHER_THEME_ID ? 0 : Math.round((a.sum / a.count) * 1000) / 1000,
    }))
    .sort((x, y) => y.count - x.count || x.themeId.localeCompare(y.themeId));
}
