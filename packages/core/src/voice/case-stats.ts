/** What the closed loop achieved over a set of cases. */
export interface CaseStats {
  opened: number;
  open: number;
  overdue: number;
  /** Cases contacted, and the median hours from opening to first contact (null when none). */
  contacted: number;
  medianHoursToContact: number | null;
  /** Follow-ups answered, and the share of them no longer unhappy (null when none answered). */
  followUpsAnswered: number;
  recoveryRate: number | null;
}

/** One case as the statistics need it. */
export interface CaseFacts {
  openedAt: Date;
  contactedAt: Date | null;
  closed: boolean;
  overdue: boolean;
  /** The follow-up's verdict: true recovered, false still unhappy, null not answered (or none sent). */
  recovered: boolean | null;
}

/** Counts, median time to contact and recovery rate of a set of cases. */
export function caseStats(cases: readonly CaseFacts[]): CaseStats {
  const hours = cases
    .filter((c) => c.contactedAt !== null)
    .map((c) => (c.contactedAt!.getTime() - c.openedAt.getTime()) / 3_600_000)
    .sort((a, b) => a - b);
  const answered = cases.filter((c) => c.recovered !== null);
  return {
    opened: cases.length,
    open: cases.filter((c) => !c.closed).length,
    overdue: cases.filter((c) => c.overdue).length,
    contacted: hours.length,
    medianHoursToContact: median(hours),
    followUpsAnswered: answered.length,
    recoveryRate: answered.length === 0 ? null : answered.filter((c) => c.recovered).length / answered.length,
  };
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
