/**
 * True when a customer may be surveyed now: never after unsubscribing, and not within `minDays` of the last
 * invitation they were sent.
 */
export function mayInvite(
  now: Date,
  lastInvitedAt: Date | null,
  minDays: number,
  unsubscribed: boolean,
): boolean {
  if (unsubscribed) return false;
  if (!lastInvitedAt) return true;
  return now.getTime() - lastInvitedAt.getTime() >= minDays * 86_400_000;
}
