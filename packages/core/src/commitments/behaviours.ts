/** How often a behaviour falls due. */
export const CADENCES = ['monthly', 'quarterly', 'review_cycle', 'per_decision'] as const;
/** A behaviour's cadence. */
export type Cadence = (typeof CADENCES)[number];

/** The kinds of record that show a behaviour was done. */
export const EVIDENCE_KINDS = [
  'customer_conversation',
  'decision_customer_impact',
  'review_objectives',
  'staff_enablement',
  'feedback_review',
  'online_engagement',
  'decision_clv',
  'new_focus',
] as const;
/** A kind of evidence. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Evidence kinds read from the decision log rather than logged as evidence. */
export const DECISION_EVIDENCE_KINDS: readonly EvidenceKind[] = ['decision_customer_impact', 'decision_clv'];

/** A behaviour of the catalogue as seeded for a new organisation. */
export interface DefaultBehaviour {
  key: string;
  name: string;
  description: string;
  cadence: Cadence;
  evidenceKind: EvidenceKind;
  /** What the evidence looks like, in the words a leader reads. */
  evidenceHint: string;
}

/** The eight leadership behaviours every organisation starts with (editable; organisations add their own). */
export const DEFAULT_BEHAVIOURS: readonly DefaultBehaviour[] = [
  {
    key: 'customer-day',
    name: 'Spend a day a month talking to customers',
    description: 'Spend at least one day a month personally talking to customers.',
    cadence: 'monthly',
    evidenceKind: 'customer_conversation',
    evidenceHint: 'customer-conversation notes: who, how long, what you learned',
  },
  {
    key: 'whats-in-it-for-customers',
    name: 'Ask "what is in this for our customers?" at every decision',
    description: 'Ask "what is in this for our customers?" at every decision.',
    cadence: 'per_decision',
    evidenceKind: 'decision_customer_impact',
    evidenceHint: 'a decision-log entry with its customer impact',
  },
  {
    key: 'customer-objectives-in-reviews',
    name: 'Put measurable customer objectives in performance reviews',
    description: 'Include measurable customer objectives in performance reviews, starting with your own.',
    cadence: 'review_cycle',
    evidenceKind: 'review_objectives',
    evidenceHint: 'goals with customer metrics in the review cycle',
  },
  {
    key: 'staff-time-for-customers',
    name: 'Give staff time and resources to engage with customers',
    description: 'Give staff time and resources to engage with customers.',
    cadence: 'monthly',
    evidenceKind: 'staff_enablement',
    evidenceHint: 'hours or budget granted, and to whom',
  },
  {
    key: 'monthly-feedback-review',
    name: 'Hold a monthly customer-feedback review with other departments',
    description:
      'Call a meeting to review customer feedback at least once a month and invite other departments.',
    cadence: 'monthly',
    evidenceKind: 'feedback_review',
    evidenceHint: 'a held feedback review with attendees from other departments',
  },
  {
    key: 'online-comments',
    name: 'Go online monthly to seek out customer comments',
    description:
      'Go online at least once a month to seek out customer comments and contribute to the conversation.',
    cadence: 'monthly',
    evidenceKind: 'online_engagement',
    evidenceHint: 'a link to the comment or your reply',
  },
  {
    key: 'clv-in-decisions',
    name: 'Include customer lifetime value in financial and investment decisions',
    description: 'Include customer lifetime value as a metric in all financial and investment decisions.',
    cadence: 'per_decision',
    evidenceKind: 'decision_clv',
    evidenceHint: 'the expected CLV effect recorded on the decision',
  },
  {
    key: 'quarterly-new-focus',
    name: 'Seek new ways of focusing on customers every quarter',
    description: 'Make a formal, quarterly effort to seek new ways of focusing on customers.',
    cadence: 'quarterly',
    evidenceKind: 'new_focus',
    evidenceHint: 'an idea, pilot or initiative started',
  },
];
