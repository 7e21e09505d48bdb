import type { Codeframe } from '@centric/core/text/codeframe';
import { analyseComment } from '@centric/core/text/theme.tagger';
import type { AnalysisWrite, CommentToAnalyse } from '@centric/db/text/analysis.repository';

/** The theme id stored for a comment no theme tags. */
export const OTHER = 'other';

/**
 * Analyses comments (sentiment of the comment and each sentence; themes, each with the sentiment of the
 * sentence mentioning it; "other" when none) into the rows stored for them.
 */
export function analyseForStorage(
  comments: readonly CommentToAnalyse[],
  codeframe: Codeframe,
  codeframeVersion: number,
  at: Date,
): AnalysisWrite[] {
  return comments.map(({ id, comment, month, unitId, npsGroup }) => {
    const analysed = analyseComment(comment, codeframe);
    const { label, score, sentences } = analysed.sentiment;
    return {
      analysis: {
        responseId: id,
        label,
        score,
        sentences: sentences.map((s) => ({ label: s.label, score: s.score })),
        other: analysed.other,
        codeframeVersion,
        analysedAt: at,
        month,
        unitId,
        npsGroup,
      },
      tags: analysed.other
        ? [{ themeId: OTHER, label, score, terms: [] }]
        : analysed.themes.map((t) => ({
            themeId: t.themeId,
            label: t.label,
            score: t.score,
            terms: [...new Set(t.mentions.map((m) => m.term))],
          })),
    };
  });
}
