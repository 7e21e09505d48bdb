import { fail } from '../errors';

/** One theme of a codeframe: the terms that tag a comment with it, and its place in the hierarchy. */
export interface Theme {
  readonly id: string;
  readonly name: string;
  /** Words or phrases, lower case; a trailing "*" matches any ending ("refund*"). */
  readonly terms: readonly string[];
  /** The broader theme this one belongs to, or null at the top level. */
  readonly parentId: string | null;
  /** An ignored theme still claims its terms (so they are not proposed again) but tags nothing. */
  readonly ignored: boolean;
}

/** The curated list of themes used to tag comments. Immutable: every operation returns a new one. */
export interface Codeframe {
  readonly themes: readonly Theme[];
}

/** What it takes to add a theme; the id defaults to a slug of the name. */
export interface ThemeInput {
  readonly name: string;
  readonly terms?: readonly string[];
  readonly parentId?: string | null;
  readonly ignored?: boolean;
  readonly id?: string;
}

/** The pseudo-theme of comments no theme tags. */
export const OTHER_THEME_ID = 'other';

/** A codeframe with the given themes (ids from names unless given). */
export function createCodeframe(themes: readonly ThemeInput[] = []): Codeframe {
  return themes.reduce<Codeframe>((cf, t) => addTheme(cf, t), { themes: [] });
}

/** Lower-cases a term and collapses its spaces; returns '' for a blank term. */
export function normaliseTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A readable id for a name, unique within the codeframe ("Wait time" → "wait-time", then "wait-time-2"). */
export function themeIdFor(codeframe: Codeframe, name: string): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'theme';
  const taken = new Set(codeframe.themes.map((t) => t.id));
  taken.add(OTHER_THEME_ID);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Finds a theme or fails with not_found. */
export function getTheme(codeframe: Codeframe, id: string): Theme {
  const theme = codeframe.themes.find((t) => t.id === id);
  if (!theme) throw fail.notFound(`theme "${id}"`);
  return theme;
}

/** Adds a theme. */
export function addTheme(codeframe: Codeframe, input: ThemeInput): Codeframe {
  const name = input.name.trim();
  if (!name) throw fail.invalid('a theme needs a name');
  const id = input.id ?? themeIdFor(codeframe, name);
  if (id === OTHER_THEME_ID || codeframe.themes.some((t) => t.id === id)) {
    throw fail.conflict(`theme id "${id}" is already used`);
  }
  const parentId = input.parentId ?? null;
  if (parentId !== null) getTheme(codeframe, parentId);
  const theme: Theme = {
    id,
    name,
    terms: uniqueTerms(input.terms ?? []),
    parentId,
    ignored: input.ignored ?? false,
  };
  return { themes: [...codeframe.themes, theme] };
}

/** Renames a theme (its id, and so every tag already stored, stays). */
export function renameTheme(codeframe: Codeframe, id: string, name: string): Codeframe {
  if (!name.trim()) throw fail.invalid('a theme needs a name');
  return update(codeframe, id, (t) => ({ ...t, name: name.trim() }));
}

/** Marks a theme ignored (or not): it keeps its terms but tags nothing. */
export function ignoreTheme(codeframe: Codeframe, id: string, ignored = true): Codeframe {
  return update(codeframe, id, (t) => ({ ...t, ignored }));
}

/** Adds terms to a theme (duplicates dropped). */
export function addTerms(codeframe: Codeframe, id: string, terms: readonly string[]): Codeframe {
  return update(codeframe, id, (t) => ({ ...t, terms: uniqueTerms([...t.terms, ...terms]) }));
}

/** Removes terms from a theme. */
export function removeTerms(codeframe: Codeframe, id: string, terms: readonly string[]): Codeframe {
  const drop = new Set(terms.map(normaliseTerm));
  return update(codeframe, id, (t) => ({ ...t, terms: t.terms.filter((x) => !drop.has(x)) }));
}

/** Moves a theme under another (or to the top level with null); refuses to create a cycle. */
export function moveTheme(codeframe: Codeframe, id: string, parentId: string | null): Codeframe {
  getTheme(codeframe, id);
  for (let p = parentId; p !== null; p = getTheme(codeframe, p).parentId) {
    if (p === id) throw fail.invalid('a theme cannot be moved under itself or one of its sub-themes');
  }
  return update(codeframe, id, (t) => ({ ...t, parentId }));
}

/** Removes a theme; its sub-themes move up to its parent. */
export function removeTheme(codeframe: Codeframe, id: string): Codeframe {
  const theme = getTheme(codeframe, id);
  return {
    themes: codeframe.themes
      .filter((t) => t.id !== id)
      .map((t) => (t.parentId === id ? { ...t, parentId: theme.parentId } : t)),
  };
}

/** Merges themes into a target: the target gains their terms and sub-themes; they disappear. */
export function mergeThemes(codeframe: Codeframe, sourceIds: readonly string[], targetId: string): Codeframe {
  const target = getTheme(codeframe, targetId);
  const sources = new Set(sourceIds.filter((s) => s !== targetId));
  const merged = codeframe.themes.filter((t) => sources.has(t.id));
  if (merged.length !== sources.size) {
    const missing = [...sources].find((s) => !merged.some((t) => t.id === s))!;
    throw fail.notFound(`theme "${missing}"`);
  }
  // A target inside one of its sources would be orphaned when the source goes.
  for (let p = target.parentId; p !== null; p = getTheme(codeframe, p).parentId) {
    if (sources.has(p)) throw fail.invalid('cannot merge a theme into one of its own sub-themes');
  }
  const terms = uniqueTerms([...target.terms, ...merged.flatMap((t) => t.terms)]);
  return {
    themes: codeframe.themes
      .filter((t) => !sources.has(t.id))
      .map((t) => {
        if (t.id === targetId) return { ...t, terms };
        return t.parentId !== null && sources.has(t.parentId) ? { ...t, parentId: targetId } : t;
      }),
  };
}

/** One part of a split: a new theme taking some of the original's terms (and any new ones). */
export interface SplitPart {
  readonly name: string;
  readonly terms: readonly string[];
  readonly id?: string;
}

/**
 * Splits a theme: each part becomes a sibling theme with its terms, which leave the original. The
 * original keeps the terms no part took, and goes when it has none left and no sub-themes.
 */
export function splitTheme(codeframe: Codeframe, id: string, parts: readonly SplitPart[]): Codeframe {
  const original = getTheme(codeframe, id);
  if (parts.length === 0) throw fail.invalid('a split needs at least one part');
  const moved = new Set(parts.flatMap((p) => p.terms.map(normaliseTerm)));
  let next = update(codeframe, id, (t) => ({ ...t, terms: t.terms.filter((x) => !moved.has(x)) }));
  for (const part of parts) {
    next = addTheme(next, {
      name: part.name,
      terms: part.terms,
      parentId: original.parentId,
      ignored: original.ignored,
      ...(part.id ? { id: part.id } : {}),
    });
  }
  const left = getTheme(next, id);
  const hasChildren = next.themes.some((t) => t.parentId === id);
  return left.terms.length === 0 && !hasChildren ? removeTheme(next, id) : next;
}

/** Where an accepted proposal goes: a new theme (under a parent, possibly ignored) or into an existing theme. */
export type ProposalTarget =
  | { readonly parentId?: string | null; readonly ignored?: boolean }
  | { readonly intoThemeId: string };

/** Accepts a proposed theme (a name and terms) into the codeframe. */
export function acceptProposal(
  codeframe: Codeframe,
  proposal: { readonly name: string; readonly terms: readonly string[] },
  target: ProposalTarget = {},
): Codeframe {
  if ('intoThemeId' in target) return addTerms(codeframe, target.intoThemeId, proposal.terms);
  return addTheme(codeframe, {
    name: proposal.name,
    terms: proposal.terms,
    parentId: target.parentId ?? null,
    ignored: target.ignored ?? false,
  });
}

/** The theme and its ancestors' ids, nearest first. */
export function ancestry(codeframe: Codeframe, id: string): string[] {
  const out: string[] = [];
  // The guard stops on a cycle that a hand-edited stored codeframe could contain.
  for (let p: string | null = id; p !== null && !out.includes(p); p = getTheme(codeframe, p).parentId)
    out.push(p);
  return out;
}

function update(codeframe: Codeframe, id: string, change: (t: Theme) => Theme): Codeframe {
  getTheme(codeframe, id);
  return { themes: codeframe.themes.map((t) => (t.id === id ? change(t) : t)) };
}

function uniqueTerms(terms: readonly string[]): string[] {
  return [...new Set(terms.map(normaliseTerm).filter((t) => t !== '' && t !== '*'))];
}
