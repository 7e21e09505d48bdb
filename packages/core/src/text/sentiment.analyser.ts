import {
  compileSentimentModel,
  type SentimentModel,
  type SpanMargin,
  sentimentMargin,
} from './sentiment.model';
import { scoreRead } from './sentiment.scorer';
import shippedModel from './sentiment-model.json' with { type: 'json' };
import { type ReadText, readText } from './text.reader';

/** Three-class sentiment: a text with no opinion is neutral. */
export type SentimentLabel = 'positive' | 'neutral' | 'negative';

/** A label with its score in −1..1 (the sign is the forced choice between positive and negative). */
export interface SentimentScore {
  readonly label: SentimentLabel;
  readonly score: number;
}

/** The sentiment of one sentence, with its index among the text's sentences. */
export interface SentenceSentiment extends SentimentScore {
  readonly text: string;
  readonly index: number;
}

/** The sentiment of a whole comment and of each of its sentences. */
export interface TextSentiment extends SentimentScore {
  readonly sentences: readonly SentenceSentiment[];
}

/** Scores texts with one trained model. */
export interface SentimentAnalyser {
  /** Reads and scores a text. */
  analyse(text: string): TextSentiment;
  /** Scores a text already read (so a caller that also tags themes reads it only once). */
  analyseRead(read: ReadText): TextSentiment;
  /** Scores tokens start..end of a read text. */
  scoreSpan(read: ReadText, start: number, end: number): SentimentScore;
  /** Scores strictly inside ±neutralBand are labelled neutral. */
  readonly neutralBand: number;
}

/** Options of {@link createSentimentAnalyser}. */
export interface AnalyserOptions {
  /** Scores strictly inside ±band are labelled neutral. */
  readonly neutralBand?: number;
}

/** Scores within ±0.3 (a positive probability between 0.35 and 0.65) are neutral. */
export const DEFAULT_NEUTRAL_BAND = 0.3;

/**
 * A span without a single lexicon word or service phrase has its score halved. The model learned from
 * reviews that opinion-less sentences lean negative ("I went there for lunch" is usually the start of a
 * complaint), which helps the forced choice but must not call a plain statement negative: halving
 * keeps the sign (the forced choice) and lets only strong learned evidence leave the neutral band.
 */
export const NO_LEXICON_EVIDENCE_FACTOR = 0.5;

/** The model shipped with Centric (trained on all three UCI sites; provenance in README.md). */
export const SHIPPED_SENTIMENT_MODEL = shippedModel as SentimentModel;

/** Builds an analyser around a trained model. */
export function createSentimentAnalyser(
  model: SentimentModel,
  options: AnalyserOptions = {},
): SentimentAnalyser {
  const compiled = compileSentimentModel(model);
  const band = options.neutralBand ?? DEFAULT_NEUTRAL_BAND;
  const scoreSpan = (read: ReadText, start: number, end: number) =>
    toScore(sentimentMargin(compiled, read, start, end), band);
  const analyseRead = (read: ReadText): TextSentiment => {
    if (read.tokens.length === 0) return { label: 'neutral', score: 0, sentences: [] };
    const margins = scoreRead(compiled, read);
    const sentences = read.sentences.map((s, index): SentenceSentiment => {
      const { label, score } = toScore(margins.sentences[index]!, band);
      return { label, score, text: s.text, index };
    });
    const whole = toScore(margins.text, band);
    return { label: whole.label, score: whole.score, sentences };
  };
  return { analyse: (text) => analyseRead(readText(text)), analyseRead, scoreSpan, neutralBand: band };
}

let defaultAnalyser: SentimentAnalyser | undefined;

/** The analyser with the shipped model and default neutral band. */
export function defaultSentimentAnalyser(): SentimentAnalyser {
  defaultAnalyser ??= createSentimentAnalyser(SHIPPED_SENTIMENT_MODEL);
  return defaultAnalyser;
}

/** Sentiment of a comment and of each sentence in it, with the shipped model. */
export function analyseSentiment(text: string): TextSentiment {
  return defaultSentimentAnalyser().analyse(text);
}

/** Maps a score to its three-class label. */
export function labelOf(score: number, neutralBand = DEFAULT_NEUTRAL_BAND): SentimentLabel {
  if (score >= neutralBand) return 'positive';
  if (score <= -neutralBand) return 'negative';
  return 'neutral';
}

function toScore({ margin, lexiconHits }: SpanMargin, band: number): SentimentScore {
  // tanh(z/2) = 2·P(positive) − 1: a probability stretched to −1..1.
  const stretched = Math.tanh(margin / 2) * (lexiconHits > 0 ? 1 : NO_LEXICON_EVIDENCE_FACTOR);
  const score = Math.round(stretched * 1000) / 1000;
  return { label: labelOf(score, band), score };
}
