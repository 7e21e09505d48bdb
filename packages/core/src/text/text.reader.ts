import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

/** One sentence of a read text: its token range (inclusive) and its original wording. */
export interface ReadSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A text as wink-nlp reads it: normalised tokens, negation scope and sentences, in flat arrays. */
export interface ReadText {
  readonly text: string;
  /** Lower-case normal form of each token (contractions expanded: "don't" → "do", "not"). */
  readonly tokens: readonly string[];
  /** wink-nlp's token type: word, number, punctuation, emoji, emoticon, url, … */
  readonly types: readonly string[];
  /** True where a negation ("not", "never", "no", "n't", …) covers the token. */
  readonly negated: readonly boolean[];
  readonly sentences: readonly ReadSentence[];
}

/** A read text with each token's part of speech, for phrase extraction. */
export interface TaggedText extends ReadText {
  readonly pos: readonly string[];
  /** Dictionary form of each token ("minutes" → "minute"). */
  readonly lemmas: readonly string[];
}

// The model takes ~0.3 s to load: load it once, on first use, with only the pipes each caller needs.
// Measured per 100k comments: sentences + negation 4.2 s, + wink's sentence sentiment 7.9 s. Its
// sentiment pipe is the dearest step, and the same lexicon is read word by word (cached) instead.
let analysisNlp: WinkMethods | undefined;
let posNlp: WinkMethods | undefined;
let sentimentNlp: WinkMethods | undefined;

function analysisEngine(): WinkMethods {
  analysisNlp ??= winkNLP(model, ['sbd', 'negation']);
  return analysisNlp;
}

function posEngine(): WinkMethods {
  posNlp ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return posNlp;
}

function sentimentEngine(): WinkMethods {
  sentimentNlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return sentimentNlp;
}

/** Reads a text with wink-nlp (sentences and negation; no part-of-speech tagging). */
export function readText(text: string): ReadText {
  const nlp = analysisEngine();
  const doc = nlp.readDoc(text);
  return toReadText(nlp, doc, text);
}

/** Reads a text with part-of-speech tags and lemmas too (slower; used to propose themes). */
export function readTaggedText(text: string): TaggedText {
  const nlp = posEngine();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    ...toReadText(nlp, doc, text),
    pos: tokens.out(nlp.its.pos) as string[],
    // wink's typings declare its.lemma with a different third parameter than tokens.out accepts.
    lemmas: tokens.out(nlp.its.lemma as unknown as typeof nlp.its.normal) as string[],
  };
}

function toReadText(nlp: WinkMethods, doc: ReturnType<WinkMethods['readDoc']>, text: string): ReadText {
  const its = nlp.its;
  const tokens = doc.tokens();
  const sentences = doc.sentences();
  const spans = sentences.out(its.span) as unknown as number[][];
  const texts = sentences.out();
  const read: ReadSentence[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    read[i] = { start: span[0]!, end: span[1]!, text: texts[i]! };
  }
  return {
    text,
    tokens: tokens.out(its.normal) as string[],
    types: tokens.out(its.type) as string[],
    negated: tokens.out(its.negationFlag) as boolean[],
    sentences: read,
  };
}

// Word scores are looked up once per distinct word; the cap keeps a long-running server's memory
// bounded when it sees endless typos (clearing only costs a few re-reads).
const WORD_CACHE_LIMIT = 100_000;
const wordScores = new Map<string, number>();

/** wink-nlp's lexicon score of a single word (−1..1; 0 when the word carries no sentiment). */
export function winkWordScore(word: string): number {
  let score = wordScores.get(word);
  if (score === undefined) {
    const nlp = sentimentEngine();
    score = nlp.readDoc(word).out(nlp.its.sentiment) as number;
    if (wordScores.size >= WORD_CACHE_LIMIT) wordScores.clear();
    wordScores.set(word, score);
  }
  return score;
}

/** Off-the-shelf wink-nlp sentiment of a whole text (mean of its sentences, −1..1): the baseline to beat. */
export function winkTextScore(text: string): number {
  const nlp = sentimentEngine();
  return nlp.readDoc(text).out(nlp.its.sentiment) as number;
}
