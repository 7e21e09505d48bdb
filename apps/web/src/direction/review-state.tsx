import type { ReviewSummary } from '@centric/contracts/direction/review.schemas';
import { Badge } from '@mantine/core';

const STATES: Record<ReviewSummary['state'], { label: string; color: string }> = {
  'not-started': { label: 'Not started', color: 'gray' },
  'self-done': { label: 'Self assessment done', color: 'blue' },
  'manager-done': { label: 'Manager assessment done', color: 'grape' },
  complete: { label: 'Complete', color: 'teal' },
};

/** Label of a review state. */
export const stateLabel = (state: ReviewSummary['state']) => STATES[state].label;

/** A review's state as a badge. */
export function ReviewStateBadge({ state }: { state: ReviewSummary['state'] }) {
  return (
    <Badge color={STATES[state].color} variant="light" data-testid="review-state" data-state={state}>
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
