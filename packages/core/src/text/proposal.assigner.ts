import type { Codeframe } from './codeframe';
import { compileCodeframe } from './term.matcher';
import { readText } from './text.reader';
import type { ThemeProposal } from './theme.proposer';

/** Where a proposal probably belongs in the codeframe, and the evidence. */
export interface ProposalAssignment {
  readonly proposal: ThemeProposal;
  /** The top-level theme it belongs under, or null when the evidence is not clear. */
  readonly themeId: string | null;
  /**
   * How much the words around the proposal look like the words around each top-level theme (mean
   * log-ratio against all comments), best first; UNTHEMED stands for comments no theme tags.
   */
  readonly evidence: readonly { readonly themeId: string; readonly affinity: number }[];
}

/** Thresholds of {@link assignProposals}. */
export interface AssignmentOptions {
  /** The best theme must beat the runner-up (and "unthemed") by this much affinity (default 0.3). */
  readonly margin?: number;
}

/** The competitor standing for comments no theme tags ("we went for my birthday"). */
export const UNTHEMED = '(unthemed)';

// Function words occur around every theme alike; dropping them leaves the telling context words.
const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being am it its this that ' +
    'these those there here i me my we our you your he she his her they them their what which who whom whose when ' +
    'where why how all any both each few more most other some such no nor not only own same so than too very can ' +
    'will just do does did done have has had having would could should may might must shall up down out over under ' +
    'again then once about into through during before after above below off us also s t ll ve re d m'
  ).split(' '),
);
// Add-α smoothing of the word rates.
const ALPHA = 0.5;

/**
 * Suggests, for each proposal, the top-level theme it belongs under from the comments alone (no
 * labels): the words around "pizza" ("crust", "ordered", "delicious") look like the words around the
 * Food theme's terms, not Service's. Unclear proposals, and ones whose context looks like untagged
 * comments, get themeId null and are left for the analyst.
 */
export function assignProposals(
  proposals: readonly ThemeProposal[],
  comments: readonly string[],
  codeframe: Codeframe,
  options: AssignmentOptions = {},
): ProposalAssignment[] {
  const margin = options.margin ?? 0.3;
  const compiled = compileCodeframe(codeframe);
  const proposalIndex = compileCodeframe({
    themes: proposals.map((p, i) => ({
      id: String(i),
      name: p.name,
      terms: p.terms,
      parentId: null,
      ignored: false,
    })),
  });
  const rootOf = (id: string): string => {
    let theme = compiled.themes.get(id);
    for (let guard = 0; theme?.parentId && guard < 100; guard++) theme = compiled.themes.get(theme.parentId);
    return theme?.id ?? id;
  };

  const classWords = new Map<string, Map<string, number>>();
  const classTotals = new Map<string, number>();
  const allWords = new Map<string, number>();
  let allTotal = 0;
  const contexts = proposals.map(() => new Map<string, number>());
  for (const comment of comments) {
    const read = readText(comment);
    const roots = new Set(compiled.match(read).map((m) => rootOf(m.themeId)));
    const words: string[] = [];
    for (let i = 0; i < read.tokens.length; i++) {
      const t = read.tokens[i]!;
      if (read.types[i] === 'word' && !STOP_WORDS.has(t)) words.push(t);
    }
    for (const w of words) allWords.set(w, (allWords.get(w) ?? 0) + 1);
    allTotal += words.length;
    // Only comments about a single theme (or none) teach what that theme's context looks like.
    if (roots.size <= 1) {
      const cls = roots.size === 1 ? [...roots][0]! : UNTHEMED;
      let counts = classWords.get(cls);
      if (!counts) {
        counts = new Map();
        classWords.set(cls, counts);
      }
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      classTotals.set(cls, (classTotals.get(cls) ?? 0) + words.length);
    }
    for (const m of proposalIndex.match(read)) {
      const own = new Set(read.tokens.slice(m.start, m.end + 1));
      const context = contexts[Number(m.themeId)]!;
      for (const w of words) if (!own.has(w)) context.set(w, (context.get(w) ?? 0) + 1);
    }
  }

  const vocabulary = allWords.size + 1;
  const background = (w: string) =>
    Math.log(((allWords.get(w) ?? 0) + ALPHA) / (allTotal + ALPHA * vocabulary));
  return proposals.map((proposal, p) => {
    const context = contexts[p]!;
    let n = 0;
    for (const c of context.values()) n += c;
    const evidence = [...classWords]
      .map(([themeId, counts]) => {
        const total = classTotals.get(themeId)!;
        let sum = 0;
        for (const [w, c] of context) {
          sum +=
            c * (Math.log(((counts.get(w) ?? 0) + ALPHA) / (total + ALPHA * vocabulary)) - background(w));
        }
        return { themeId, affinity: round(n > 0 ? sum / n : 0) };
      })
      .sort((a, b) => b.affinity - a.affinity || a.themeId.localeCompare(b.themeId));
    const best = evidence[0];
    const runnerUp = evidence[1]?.affinity ?? Number.NEGATIVE_INFINITY;
    const clear = best && best.themeId !== UNTHEMED && best.affinity - runnerUp >= margin;
    return { proposal, themeId: clear ? best.themeId : null, evidence };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
