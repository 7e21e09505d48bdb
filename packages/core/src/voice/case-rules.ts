import type { SurveyKind } from '../surveys/survey-kinds';

/** When a case opens, how fast it must be handled and which root causes close it; editable per organisation. */
export interface CaseRules {
  /** NPS and eNPS scores at or below this open a case (detractors: 0–6). */
  npsAtMost: number;
  /** CSAT scores at or below this open a case (1–5 scale). */
  csatAtMost: number;
  /** CES scores at or above this open a case (high effort on the 1–7 scale). */
  cesAtLeast: number;
  /** Hours within which the owner must contact the customer. */
  slaHours: number;
  /** The list a closing owner picks the root cause from. */
  rootCauses: string[];
}

/** The rules an organisation starts with. */
export const DEFAULT_CASE_RULES: CaseRules = {
  npsAtMost: 6,
  csatAtMost: 2,
  cesAtLeast: 5,
  slaHours: 48,
  rootCauses: ['Product quality', 'Staff behaviour', 'Waiting time', 'Price', 'Delivery', 'Billing', 'Other'],
};

/** True when a response with this score is unhappy enough to open a case (eNPS is anonymous: never). */
export function opensCase(kind: SurveyKind, score: number | null, rules: CaseRules): boolean {
  if (score === null) return false;
  switch (kind) {
    case 'nps':
    case 'custom':
      return score <= rules.npsAtMost;
    case 'csat':
      return score <= rules.csatAtMost;
    case 'ces':
      return score >= rules.cesAtLeast;
    case 'enps':
      return false;
  }
}

/** The instant a case opened at `openedAt` must be contacted by. */
export function contactDueAt(openedAt: Date, rules: Pick<CaseRules, 'slaHours'>): Date {
  return new Date(openedAt.getTime() + rules.slaHours * 3_600_000);
}
