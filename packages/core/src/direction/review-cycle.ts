// Review cycles: quarterly or annual; the leaders' reviews open first, and the cycle opens for everyone else
// only once the CEO's own review is complete ("starting with their own"). Each review moves
// not-started → self-done → manager-done → complete, and cannot leave "not started" without a customer-objectives
// section: at least one customer goal, each rated and commented on by whoever writes that part.

import type { Role } from '../organisation/roles';
import { roleAtLeast } from '../organisation/roles';

/** How long a cycle runs. */
export const CYCLE_KINDS = ['quarter', 'year'] as const;
/** Quarterly or annual. */
export type CycleKind = (typeof CYCLE_KINDS)[number];

/** The phases of a cycle: created, open to the leaders, open to everyone, closed. */
export const CYCLE_PHASES = ['draft', 'leaders', 'everyone', 'closed'] as const;
/** A phase of a cycle. */
export type CyclePhase = (typeof CYCLE_PHASES)[number];

/** The states of one person's review, in order. */
export const REVIEW_STATES = ['not-started', 'self-done', 'manager-done', 'complete'] as const;
/** A state of a review. */
export type ReviewState = (typeof REVIEW_STATES)[number];

/** What moves a review on: the person submits their part, the reviewer theirs, the person signs it off. */
export type ReviewEvent = 'submit-self' | 'submit-manager' | 'sign-off';

/** Ratings run from 1 (well below expectations) to 5 (far above). */
export const RATING_MIN = 1;
/** The highest rating. */
export const RATING_MAX = 5;

/** The first and last day (YYYY-MM-DD) and the label of a cycle. */
export interface CyclePeriod {
  /** First day. */
  readonly startDate: string;
  /** Last day. */
  readonly endDate: string;
  /** "2026 Q4" or "2026". */
  readonly label: string;
}

/** The days a quarterly or annual cycle covers. */
export function cyclePeriod(kind: CycleKind, year: number, quarter?: number): CyclePeriod {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`no such year: ${year}`);
  if (kind === 'year') return { startDate: `${year}-01-01`, endDate: `${year}-12-31`, label: String(year) };
  if (!(quarter !== undefined && Number.isInteger(quarter) && quarter >= 1 && quarter <= 4))
    throw new RangeError('a quarterly cycle needs a quarter from 1 to 4');
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return {
    startDate: `${year}-${mm(first)}-01`,
    endDate: `${year}-${mm(last)}-${lastDay}`,
    label: `${year} Q${quarter}`,
  };
}

/** Who counts as a leader for reviews: the CEO and every executive or owner (an admin runs the system, not the company). */
export function isReviewLeader(person: { id: string; role: Role }, ceoPersonId: string | null): boolean {
  return person.id === ceoPersonId || (roleAtLeast(person.role, 'executive') && person.role !== 'admin');
}

/** A refusal a person can act on, or null when the step is allowed. */
export type Refusal = string | null;

/** Whether the leaders' reviews may open: only a cycle still in draft, and only with a CEO named. */
export function mayOpenLeaders(phase: CyclePhase, ceoPersonId: string | null): Refusal {
  if (phase !== 'draft') return `the leaders’ reviews are already open (the cycle is ${phaseLabel(phase)})`;
  if (!ceoPersonId) return 'name the organisation’s CEO first: the cycle starts with the CEO’s own review';
  return null;
}

/**
 * Whether the cycle may open for everyone else: only after the leaders' phase, and only once the CEO's own
 * review is complete.
 */
export function mayOpenForEveryone(phase: CyclePhase, ceoReviewState: ReviewState | null): Refusal {
  if (phase === 'draft') return 'open the leaders’ reviews first: leaders are reviewed before everyone else';
  if (phase !== 'leaders') return `the cycle is already ${phaseLabel(phase)}`;
  if (ceoReviewState === null)
    return 'the CEO has no review in this cycle: the cycle cannot open for everyone';
  if (ceoReviewState !== 'complete')
    return `the cycle opens for everyone only when the CEO’s own review is complete (it is ${stateLabel(ceoReviewState)})`;
  return null;
}

/** Whether a cycle may close: only once it has opened. */
export function mayClose(phase: CyclePhase): Refusal {
  if (phase === 'draft') return 'a cycle that never opened cannot be closed';
  if (phase === 'closed') return 'the cycle is already closed';
  return null;
}

/** Whether a person's review can be worked on in this phase (a leader's from the leaders' phase on). */
export function reviewIsOpen(phase: CyclePhase, leader: boolean): Refusal {
  if (phase === 'draft') return 'the cycle has not opened yet';
  if (phase === 'closed') return 'the cycle is closed: its reviews can no longer change';
  if (phase === 'leaders' && !leader)
    return 'your review opens once the CEO’s review is complete and the cycle opens for everyone';
  return null;
}

const NEXT: Record<ReviewEvent, { from: ReviewState; to: ReviewState; early: string; late: string }> = {
  'submit-self': {
    from: 'not-started',
    to: 'self-done',
    early: 'the self assessment cannot be submitted yet',
    late: 'the self assessment is already submitted',
  },
  'submit-manager': {
    from: 'self-done',
    to: 'manager-done',
    early: 'the manager assessment follows the self assessment: the person submits theirs first',
    late: 'the manager assessment is already submitted',
  },
  'sign-off': {
    from: 'manager-done',
    to: 'complete',
    early: 'a review is signed off only after both assessments are submitted',
    late: 'the review is already complete',
  },
};

/** The state a review moves to on an event, or the refusal. */
export function reviewTransition(
  state: ReviewState,
  event: ReviewEvent,
): { ok: true; state: ReviewState } | { ok: false; refusal: string } {
  const step = NEXT[event];
  if (state === step.from) return { ok: true, state: step.to };
  const late = REVIEW_STATES.indexOf(state) > REVIEW_STATES.indexOf(step.from);
  return { ok: false, refusal: late ? step.late : step.early };
}

/** Which part of a review someone writes. */
export type ReviewPart = 'self' | 'manager';

/** Whether a person may edit the self part (only its subject) or the manager part (the reviewer, else an admin). */
export function mayWritePart(
  actor: { personId: string | null; role: Role },
  review: { personId: string; reviewerPersonId: string | null },
  part: ReviewPart,
): Refusal {
  if (part === 'self')
    return actor.personId === review.personId
      ? null
      : 'only the person reviewed writes their self assessment';
  if (actor.personId === review.personId) return 'you cannot write the manager assessment of your own review';
  if (review.reviewerPersonId) {
    return actor.personId === review.reviewerPersonId
      ? null
      : 'only the reviewer (the person’s manager) writes the manager assessment';
  }
  return roleAtLeast(actor.role, 'admin')
    ? null
    : 'this person has no manager: an admin writes the manager assessment';
}

/** One part (self or manager) of a customer objective's assessment. */
export interface ObjectiveAssessment {
  /** 1–5, or null while not rated. */
  readonly rating: number | null;
  /** What happened, in words. */
  readonly comment: string;
}

/** Problems that stop a part from being submitted: the customer section is required and every objective assessed. */
export function customerSectionProblems(
  objectives: readonly { title: string; customer: boolean; assessment: ObjectiveAssessment | null }[],
  overall: ObjectiveAssessment,
): string[] {
  const problems: string[] = [];
  const customer = objectives.filter((o) => o.customer);
  if (customer.length === 0)
    problems.push(
      'the review needs at least one customer objective: the person’s manager sets a customer goal for them first',
    );
  for (const o of customer) {
    if (!o.assessment || !validRating(o.assessment.rating))
      problems.push(`rate the customer objective “${o.title}” from ${RATING_MIN} to ${RATING_MAX}`);
    if (!o.assessment || o.assessment.comment.trim().length === 0)
      problems.push(`say what happened on the customer objective “${o.title}”`);
  }
  if (!validRating(overall.rating))
    problems.push(`give an overall rating from ${RATING_MIN} to ${RATING_MAX}`);
  if (overall.comment.trim().length === 0) problems.push('write the overall assessment');
  return problems;
}

function validRating(r: number | null): boolean {
  return r !== null && Number.isInteger(r) && r >= RATING_MIN && r <= RATING_MAX;
}

/** How far a group of reviews has come. */
export interface CycleProgress {
  /** Reviews in the group. */
  readonly total: number;
  /** Reviews per state. */
  readonly byState: Record<ReviewState, number>;
  /** complete ÷ total (0 when empty). */
  readonly completeShare: number;
}

/** Counts reviews per state. */
export function cycleProgress(states: readonly ReviewState[]): CycleProgress {
  const byState = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
  for (const s of states) byState[s] += 1;
  return {
    total: states.length,
    byState,
    completeShare: states.length === 0 ? 0 : byState.complete / states.length,
  };
}

function phaseLabel(phase: CyclePhase): string {
  return {
    draft: 'not open yet',
    leaders: 'open to the leaders',
    everyone: 'open to everyone',
    closed: 'closed',
  }[phase];
}

function stateLabel(state: ReviewState): string {
  return state.replace('-', ' ');
}
