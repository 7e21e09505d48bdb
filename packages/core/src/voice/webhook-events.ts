/** The events an organisation can subscribe a webhook endpoint to. */
export const WEBHOOK_EVENTS = [
  'response.created',
  'responses.imported',
  'case.opened',
  'case.overdue',
  'case.resolved',
] as const;
/** An event sent to webhooks. */
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Seconds to wait before retry number `attempt` (1-based): 10 s, 20 s, 40 s… capped at one hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(3600, 10 * 2 ** Math.max(0, attempt - 1));
}
