import type { Goal, updateGoalBody } from '@centric/contracts/direction/goal.schemas';
import type {
  createIncentivePlanBody,
  incentiveActuals,
  incentivePlan,
  incentivePlanList,
  simulationBody,
  simulationResult,
} from '@centric/contracts/direction/incentive.schemas';
import type {
  createReviewCycleBody,
  myReviews,
  Review,
  ReviewCycle,
  reviewCycleDetail,
  reviewCycleList,
  saveReviewPartBody,
} from '@centric/contracts/direction/review.schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { useOrg, useOrgApi } from '../app/org-context';

const base = (slug: string) => ['org', slug, 'direction'] as const;

function useDirectionGet<T>(key: readonly unknown[], path: string, enabled = true) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...base(slug), ...key],
    queryFn: ({ signal }) => call<T>(path, { signal }),
    enabled,
  });
}

/** A write to the direction API that refreshes everything about direction. */
function useDirectionWrite<I, O>(
  request: (input: I) => { path: string; method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown },
) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => {
      const r = request(input);
      return call<O>(r.path, {
        method: r.method,
        ...(r.method === 'DELETE' ? {} : { body: r.body ?? {} }),
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: base(slug) }),
  });
}

/** Review cycles with their progress. */
export const useReviewCycles = () =>
  useDirectionGet<z.output<typeof reviewCycleList>>(['review-cycles'], '/api/v1/direction/review-cycles');
/** One cycle with the reviews the caller may see. */
export const useReviewCycle = (id: string | null) =>
  useDirectionGet<z.output<typeof reviewCycleDetail>>(
    ['review-cycles', id],
    `/api/v1/direction/review-cycles/${id}`,
    id !== null,
  );
/** The caller's own reviews and their team's. */
export const useMyReviews = () =>
  useDirectionGet<z.output<typeof myReviews>>(['reviews'], '/api/v1/direction/reviews');
/** One review. */
export const useReview = (id: string) =>
  useDirectionGet<Review>(['reviews', id], `/api/v1/direction/reviews/${id}`);

/** Creates a cycle. */
export const useCreateCycle = () =>
  useDirectionWrite<z.input<typeof createReviewCycleBody>, ReviewCycle>((body) => ({
    path: '/api/v1/direction/review-cycles',
    method: 'POST',
    body,
  }));
/** Opens a cycle to the leaders or to everyone, or closes it. */
export const useCycleStep = () =>
  useDirectionWrite<{ id: string; step: 'open-leaders' | 'open-everyone' | 'close' }, ReviewCycle>(
    ({ id, step }) => ({ path: `/api/v1/direction/review-cycles/${id}/${step}`, method: 'POST' }),
  );
/** Saves or submits a part of a review. */
export const useSavePart = () =>
  useDirectionWrite<
    { id: string; part: 'self' | 'manager'; body: z.input<typeof saveReviewPartBody> },
    Review
  >(({ id, part, body }) => ({ path: `/api/v1/direction/reviews/${id}/${part}`, method: 'PUT', body }));
/** Signs a review off. */
export const useSignOff = () =>
  useDirectionWrite<string, Review>((id) => ({
    path: `/api/v1/direction/reviews/${id}/sign-off`,
    method: 'POST',
  }));

/** Changes a goal. */
export const useEditGoal = () =>
  useDirectionWrite<{ id: string; body: z.input<typeof updateGoalBody> }, Goal>(({ id, body }) => ({
    path: `/api/v1/direction/goals/${id}`,
    method: 'PATCH',
    body,
  }));
/** Removes a goal. */
export const useRemoveGoal = () =>
  useDirectionWrite<string, null>((id) => ({ path: `/api/v1/direction/goals/${id}`, method: 'DELETE' }));

/** An incentive plan. */
export type IncentivePlan = z.output<typeof incentivePlan>;
/** Incentive plans. */
export const useIncentivePlans = (enabled: boolean) =>
  useDirectionGet<z.output<typeof incentivePlanList>>(
    ['incentive-plans'],
    '/api/v1/direction/incentive-plans',
    enabled,
  );
/** Actual results over the last 90 days for the organisation or a unit. */
export const useIncentiveActuals = (unit: string, enabled: boolean) =>
  useDirectionGet<z.output<typeof incentiveActuals>>(
    ['incentive-actuals', unit],
    `/api/v1/direction/incentive-actuals${unit ? `?unit=${unit}` : ''}`,
    enabled,
  );
/** Replaces a plan. */
export const useUpdatePlan = () =>
  useDirectionWrite<{ id: string; body: z.input<typeof createIncentivePlanBody> }, IncentivePlan>(
    ({ id, body }) => ({ path: `/api/v1/direction/incentive-plans/${id}`, method: 'PUT', body }),
  );
/** Simulates a payout (read-only: nothing to refresh). */
export function useSimulate() {
  const call = useOrgApi();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof simulationBody> }) =>
      call<z.output<typeof simulationResult>>(`/api/v1/direction/incentive-plans/${id}/simulation`, {
        method: 'POST',
        body,
      }),
  });
}
