import type { Cadence, EvidenceKind } from '@centric/core/commitments/behaviours';

/** How a cadence reads in the app. */
export const CADENCE_LABELS: Record<Cadence, string> = {
  monthly: 'Every month',
  quarterly: 'Every quarter',
  review_cycle: 'Every review cycle',
  per_decision: 'At every decision',
};

/** How an evidence kind reads in the app. */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  customer_conversation: 'Customer conversation',
  decision_customer_impact: 'Decision with its customer impact',
  review_objectives: 'Customer objectives in reviews',
  staff_enablement: 'Staff enabled to engage customers',
  feedback_review: 'Feedback review meeting',
  online_engagement: 'Online engagement',
  decision_clv: 'Decision with its CLV effect',
  new_focus: 'New-focus effort',
};
