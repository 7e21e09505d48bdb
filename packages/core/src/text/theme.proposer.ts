import type { Codeframe } from './codeframe';
import { compileCodeframe } from './term.matcher';
import { readTaggedText, readText, type TaggedText } from './text.reader';

/** A candidate phrase: how many comments use it and how much more than expected. */
export interface PhraseCandidate {
  readonly phrase: string;
  /** Comments containing it. */
  readonly count: number;
  /**
   * How much more often than expected it occurs: against the background comments when given (share
   * here ÷ share there), else for a compound against its words' independent rates ("wait time").
   */
  readonly lift: number;
  /** count × (1 + ln lift): frequent first, then distinctive. */
  readonly score: number;
}

/** A proposed theme: phrases sharing a head noun ("service", "customer service", "room service"). */
export interface ThemeProposal {
  readonly name: string;
  /** The terms to give the theme if accepted, best first. */
  readonly terms: readonly string[];
  readonly phrases: readonly PhraseCandidate[];
  /** Comments mentioning any of its phrases. */
  readonly count: number;
  readonly score: number;
  /** Indexes of up to 3 comments that mention it, to show the analyst. */
  readonly examples: readonly number[];
}

/** Options of {@link proposeThemes}. */
export interface ProposalOptions {
  /** At most this many proposals (default 30). */
  readonly maxThemes?: number;
  /** A phrase must occur in at least this many comments (default: 3, or 0.5% of comments if more). */
  readonly minCount?: number;
  /** At most this many terms per proposal (default 6). */
  readonly maxTerms?: number;
  /** Comments to compare with (e.g. all comments when proposing from "Other", or promoters for detractors). */
  readonly background?: readonly string[];
  /** Skip phrases this codeframe's terms already match (ignored themes included). */
  readonly exclude?: Codeframe;
  /**
   * A one-word phrase must be a noun in at least this share of its uses (default 0.7): the tagger
   * matches every use, so "special" (mostly "a special night") would tag the wrong comments.
   */
  readonly minNounShare?: number;
}

// Nouns that say nothing about what a comment is about.
const GENERIC_NOUNS = new Set([
  'thing',
  'things',
  'lot',
  'lots',
  'way',
  'bit',
  'time',
  'times',
  'day',
  'one',
  'ones',
  'kind',
  'sort',
  'type',
  'something',
  'anything',
  'everything',
  'nothing',
  'part',
  'reason',
  'fact',
  'point',
  'end',
  'side',
  'number',
  'couple',
  'bunch',
  'top',
  'minute',
  'hour',
  'week',
  'month',
  'year',
  'night',
  'star',
  'review',
  'experience',
  'place',
  'spot',
  'people',
  'person',
  'guy',
  'friend',
  'husband',
  'wife',
  'family',
  'everyone',
  'anyone',
  'someone',
  'nobody',
  'world',
  'city',
]);
const WORD = /^[a-z][a-z'-]*[a-z]$/;
const MAX_COMPOUND = 3;

/**
 * Proposes themes from comments: noun phrases (compounds and their head nouns) ranked by frequency and
 * lift, grouped by head noun. Pure and deterministic: the same comments give the same proposals.
 */
export function proposeThemes(comments: readonly string[], options: ProposalOptions = {}): ThemeProposal[] {
  const minCount = options.minCount ?? Math.max(3, Math.ceil(comments.length * 0.005));
  const maxTerms = options.maxTerms ?? 6;
  const exclude = options.exclude ? compileCodeframe(options.exclude) : undefined;
  const minNounShare = options.minNounShare ?? 0.7;

  const found = countPhrases(comments);
  const background = options.background ? countPhrases(options.background) : undefined;
  const n = Math.max(1, comments.length);

  const candidates: (PhraseCandidate & { head: string })[] = [];
  for (const [phrase, docs] of found.docs) {
    const count = docs.length;
    if (count < minCount) continue;
    if (exclude && exclude.match(readText(phrase)).length > 0) continue;
    const words = phrase.split(' ');
    if (words.length === 1 && (found.nouns.get(phrase) ?? 0) < minNounShare * (found.uses.get(phrase) ?? 0))
      continue;
    let lift = 1;
    if (background) {
      const there = background.docs.get(phrase)?.length ?? 0;
      // Add-one smoothing so a phrase absent from the background gets a large but finite lift.
      lift = count / n / ((there + 1) / (Math.max(1, background.comments) + 1));
    } else if (words.length > 1) {
      const first = found.words.get(words[0]!) ?? count;
      const head = found.words.get(words[words.length - 1]!) ?? count;
      lift = (count * n) / (first * head);
    }
    const score = count * (1 + Math.log(Math.max(1, lift)));
    candidates.push({
      phrase,
      count,
      lift: round(lift),
      score: round(score),
      head: words[words.length - 1]!,
    });
  }

  const groups = new Map<string, (PhraseCandidate & { head: string })[]>();
  for (const c of candidates) {
    const list = groups.get(c.head);
    if (list) list.push(c);
    else groups.set(c.head, [c]);
  }
  const proposals: ThemeProposal[] = [];
  for (const [, list] of groups) {
    list.sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase));
    const phrases = list.slice(0, maxTerms).map(({ head: _, ...p }) => p);
    const docs = new Set<number>();
    for (const p of phrases) for (const d of found.docs.get(p.phrase)!) docs.add(d);
    const top = phrases[0]!;
    proposals.push({
      name: top.phrase.charAt(0).toUpperCase() + top.phrase.slice(1),
      terms: phrases.map((p) => p.phrase),
      phrases,
      count: docs.size,
      score: round(phrases.reduce((s, p) => s + p.score, 0)),
      examples: [...docs].sort((a, b) => a - b).slice(0, 3),
    });
  }
  proposals.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return proposals.slice(0, options.maxThemes ?? 30);
}

/**
 * Proposes new themes from the comments no theme tagged ("Other"), against all comments as the
 * background, skipping everything the codeframe already covers.
 */
export function proposeFromOther(
  comments: readonly string[],
  tagged: readonly { readonly other: boolean }[],
  codeframe: Codeframe,
  options: Omit<ProposalOptions, 'background' | 'exclude'> = {},
): ThemeProposal[] {
  const other = comments.filter((_, i) => tagged[i]?.other);
  const proposals = proposeThemes(other, { ...options, background: comments, exclude: codeframe });
  // Examples index the Other comments: map them back to the caller's indexes.
  const positions = comments.flatMap((_, i) => (tagged[i]?.other ? [i] : []));
  return proposals.map((p) => ({ ...p, examples: p.examples.map((e) => positions[e]!) }));
}

interface PhraseCounts {
  readonly comments: number;
  /** Phrase → indexes of the comments containing it (each once, ascending). */
  readonly docs: Map<string, number[]>;
  /** Word → number of comments containing it as a noun, for the compound lift. */
  readonly words: Map<string, number>;
  /** Lemma → uses as a noun, and uses as a noun, adjective, verb or adverb. */
  readonly nouns: Map<string, number>;
  readonly uses: Map<string, number>;
}

const CONTENT_POS = new Set(['NOUN', 'ADJ', 'VERB', 'ADV']);

function countPhrases(comments: readonly string[]): PhraseCounts {
  const docs = new Map<string, number[]>();
  const words = new Map<string, number>();
  const nouns = new Map<string, number>();
  const uses = new Map<string, number>();
  const seen = new Set<string>();
  comments.forEach((comment, d) => {
    const read = readTaggedText(lowerSentenceStarts(comment));
    for (let i = 0; i < read.pos.length; i++) {
      const pos = read.pos[i]!;
      if (!CONTENT_POS.has(pos)) continue;
      const lemma = read.lemmas[i]!;
      uses.set(lemma, (uses.get(lemma) ?? 0) + 1);
      if (pos === 'NOUN') nouns.set(lemma, (nouns.get(lemma) ?? 0) + 1);
    }
    seen.clear();
    for (const phrase of nounPhrases(read)) {
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      const list = docs.get(phrase);
      if (list) list.push(d);
      else docs.set(phrase, [d]);
      if (!phrase.includes(' ')) words.set(phrase, (words.get(phrase) ?? 0) + 1);
    }
  });
  return { comments: comments.length, docs, words, nouns, uses };
}

// wink's tagger reads a capitalised sentence start as a proper noun ("Customer/PROPN service",
// "Great/PROPN service"); lower-casing it gives the noun or adjective it really is.
function lowerSentenceStarts(text: string): string {
  return text.replace(
    /(^|[.!?]\s+)(\p{Lu})(?=\p{Ll})/gu,
    (_, before: string, letter: string) => before + letter.toLowerCase(),
  );
}

/** Each run of nouns yields its head noun (lemma) and its compound ending in the head ("wait time"). */
function nounPhrases(read: TaggedText): string[] {
  const out: string[] = [];
  for (const s of read.sentences) {
    let runStart = -1;
    for (let i = s.start; i <= s.end + 1; i++) {
      const isNoun = i <= s.end && read.pos[i] === 'NOUN' && WORD.test(read.tokens[i]!);
      if (isNoun && runStart < 0) runStart = i;
      if (isNoun || runStart < 0) continue;
      const end = i - 1;
      const head = read.lemmas[end]!;
      if (WORD.test(head)) {
        // A generic head says nothing alone ("time") but can in a compound ("wait time").
        if (!GENERIC_NOUNS.has(head)) out.push(head);
        const from = Math.max(runStart, end - MAX_COMPOUND + 1);
        if (from < end) out.push([...read.tokens.slice(from, end), head].join(' '));
      }
      runStart = -1;
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
