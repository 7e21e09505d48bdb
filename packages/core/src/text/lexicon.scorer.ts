import {
  DIMINISHER_FACTOR,
  DIMINISHERS,
  INTENSIFIER_FACTOR,
  INTENSIFIERS,
  WORD_OVERRIDES,
} from './sentiment.lexicon';
import { servicePhraseAt } from './service-phrases.lexicon';
import { type ReadText, winkWordScore } from './text.reader';

/** Lexicon evidence of a span: the summed word and phrase scores and how many there were. */
export interface LexiconEvidence {
  readonly sum: number;
  /** Number of opinion-bearing words or phrases found. */
  readonly hits: number;
}

// "not great" is milder than "terrible": a negation flips and damps (VADER measured 0.74).
const NEGATION_FACTOR = 0.74;
// In "the food was fine but the service was awful" the clause after "but" decides (VADER's rule).
const BEFORE_BUT = 0.5;
const AFTER_BUT = 1.5;
// Each "!" (up to 3) strengthens the whole span a little.
const EXCLAMATION_STEP = 0.15;
const SQUASH_ALPHA = 1;
const WORD_TYPES = new Set(['word', 'emoji', 'emoticon', 'hashtag']);

/** Squashes a lexicon sum into −1..1 so that long texts do not dominate: s / √(s² + 1). */
export function squash(sum: number): number {
  return sum / Math.sqrt(sum * sum + SQUASH_ALPHA);
}

/**
 * Lexicon evidence of tokens start..end: each sentence scored on its own ("but" and "!" act within
 * their sentence), then summed.
 */
export function spanLexicon(read: ReadText, start: number, end: number): LexiconEvidence {
  let sum = 0;
  let hits = 0;
  for (const s of read.sentences) {
    if (s.end < start || s.start > end) continue;
    const e = sentenceLexicon(read, Math.max(start, s.start), Math.min(end, s.end));
    sum += e.sum;
    hits += e.hits;
  }
  return { sum, hits };
}

/** Scores one sentence's tokens start..end (inclusive) with wink's lexicon plus Centric's service vocabulary. */
export function sentenceLexicon(read: ReadText, start: number, end: number): LexiconEvidence {
  const { tokens, types, negated } = read;
  let butAt = -1;
  let exclamations = 0;
  for (let i = start; i <= end; i++) {
    const t = tokens[i]!;
    if (t === 'but') butAt = i;
    else if (t === '!') exclamations++;
  }
  let sum = 0;
  let hits = 0;
  for (let i = start; i <= end; i++) {
    const t = tokens[i]!;
    const type = types[i]!;
    let v = 0;
    if (WORD_TYPES.has(type)) {
      // A phrase decides its last word's score: "stopped working" must not keep "working"'s +0.6.
      const phrase = servicePhraseAt(tokens, types, i, start, end);
      if (phrase) {
        v = phrase.negatable && negated[i] ? -NEGATION_FACTOR * phrase.score : phrase.score;
      } else {
        v = WORD_OVERRIDES.get(t) ?? winkWordScore(t);
        if (v !== 0) {
          const prev = i > start ? tokens[i - 1]! : '';
          if (INTENSIFIERS.has(prev)) v *= INTENSIFIER_FACTOR;
          else if (DIMINISHERS.has(prev)) v *= DIMINISHER_FACTOR;
          if (negated[i]) v *= -NEGATION_FACTOR;
        }
      }
    }
    if (v === 0) continue;
    if (butAt >= 0) v *= i < butAt ? BEFORE_BUT : AFTER_BUT;
    sum += v;
    hits++;
  }
  if (exclamations > 0) sum *= 1 + EXCLAMATION_STEP * Math.min(exclamations, 3);
  return { sum, hits };
}
