import { acceptProposal, type Codeframe, createCodeframe } from './codeframe';
import { type AssignmentOptions, assignProposals } from './proposal.assigner';
import { defaultSentimentAnalyser, type SentimentAnalyser } from './sentiment.analyser';
import { RESTAURANT_STARTER } from './starter-codeframes';
import { readText } from './text.reader';
import { type ProposalOptions, proposeThemes } from './theme.proposer';
import { tagRead } from './theme.tagger';

/** A gold aspect category of a sentence and its polarity. */
export interface GoldCategory {
  readonly category: string;
  readonly polarity: string;
}

/** A SemEval-2014 Task 4 sentence with its gold aspect categories. */
export interface AspectSentence {
  readonly id: string;
  readonly text: string;
  readonly categories: readonly GoldCategory[];
}

/** The categories a codeframe is scored on ("anecdotes/miscellaneous" is not a theme). */
export const SEMEVAL_CATEGORIES = ['food', 'service', 'price', 'ambience'] as const;

/** How a codeframe's tags compare with the gold categories. */
export interface ThemeEvaluation {
  readonly sentences: number;
  /** Sentences with a gold food/service/price/ambience category. */
  readonly withCategory: number;
  /** Theme tags given, counted once per category and sentence. */
  readonly tags: number;
  /** Share of tags matching a gold category of their sentence. */
  readonly precision: number;
  /** Share of sentences with a gold category that got at least one tag. */
  readonly coverage: number;
  /** Share of gold categories found (recall). */
  readonly recall: number;
  /** Share of all sentences whose tagged categories equal their gold ones exactly. */
  readonly exactAccuracy: number;
  /** Among correct tags whose gold polarity is positive or negative: share whose score has that sign. */
  readonly sentimentAccuracy: number;
  /** Precision per category. */
  readonly byCategory: Readonly<Record<string, { tags: number; precision: number; recall: number }>>;
}

/** Parses SemEval-2014 Task 4 XML (sentences with `aspectCategory` elements). Pure: a string in. */
export function parseSemevalXml(xml: string): AspectSentence[] {
  const out: AspectSentence[] = [];
  for (const m of xml.matchAll(/<sentence\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/sentence>/g)) {
    const body = m[2]!;
    const text = /<text>([\s\S]*?)<\/text>/.exec(body)?.[1] ?? '';
    const categories = [...body.matchAll(/<aspectCategory\b([^>]*)\/?>/g)].map((c) => ({
      category: decode(/category="([^"]*)"/.exec(c[1]!)?.[1] ?? ''),
      polarity: decode(/polarity="([^"]*)"/.exec(c[1]!)?.[1] ?? ''),
    }));
    out.push({ id: decode(m[1]!), text: decode(text), categories });
  }
  return out;
}

/**
 * Builds a restaurant codeframe the way an analyst would start in Centric, with no gold labels: the
 * starter themes (a short list of terms each), then the product's proposals from the texts, each put
 * under the theme the assigner suggests. Accepting the clear ones first and asking again lets the
 * others be judged against the richer themes (pizza sentences stop looking "unthemed" once sushi and
 * pasta are Food); what is still unclear after a few rounds is kept but ignored.
 */
export function buildRestaurantCodeframe(
  texts: readonly string[],
  options: {
    readonly proposals?: ProposalOptions;
    readonly assignment?: AssignmentOptions;
    readonly rounds?: number;
  } = {},
): Codeframe {
  let codeframe = createCodeframe(RESTAURANT_STARTER);
  let pending = proposeThemes(texts, { maxThemes: 60, ...options.proposals, exclude: codeframe });
  for (let round = 0; round < (options.rounds ?? 3) && pending.length > 0; round++) {
    const assignments = assignProposals(pending, texts, codeframe, options.assignment);
    for (const a of assignments)
      if (a.themeId) codeframe = acceptProposal(codeframe, a.proposal, { parentId: a.themeId });
    const unclear = assignments.filter((a) => !a.themeId).map((a) => a.proposal);
    if (unclear.length === pending.length) break;
    pending = unclear;
  }
  for (const proposal of pending) codeframe = acceptProposal(codeframe, proposal, { ignored: true });
  return codeframe;
}

/**
 * Tags every sentence with the codeframe and scores the tags against the gold categories. A theme
 * counts as the category named like its top-level ancestor (or as `categoryOf` says); a tag whose
 * theme maps to no category counts as wrong.
 */
export function evaluateThemes(
  sentences: readonly AspectSentence[],
  codeframe: Codeframe,
  options: {
    readonly categoryOf?: (themeId: string) => string | undefined;
    readonly analyser?: SentimentAnalyser;
  } = {},
): ThemeEvaluation {
  const categories = new Set<string>(SEMEVAL_CATEGORIES);
  const byId = new Map(codeframe.themes.map((t) => [t.id, t]));
  const rootCategory = (themeId: string): string | undefined => {
    let theme = byId.get(themeId);
    for (let guard = 0; theme?.parentId && guard < 100; guard++) theme = byId.get(theme.parentId);
    const name = theme?.name.toLowerCase();
    return name && categories.has(name) ? name : undefined;
  };
  const categoryOf = options.categoryOf ?? rootCategory;
  const analyser = options.analyser ?? defaultSentimentAnalyser();
  const perCategory = new Map<string, { tags: number; correct: number; gold: number }>();
  const stat = (c: string) => {
    let s = perCategory.get(c);
    if (!s) {
      s = { tags: 0, correct: 0, gold: 0 };
      perCategory.set(c, s);
    }
    return s;
  };
  let withCategory = 0;
  let covered = 0;
  let tags = 0;
  let correct = 0;
  let goldTotal = 0;
  let exact = 0;
  let polarTags = 0;
  let polarCorrect = 0;
  for (const sentence of sentences) {
    const gold = new Map<string, string>();
    for (const g of sentence.categories) if (categories.has(g.category)) gold.set(g.category, g.polarity);
    const read = readText(sentence.text);
    const scores = new Map<number, number>();
    const tagged = tagRead(read, codeframe, (i) => {
      let s = scores.get(i);
      if (s === undefined) {
        const span = read.sentences[i]!;
        s = analyser.scoreSpan(read, span.start, span.end).score;
        scores.set(i, s);
      }
      return s;
    });
    // One tag per category: two food sub-themes in a sentence are one food tag.
    const predicted = new Map<string, number>();
    let unmapped = 0;
    for (const tag of tagged.themes) {
      const c = categoryOf(tag.themeId);
      if (c === undefined) unmapped++;
      else if (!predicted.has(c)) predicted.set(c, tag.score);
    }
    tags += predicted.size + unmapped;
    goldTotal += gold.size;
    if (gold.size > 0) {
      withCategory++;
      if (predicted.size + unmapped > 0) covered++;
    }
    for (const c of gold.keys()) stat(c).gold++;
    for (const [c, score] of predicted) {
      const s = stat(c);
      s.tags++;
      const polarity = gold.get(c);
      if (polarity === undefined) continue;
      correct++;
      s.correct++;
      if (polarity === 'positive' || polarity === 'negative') {
        polarTags++;
        if (score > 0 === (polarity === 'positive')) polarCorrect++;
      }
    }
    if (unmapped === 0 && predicted.size === gold.size && [...predicted.keys()].every((c) => gold.has(c)))
      exact++;
  }
  const byCategory: Record<string, { tags: number; precision: number; recall: number }> = {};
  for (const [c, s] of perCategory) {
    byCategory[c] = { tags: s.tags, precision: ratio(s.correct, s.tags), recall: ratio(s.correct, s.gold) };
  }
  return {
    sentences: sentences.length,
    withCategory,
    tags,
    precision: ratio(correct, tags),
    coverage: ratio(covered, withCategory),
    recall: ratio(correct, goldTotal),
    exactAccuracy: ratio(exact, sentences.length),
    sentimentAccuracy: ratio(polarCorrect, polarTags),
    byCategory,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
