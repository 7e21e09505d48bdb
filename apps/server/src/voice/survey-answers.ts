import type { SurveyQuestion } from '@centric/contracts/surveys/survey.schemas';
import { fail } from '@centric/core/errors';

/** An answer to one of a survey's own questions as the page sends it. */
export type QuestionAnswer = number | string | string[];

/**
 * Checks a customer's answers against the survey's questions and keeps the ones given: a rating within its
 * range, option ids of a choice (one unless it allows several), a text. Unknown questions are refused, so a
 * stale page never stores answers nobody can read; empty answers are left out (every question is optional).
 */
export function checkAnswers(
  questions: SurveyQuestion[],
  answers: Record<string, QuestionAnswer>,
): Record<string, QuestionAnswer> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const kept: Record<string, QuestionAnswer> = {};
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) throw fail.invalid(`this survey has no question "${id}"`);
    switch (question.type) {
      case 'rating':
        if (typeof value !== 'number' || value < question.min || value > question.max)
          throw fail.invalid(`"${id}" takes a number from ${question.min} to ${question.max}`);
        kept[id] = value;
        break;
      case 'choice': {
        const picked = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null;
        const options = new Set(question.options.map((o) => o.id));
        if (!picked || picked.some((p) => !options.has(p)))
          throw fail.invalid(`"${id}" takes one of its options`);
        if (!question.multiple && picked.length > 1) throw fail.invalid(`"${id}" takes a single option`);
        if (picked.length > 0) kept[id] = question.multiple ? [...new Set(picked)] : picked[0]!;
        break;
      }
      case 'text':
        if (typeof value !== 'string') throw fail.invalid(`"${id}" takes a text`);
        if (value.trim()) kept[id] = value.trim();
        break;
    }
  }
  return kept;
}

/** The text of a question (or option) in the page's language, else English, else any language it has. */
export function localisedText(text: Record<string, string>, language: string): string {
  const pick = (tag: string) => (text[tag]?.trim() ? text[tag]!.trim() : undefined);
  return pick(language) ?? pick('en') ?? Object.values(text).find((t) => t.trim()) ?? '';
}

/** True when two sets of answers say the same (key order aside: jsonb reorders keys). */
export function sameAnswers(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const canonical = (o: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  return canonical(a) === canonical(b);
}
