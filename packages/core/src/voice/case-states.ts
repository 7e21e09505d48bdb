/** The states of a closed-loop case. */
export const CASE_STATUSES = ['new', 'contacted', 'resolved', 'wont_fix'] as const;
/** Where a case is. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

const MOVES: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['contacted', 'resolved', 'wont_fix'],
  contacted: ['resolved', 'wont_fix'],
  resolved: ['contacted'],
  wont_fix: ['contacted'],
};

/** True when a case may move from one state to another (a closed case reopens to contacted). */
export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return MOVES[from].includes(to);
}

/** True for the states that close a case (they need a root cause). */
export function isClosed(status: CaseStatus): boolean {
  return status === 'resolved' || status === 'wont_fix';
}

/** A case is overdue while nobody has contacted the customer and the SLA's due time has passed. */
export function isOverdue(
  kase: { status: CaseStatus; contactedAt: Date | null; dueAt: Date },
  now: Date,
): boolean {
  return kase.status === 'new' && kase.contactedAt === null && now.getTime() > kase.dueAt.getTime();
}
