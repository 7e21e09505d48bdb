import type { Codeframe, Theme } from './codeframe';
import { type ReadText, readText } from './text.reader';

/** One term found in a text: which theme, which term, which tokens (inclusive). */
export interface TermMatch {
  readonly themeId: string;
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/** A codeframe turned into a token index, built once and reused for every comment. */
export interface CompiledCodeframe {
  readonly codeframe: Codeframe;
  readonly themes: ReadonlyMap<string, Theme>;
  /** Finds the active (not ignored) themes' terms in a read text; a term inside a longer match is dropped. */
  match(read: ReadText): TermMatch[];
}

interface Entry {
  readonly themeId: string;
  readonly term: string;
  /** Accepted forms of each word after the first; the last word's plural/singular forms are accepted. */
  readonly rest: readonly ReadonlySet<string>[];
  /** When the term ends in "*", the last word is a prefix. */
  readonly prefixLast: boolean;
  readonly lastPrefix: string;
}

// Fixed expressions in which a word is not the thing it names: "of course" is not about a course.
const IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['course', new Set(['of'])],
  ['way', new Set(['by', 'no', 'any'])],
  ['least', new Set(['at'])],
  ['fact', new Set(['in'])],
  ['general', new Set(['in'])],
  ['sure', new Set(['for', 'make'])],
]);

// Codeframes are immutable values, so the compiled index can hang off the object itself.
const compiledCache = new WeakMap<Codeframe, CompiledCodeframe>();

/** Compiles (or returns the cached compilation of) a codeframe. */
export function compileCodeframe(codeframe: Codeframe): CompiledCodeframe {
  let compiled = compiledCache.get(codeframe);
  if (!compiled) {
    compiled = build(codeframe);
    compiledCache.set(codeframe, compiled);
  }
  return compiled;
}

/** The plural and singular forms a word may take in a comment ("menu" ↔ "menus", "party" ↔ "parties"). */
export function inflections(word: string): string[] {
  const forms = new Set([word]);
  if (word.length > 2 && /^[a-z]+$/.test(word)) {
    if (/[^aeiou]y$/.test(word)) forms.add(`${word.slice(0, -1)}ies`);
    else if (/(s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
    else forms.add(`${word}s`);
    if (word.endsWith('ies')) forms.add(`${word.slice(0, -3)}y`);
    if (/(ss|x|z|ch|sh)es$/.test(word)) forms.add(word.slice(0, -2));
    if (word.endsWith('s') && !word.endsWith('ss')) forms.add(word.slice(0, -1));
  }
  return [...forms];
}

function build(codeframe: Codeframe): CompiledCodeframe {
  const themes = new Map(codeframe.themes.map((t) => [t.id, t]));
  const byFirst = new Map<string, Entry[]>();
  const byPrefix = new Map<string, Entry[]>();
  const prefixLengths = new Set<number>();
  const push = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const theme of codeframe.themes) {
    if (theme.ignored) continue;
    for (const term of theme.terms) {
      const wildcard = term.endsWith('*');
      // Terms are read by the same tokenizer as comments, so "wi-fi" or "don't" split the same way.
      const words = readText(wildcard ? term.slice(0, -1) : term).tokens;
      if (words.length === 0) continue;
      const last = words.length - 1;
      const rest = words.slice(1).map((w, k) => new Set(k + 1 === last && !wildcard ? inflections(w) : [w]));
      const entry: Entry = { themeId: theme.id, term, rest, prefixLast: wildcard, lastPrefix: words[last]! };
      if (wildcard && last === 0) {
        push(byPrefix, words[0]!, entry);
        prefixLengths.add(words[0]!.length);
      } else {
        for (const form of last === 0 ? inflections(words[0]!) : [words[0]!]) push(byFirst, form, entry);
      }
    }
  }
  const lengths = [...prefixLengths];

  const match = (read: ReadText): TermMatch[] => {
    const tokens = read.tokens;
    let found: TermMatch[] | undefined;
    const consider = (entries: readonly Entry[] | undefined, i: number) => {
      if (!entries) return;
      for (const e of entries) {
        const end = i + e.rest.length;
        if (end >= tokens.length) continue;
        let ok = true;
        for (let k = 0; ok && k < e.rest.length; k++) {
          const token = tokens[i + 1 + k]!;
          ok =
            e.prefixLast && k === e.rest.length - 1 ? token.startsWith(e.lastPrefix) : e.rest[k]!.has(token);
        }
        if (!ok) continue;
        found ??= [];
        found.push({ themeId: e.themeId, term: e.term, start: i, end });
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (i > 0 && IDIOMS.get(t)?.has(tokens[i - 1]!)) continue;
      consider(byFirst.get(t), i);
      for (const n of lengths) if (t.length >= n) consider(byPrefix.get(t.slice(0, n)), i);
    }
    return found ? dropContained(found) : [];
  };
  return { codeframe, themes, match };
}

// "customer service" (one theme) must not also count as "service" (another theme).
function dropContained(matches: TermMatch[]): TermMatch[] {
  if (matches.length < 2) return matches;
  return matches.filter(
    (m) =>
      !matches.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}
