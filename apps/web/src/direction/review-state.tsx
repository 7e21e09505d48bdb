import type { ReviewSummary } from '@centric/contracts/direction/review.schemas';
import { Badge } from '@mantine/core';

const STATES: Record<ReviewSummary['state'], { label: string; color: string }> = {
  'not-started': { label: 'Not started', color: 'gray.7' },
  'self-done': { label: 'Self assessment done', color: 'blue.8' },
  'manager-done': { label: 'Manager assessment done', color: 'grape.8' },
  complete: { label: 'Complete', color: 'teal.9' },
};

/** Label of a review state. */
export const stateLabel = (state: ReviewSummary['state']) => STATES[state].label;

/** A review's state as a badge. */
export function ReviewStateBadge({ state }: { state: ReviewSummary['state'] }) {
  return (
    // Filled dark shades: the light variant's teal and blue text fall below the contrast minimum.
    <Badge color={STATES[state].color} variant="filled" data-testid="review-state" data-state={state}>
      {STATES[state].label}
    </Badge>
  );
}

/** A cycle's phase in words. */
export const PHASE_LABEL = {
  draft: 'Not open yet',
  leaders: 'Open to the leaders',
  everyone: 'Open to everyone',
  closed: 'Closed',
} as const;
