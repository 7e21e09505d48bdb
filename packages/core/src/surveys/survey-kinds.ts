/** The kinds of survey Centric runs. */
export const SURVEY_KINDS = ['nps', 'csat', 'ces', 'enps', 'custom'] as const;
/** The kind of a survey, which fixes its main score's scale. */
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** The lifecycle of a survey. */
export const SURVEY_STATUSES = ['draft', 'live', 'closed'] as const;
/** Where a survey is in its lifecycle. */
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** The inclusive range of the main score for each kind (custom surveys score 0–10 when they have a main score). */
export const SCORE_RANGE: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  enps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  custom: { min: 0, max: 10 },
};

/**
 * Why a main score does not fit its survey's scale (`score 11 is outside the NPS scale 0–10`), or null when it
 * fits or there is none: the one wording every write path (API, public page, import) reports.
 */
export function scoreOutsideScale(kind: SurveyKind, score: number | null | undefined): string | null {
  if (score === null || score === undefined) return null;
  const range = SCORE_RANGE[kind];
  if (score >= range.min && score <= range.max) return null;
  return `score ${score} is outside the ${kind.toUpperCase()} scale ${range.min}–${range.max}`;
}

/** Where a response came from. */
export const RESPONSE_SOURCES = ['web', 'email', 'widget', 'import', 'online', 'api', 'demo'] as const;
/** The origin of a response. */
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

/** The languages the customer's page, its e-mails and a survey's own texts ship in (the first is the fallback). */
export const SURVEY_LANGUAGES = ['en', 'fr'] as const;
/** A shipped language. */
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];
