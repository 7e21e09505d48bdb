// The Walker index: commitments evidenced ÷ commitments due over a period. Each commitment is cut into
// occurrences (a month, a quarter, a review cycle, or one decision); an occurrence falls due in the period its
// last day falls in, once it has ended (or earlier, when it is already met), and earns a credit between 0 and 1
// from the evidence dated inside it. Pure: the same records and "as of" day always give the same index.

import type { Cadence, EvidenceKind } from './behaviours';
import {
  type Day,
  type DaySpan,
  dayNumber,
  periodContaining,
  previousPeriod,
  spanDays,
  spansOverlapping,
  type WalkerPeriod,
} from './calendar';
import type { WalkerRules } from './walker-rules';

/** A commitment as the index sees it. */
export interface CommitmentFacts {
  id: string;
  personId: string;
  cadence: Cadence;
  evidenceKind: EvidenceKind;
  /** Pieces of evidence needed per occurrence (e.g. 1 customer day a month); ignored per decision. */
  target: number;
  startsOn: Day;
  /** Last active day, or null while it runs. */
  endsOn: Day | null;
  /** Days the commitment was paused (a pause with a null last day is still going). */
  pauses: readonly { first: Day; last: Day | null }[];
}

/** A piece of logged evidence for a commitment. */
export interface EvidenceFacts {
  commitmentId: string;
  /** The day the thing happened. */
  occurredOn: Day;
  /** The day it was logged in Centric. */
  loggedOn: Day;
  confirmed: boolean;
}

/** A decision of the decision log, for per-decision behaviours. */
export interface DecisionFacts {
  /** Who decided (the leader it is due for). */
  personId: string;
  decidedOn: Day;
  /** Whether "what is in this for our customers?" was answered with an expected impact. */
  recordsCustomerImpact: boolean;
  /** Whether the expected effect on customer lifetime value was recorded. */
  recordsClvEffect: boolean;
}

/** A leader's absences (leave): every commitment of theirs is paused on those days. */
export interface LeaveFacts {
  personId: string;
  first: Day;
  last: Day | null;
}

/** Everything the index reads. */
export interface WalkerFacts {
  commitments: readonly CommitmentFacts[];
  evidence: readonly EvidenceFacts[];
  decisions: readonly DecisionFacts[];
  leave: readonly LeaveFacts[];
}

/** Where a leader stands. `not_due` when nothing fell due yet; `no_commitments` when they promised nothing. */
export type WalkerState = 'walking' | 'slipping' | 'talking' | 'not_due' | 'no_commitments';

/** One occurrence of a commitment inside a period. */
export interface Occurrence {
  commitmentId: string;
  span: DaySpan;
  /** 0–1: how much of the occurrence the evidence covers. */
  credit: number;
}

/** A Walker index over one period. */
export interface WalkerScore {
  /** Commitments active at some time in the period. */
  committed: number;
  /** Occurrences due in the period. */
  due: number;
  /** Sum of their credits (unconfirmed old evidence counts part). */
  evidenced: number;
  /** evidenced ÷ due, or null when nothing fell due. */
  index: number | null;
  state: WalkerState;
}

/** Whether a day is an active day of the commitment (started, not ended, not paused, leader not on leave). */
function activeOn(c: CommitmentFacts, leave: readonly LeaveFacts[], day: Day): boolean {
  if (day < c.startsOn || (c.endsOn !== null && day > c.endsOn)) return false;
  const off = (p: { first: Day; last: Day | null }) => day >= p.first && (p.last === null || day <= p.last);
  if (c.pauses.some(off)) return false;
  return !leave.some((l) => l.personId === c.personId && off(l));
}

/** Active days of the commitment in a span: its days between start and end, less the union of pauses and leave. */
function activeDays(c: CommitmentFacts, leave: readonly LeaveFacts[], span: DaySpan): number {
  const first = Math.max(dayNumber(span.first), dayNumber(c.startsOn));
  const last = Math.min(
    dayNumber(span.last),
    c.endsOn === null ? Number.POSITIVE_INFINITY : dayNumber(c.endsOn),
  );
  if (last < first) return 0;
  const off = [...c.pauses, ...leave.filter((l) => l.personId === c.personId)]
    .map(
      (p) =>
        [
          Math.max(first, dayNumber(p.first)),
          Math.min(last, p.last === null ? last : dayNumber(p.last)),
        ] as const,
    )
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  let away = 0;
  let reach = first - 1;
  for (const [a, b] of off) {
    if (b <= reach) continue;
    away += b - Math.max(a, reach + 1) + 1;
    reach = b;
  }
  return last - first + 1 - away;
}

function cadenceMonths(cadence: Cadence, rules: WalkerRules): number {
  if (cadence === 'monthly') return 1;
  if (cadence === 'quarterly') return 3;
  return rules.reviewCycleMonths;
}

// Boards score every leader against the whole organisation's evidence: index it by commitment once per array,
// so scoring stays linear in the evidence rather than leaders × evidence.
const evidenceIndex = new WeakMap<readonly EvidenceFacts[], Map<string, EvidenceFacts[]>>();
function evidenceOf(facts: WalkerFacts, commitmentId: string): readonly EvidenceFacts[] {
  let index = evidenceIndex.get(facts.evidence);
  if (!index) {
    index = new Map();
    for (const e of facts.evidence) {
      const list = index.get(e.commitmentId);
      if (list) list.push(e);
      else index.set(e.commitmentId, [e]);
    }
    evidenceIndex.set(facts.evidence, index);
  }
  return index.get(commitmentId) ?? [];
}

/** What one piece of evidence counts for as of a day. */
export function evidenceWeight(e: EvidenceFacts, occurrence: DaySpan, asOf: Day, rules: WalkerRules): number {
  if (e.occurredOn > asOf || e.loggedOn > asOf) return 0; // dated in the future: not evidence yet
  if (
    rules.lateLoggingDays !== null &&
    dayNumber(e.loggedOn) - dayNumber(occurrence.last) > rules.lateLoggingDays
  )
    return 0; // back-filled long after the fact
  if (e.confirmed) return 1;
  return dayNumber(asOf) - dayNumber(e.loggedOn) > rules.unconfirmedGraceDays ? rules.unconfirmedWeight : 1;
}

/** The occurrences of one commitment that fall due in `period`, as of a day. */
export function occurrencesDue(
  c: CommitmentFacts,
  facts: WalkerFacts,
  period: DaySpan,
  asOf: Day,
  rules: WalkerRules,
): Occurrence[] {
  if (c.cadence === 'per_decision') {
    // A per-decision behaviour is evidenced by the decision itself: by its CLV effect or its customer impact.
    const field = c.evidenceKind === 'decision_clv' ? 'recordsClvEffect' : 'recordsCustomerImpact';
    return facts.decisions
      .filter(
        (d) =>
          d.personId === c.personId &&
          d.decidedOn >= period.first &&
          d.decidedOn <= period.last &&
          d.decidedOn <= asOf &&
          activeOn(c, facts.leave, d.decidedOn),
      )
      .map((d) => ({
        commitmentId: c.id,
        span: { first: d.decidedOn, last: d.decidedOn },
        credit: d[field] ? 1 : 0,
      }));
  }
  const months = cadenceMonths(c.cadence, rules);
  const out: Occurrence[] = [];
  for (const span of spansOverlapping(period, months)) {
    if (span.last < period.first || span.last > period.last) continue; // due in the period its last day is in
    if (activeDays(c, facts.leave, span) < rules.minimumActiveShare * spanDays(span)) continue;
    const weight = evidenceOf(facts, c.id)
      .filter((e) => e.occurredOn >= span.first && e.occurredOn <= span.last)
      .reduce((sum, e) => sum + evidenceWeight(e, span, asOf, rules), 0);
    const credit = Math.min(1, weight / Math.max(1, c.target));
    // A running occurrence is not due yet, unless it is already met.
    if (span.last > asOf && credit < 1) continue;
    out.push({ commitmentId: c.id, span, credit });
  }
  return out;
}

/** The state a score puts a leader in. */
export function walkerState(index: number | null, committed: number, rules: WalkerRules): WalkerState {
  if (committed === 0) return 'no_commitments';
  if (index === null) return 'not_due';
  if (index >= rules.walkingAt) return 'walking';
  if (index >= rules.slippingAt) return 'slipping';
  return 'talking';
}

/** Sums scores (a team, the executive team): evidenced ÷ due over everyone's occurrences. */
export function combineScores(scores: readonly WalkerScore[], rules: WalkerRules): WalkerScore {
  const committed = scores.reduce((s, x) => s + x.committed, 0);
  const due = scores.reduce((s, x) => s + x.due, 0);
  const evidenced = scores.reduce((s, x) => s + x.evidenced, 0);
  const index = due === 0 ? null : evidenced / due;
  return { committed, due, evidenced, index, state: walkerState(index, committed, rules) };
}

/** The Walker index of one leader over one period, as of a day. */
export function leaderScore(
  personId: string,
  facts: WalkerFacts,
  period: DaySpan,
  asOf: Day,
  rules: WalkerRules,
): WalkerScore {
  const mine = facts.commitments.filter((c) => c.personId === personId);
  const committed = mine.filter(
    (c) => c.startsOn <= period.last && (c.endsOn === null || c.endsOn >= period.first) && c.startsOn <= asOf,
  ).length;
  const occurrences = mine.flatMap((c) => occurrencesDue(c, facts, period, asOf, rules));
  const due = occurrences.length;
  const evidenced = occurrences.reduce((s, o) => s + o.credit, 0);
  const index = due === 0 ? null : evidenced / due;
  return { committed, due, evidenced, index, state: walkerState(index, committed, rules) };
}

/** A leader's index over the `count` periods ending with the one containing `asOf`, oldest first. */
export function leaderSeries(
  personId: string,
  facts: WalkerFacts,
  period: WalkerPeriod,
  count: number,
  asOf: Day,
  rules: WalkerRules,
): { span: DaySpan; score: WalkerScore }[] {
  const spans: DaySpan[] = [periodContaining(asOf, period)];
  while (spans.length < count) spans.unshift(previousPeriod(spans[0]!, period));
  return spans.map((span) => ({ span, score: leaderScore(personId, facts, span, asOf, rules) }));
}

/** Change of the index from the previous period to this one (null when either has nothing due). */
export function walkerTrend(current: WalkerScore, previous: WalkerScore): number | null {
  if (current.index === null || previous.index === null) return null;
  return current.index - previous.index;
}

/**
 * Consecutive months, back from the month of `asOf`, in which every occurrence due was fully evidenced. Months
 * with nothing due neither extend nor break the streak; looks back at most `lookBackMonths`.
 */
export function walkerStreak(
  personId: string,
  facts: WalkerFacts,
  asOf: Day,
  rules: WalkerRules,
  lookBackMonths = 36,
): number {
  let streak = 0;
  let span = periodContaining(asOf, 'month');
  for (let i = 0; i < lookBackMonths; i++, span = previousPeriod(span, 'month')) {
    const score = leaderScore(personId, facts, span, asOf, rules);
    if (score.due === 0) continue;
    if (score.evidenced < score.due - 1e-9) break;
    streak++;
  }
  return streak;
}

/** The running occurrence of a commitment that is due by the end of the month of `asOf`, with its progress. */
export interface DueSoon {
  commitmentId: string;
  span: DaySpan;
  /** Evidence counted so far, in pieces. */
  done: number;
  target: number;
  met: boolean;
}

/**
 * What falls due by the end of the month of `asOf`: for each active calendar commitment (not per decision), its
 * occurrence ending this month, if the commitment is active enough for it to count.
 */
export function dueThisMonth(facts: WalkerFacts, personId: string, asOf: Day, rules: WalkerRules): DueSoon[] {
  const month = periodContaining(asOf, 'month');
  const out: DueSoon[] = [];
  for (const c of facts.commitments) {
    if (c.personId !== personId || c.cadence === 'per_decision' || !activeOn(c, facts.leave, asOf)) continue;
    const span = periodContaining(asOf, { months: cadenceMonths(c.cadence, rules) });
    if (span.last > month.last) continue;
    // Started, or back from a pause, too late in the occurrence for it to fall due.
    if (activeDays(c, facts.leave, span) < rules.minimumActiveShare * spanDays(span)) continue;
    const done = evidenceOf(facts, c.id)
      .filter((e) => e.occurredOn >= span.first && e.occurredOn <= span.last)
      .reduce((sum, e) => sum + evidenceWeight(e, span, asOf, rules), 0);
    const target = Math.max(1, c.target);
    out.push({ commitmentId: c.id, span, done, target, met: done >= target });
  }
  return out;
}
