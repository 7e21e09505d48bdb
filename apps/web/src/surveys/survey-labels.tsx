import type { SurveyKind, SurveyStatus } from '@centric/core/surveys/survey-kinds';
import { Badge } from '@mantine/core';

/** What each kind of survey asks, for pickers and lists. */
export const KIND_LABELS: Record<SurveyKind, string> = {
  nps: 'NPS — likelihood to recommend (0–10)',
  csat: 'CSAT — satisfaction (1–5)',
  ces: 'CES — customer effort (1–7)',
  enps: 'eNPS — employees, always anonymous (0–10)',
  custom: 'Custom — your own questions (0–10 main score)',
};

/** Short names of the kinds. */
export const KIND_SHORT: Record<SurveyKind, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  enps: 'eNPS',
  custom: 'Custom',
};

/** Names of the shipped languages. */
export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French' };

/** A survey's state as a coloured badge (dark shades keep white text above 4.5:1). */
export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const look = {
    draft: ['gray.7', 'Draft'],
    live: ['teal.9', 'Live'],
    closed: ['red.9', 'Closed'],
  }[status];
  return (
    <Badge color={look[0]} variant="filled" data-testid="survey-status">
      {look[1]}
    </Badge>
  );
}
