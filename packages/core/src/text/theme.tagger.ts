import { ancestry, type Codeframe } from './codeframe';
import {
  defaultSentimentAnalyser,
  labelOf,
  type SentimentAnalyser,
  type SentimentScore,
  type TextSentiment,
} from './sentiment.analyser';
import { compileCodeframe, type TermMatch } from './term.matcher';
import { type ReadText, readText } from './text.reader';

/** Where a theme is mentioned: the sentence index and the term that matched. */
export interface ThemeMention {
  readonly sentence: number;
  readonly term: string;
}

/** A theme found in a comment, with the sentiment of the sentence(s) mentioning it. */
export interface ThemeTag extends SentimentScore {
  readonly themeId: string;
  readonly name: string;
  readonly mentions: readonly ThemeMention[];
}

/** A comment's themes; `other` when no theme tags it (it then belongs to the "Other" pseudo-theme). */
export interface TaggedComment {
  readonly themes: readonly ThemeTag[];
  readonly other: boolean;
}

/** A comment's sentiment and themes from a single reading. */
export interface AnalysedComment extends TaggedComment {
  readonly sentiment: TextSentiment;
}

/** Options of the tagger. */
export interface TaggingOptions {
  /** Also tag every ancestor of a matched theme (a mention of "Wait time" counts for "Service"). */
  readonly includeAncestors?: boolean;
  /** The sentiment analyser (defaults to the shipped model). */
  readonly analyser?: SentimentAnalyser;
}

/** Tags a comment with the codeframe's themes, each with the sentiment of the sentence that mentions it. */
export function tagComment(text: string, codeframe: Codeframe, options: TaggingOptions = {}): TaggedComment {
  const read = readText(text);
  const analyser = options.analyser ?? defaultSentimentAnalyser();
  // Only sentences that mention a theme are scored: tagging alone should not pay for full sentiment.
  const scores = new Map<number, number>();
  const sentenceScore = (s: number) => {
    let score = scores.get(s);
    if (score === undefined) {
      const sentence = read.sentences[s]!;
      score = analyser.scoreSpan(read, sentence.start, sentence.end).score;
      scores.set(s, score);
    }
    return score;
  };
  return tagRead(read, codeframe, sentenceScore, { ...options, neutralBand: analyser.neutralBand });
}

/** Sentiment of a comment and of each sentence, and its themes, reading the text once. */
export function analyseComment(
  text: string,
  codeframe: Codeframe,
  options: TaggingOptions = {},
): AnalysedComment {
  const read = readText(text);
  const analyser = options.analyser ?? defaultSentimentAnalyser();
  const sentiment = analyser.analyseRead(read);
  const tagged = tagRead(read, codeframe, (s) => sentiment.sentences[s]?.score ?? 0, {
    ...options,
    neutralBand: analyser.neutralBand,
  });
  return { sentiment, themes: tagged.themes, other: tagged.other };
}

/** {@link analyseComment} over many comments (one reading each; the codeframe is compiled once). */
export function analyseComments(
  texts: readonly string[],
  codeframe: Codeframe,
  options: TaggingOptions = {},
): AnalysedComment[] {
  return texts.map((text) => analyseComment(text, codeframe, options));
}

/** Tags an already read text; `sentenceScore` gives the sentiment score of sentence i. */
export function tagRead(
  read: ReadText,
  codeframe: Codeframe,
  sentenceScore: (sentence: number) => number,
  options: Pick<TaggingOptions, 'includeAncestors'> & { readonly neutralBand?: number } = {},
): TaggedComment {
  const compiled = compileCodeframe(codeframe);
  const matches = compiled.match(read);
  if (matches.length === 0) return NO_THEMES;
  const mentions = new Map<string, ThemeMention[]>();
  const add = (themeId: string, mention: ThemeMention) => {
    const list = mentions.get(themeId);
    if (!list) mentions.set(themeId, [mention]);
    else if (!list.some((m) => m.sentence === mention.sentence && m.term === mention.term))
      list.push(mention);
  };
  for (const m of matches) {
    const mention = { sentence: sentenceOf(read, m), term: m.term };
    const ids = options.includeAncestors ? ancestry(codeframe, m.themeId) : [m.themeId];
    for (const id of ids) add(id, mention);
  }
  const themes: ThemeTag[] = [];
  for (const [themeId, list] of mentions) {
    const theme = compiled.themes.get(themeId)!;
    // An ignored ancestor reached through includeAncestors still tags nothing.
    if (theme.ignored) continue;
    const sentences = [...new Set(list.map((m) => m.sentence))];
    const score =
      Math.round((sentences.reduce((s, i) => s + sentenceScore(i), 0) / sentences.length) * 1000) / 1000;
    themes.push({
      themeId,
      name: theme.name,
      label: labelOf(score, options.neutralBand),
      score,
      mentions: list,
    });
  }
  return themes.length > 0 ? { themes, other: false } : NO_THEMES;
}

const NO_THEMES: TaggedComment = Object.freeze({
  themes: Object.freeze([]) as readonly ThemeTag[],
  other: true,
});

function sentenceOf(read: ReadText, m: TermMatch): number {
  const sentences = read.sentences;
  for (let s = 0; s < sentences.length; s++) if (m.start <= sentences[s]!.end) return s;
  return Math.max(0, sentences.length - 1);
}
