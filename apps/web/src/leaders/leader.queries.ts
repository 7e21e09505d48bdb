import type { ActionItem, updateActionItemBody } from '@centric/contracts/commitments/action-item.schemas';
import type {
  Behaviour,
  createBehaviourBody,
  updateBehaviourBody,
} from '@centric/contracts/commitments/behaviour.schemas';
import type { Commitment, createCommitmentBody } from '@centric/contracts/commitments/commitment.schemas';
import type { createDecisionBody, Decision } from '@centric/contracts/commitments/decision.schemas';
import type { EvidenceItem, LogEvidenceBody } from '@centric/contracts/commitments/evidence.schemas';
import type {
  createFeedbackReviewBody,
  FeedbackReview,
} from '@centric/contracts/commitments/feedback-review.schemas';
import type { LeavePeriod, RecordLeaveBody } from '@centric/contracts/commitments/leave.schemas';
import type {
  executiveBoard,
  LeaderPage,
  teamIndexList,
} from '@centric/contracts/commitments/walker.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import type { goalList } from '@centric/contracts/direction/goal.schemas';
import type { Person } from '@centric/contracts/people/person.schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { fetchAllPages, withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';

/** The executive board. */
export type ExecutiveBoard = z.output<typeof executiveBoard>;
/** A reporting period of the Walker index. */
export type WalkerPeriod = 'month' | 'quarter' | 'year';

const leadersKey = (slug: string) => ['org', slug, 'leaders'] as const;

/** The executive board over a period. */
export function useExecutiveBoard(period: WalkerPeriod) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...leadersKey(slug), 'board', period],
    queryFn: ({ signal }) => call<ExecutiveBoard>(withQuery('/api/v1/leaders/board', { period }), { signal }),
  });
}

/** A leader's page. */
export function useLeaderPage(personId: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...leadersKey(slug), 'page', personId],
    queryFn: ({ signal }) => call<LeaderPage>(`/api/v1/leaders/${encodeURIComponent(personId)}`, { signal }),
  });
}

/** Evidence waiting for the signed-in person's confirmation. */
export function useAwaitingConfirmation() {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...leadersKey(slug), 'awaiting'],
    queryFn: ({ signal }) =>
      call<Page<EvidenceItem>>(withQuery('/api/v1/evidence', { awaitingMyConfirmation: 'true', limit: 50 }), {
        signal,
      }),
  });
}

/** The behaviour catalogue. */
export function useBehaviours() {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...leadersKey(slug), 'behaviours'],
    queryFn: ({ signal }) => call<{ items: Behaviour[] }>('/api/v1/behaviours', { signal }),
    staleTime: 60_000,
  });
}

/** Everyone in the organisation (for picking attendees and participants). */
export function useEveryone() {
  const { slug } = useOrg();
  return useQuery({
    queryKey: ['org', slug, 'people', 'all'],
    queryFn: ({ signal }) => fetchAllPages<Person>('/api/v1/people', { org: slug, signal }),
    staleTime: 60_000,
  });
}

function useLeaderMutation<I, O>(run: (call: ReturnType<typeof useOrgApi>, input: I) => Promise<O>) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => run(call, input),
    onSuccess: () => client.invalidateQueries({ queryKey: leadersKey(slug) }),
  });
}

/** Logs a piece of evidence. */
export const useLogEvidence = () =>
  useLeaderMutation<LogEvidenceBody, EvidenceItem>((call, body) =>
    call('/api/v1/evidence', { method: 'POST', body }),
  );
/** Records a held feedback review. */
export const useRecordFeedbackReview = () =>
  useLeaderMutation<z.input<typeof createFeedbackReviewBody>, FeedbackReview>((call, body) =>
    call('/api/v1/feedback-reviews', { method: 'POST', body }),
  );
/** Records a decision. */
export const useRecordDecision = () =>
  useLeaderMutation<z.input<typeof createDecisionBody>, Decision>((call, body) =>
    call('/api/v1/decisions', { method: 'POST', body }),
  );
/** Confirms evidence as a participant. */
export const useConfirmEvidence = () =>
  useLeaderMutation<string, EvidenceItem>((call, id) =>
    call(`/api/v1/evidence/${encodeURIComponent(id)}/confirm`, { method: 'POST' }),
  );
/** Commits the signed-in person to a behaviour. */
export const useCommit = () =>
  useLeaderMutation<z.input<typeof createCommitmentBody>, Commitment>((call, body) =>
    call('/api/v1/commitments', { method: 'POST', body }),
  );

/** Pauses, resumes or ends one of the signed-in leader's commitments. */
export const useChangeCommitment = () =>
  useLeaderMutation<{ id: string; action: 'pause' | 'resume' | 'end'; reason?: string }, Commitment>(
    (call, input) =>
      call(`/api/v1/commitments/${encodeURIComponent(input.id)}/${input.action}`, {
        method: 'POST',
        body: input.action === 'resume' ? {} : { reason: input.reason },
      }),
  );

/** Each team's Walker index. */
export type TeamIndex = z.output<typeof teamIndexList>[number];

/** The Walker index of every team over a period. */
export function useTeamIndex(period: WalkerPeriod) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...leadersKey(slug), 'teams', period],
    queryFn: ({ signal }) => call<TeamIndex[]>(withQuery('/api/v1/leaders/teams', { period }), { signal }),
  });
}

/** Adds a behaviour to the catalogue. */
export const useCreateBehaviour = () =>
  useLeaderMutation<z.input<typeof createBehaviourBody>, Behaviour>((call, body) =>
    call('/api/v1/behaviours', { method: 'POST', body }),
  );
/** Edits or retires a behaviour of the catalogue. */
export const useUpdateBehaviour = () =>
  useLeaderMutation<{ id: string; body: z.input<typeof updateBehaviourBody> }, Behaviour>((call, input) =>
    call(`/api/v1/behaviours/${encodeURIComponent(input.id)}`, { method: 'PATCH', body: input.body }),
  );

/** Records a period of leave. */
export const useRecordLeave = () =>
  useLeaderMutation<RecordLeaveBody, LeavePeriod>((call, body) =>
    call('/api/v1/leave', { method: 'POST', body }),
  );
/** Removes a period of leave. */
export const useRemoveLeave = () =>
  useLeaderMutation<string, null>((call, id) =>
    call(`/api/v1/leave/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );

/** Moves an action item on: its state, owner, due date. */
export const useUpdateActionItem = () =>
  useLeaderMutation<{ id: string; body: z.input<typeof updateActionItemBody> }, ActionItem>((call, input) =>
    call(`/api/v1/action-items/${encodeURIComponent(input.id)}`, { method: 'PATCH', body: input.body }),
  );

/** The organisation's customer goals (for linking review objectives); only for those who may read goals. */
export function useCustomerGoals(enabled: boolean) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...leadersKey(slug), 'customer-goals'],
    queryFn: ({ signal }) => call<z.output<typeof goalList>>('/api/v1/direction/goals', { signal }),
    select: (data) => data.items.filter((g) => g.customer),
    enabled,
    staleTime: 60_000,
  });
}
