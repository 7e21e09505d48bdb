import type { goalList, myPart, standingList } from '@centric/contracts/direction/goal.schemas';
import type {
  createInitiativeBody,
  initiativeList,
  winList,
} from '@centric/contracts/direction/initiative.schemas';
import type { Vision, visionDraftBody, visionOverview } from '@centric/contracts/direction/vision.schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { useOrg, useOrgApi } from '../app/org-context';

/** The vision overview: published, draft, versions. */
export type VisionOverview = z.output<typeof visionOverview>;
/** The ranked action plan. */
export type InitiativeList = z.output<typeof initiativeList>;
/** One initiative with its live progress. */
export type InitiativeItem = InitiativeList['items'][number];
/** The signed-in person's part. */
export type MyPart = z.output<typeof myPart>;

const base = (slug: string) => ['org', slug, 'direction'] as const;

function useDirectionQuery<T>(part: string, path: string, enabled = true) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...base(slug), part],
    queryFn: ({ signal }) => call<T>(path, { signal }),
    enabled,
  });
}

/** The published vision, the open draft and every version. */
export const useVisions = () => useDirectionQuery<VisionOverview>('visions', '/api/v1/direction/visions');
/** The action plan with live progress. */
export const useInitiatives = () =>
  useDirectionQuery<InitiativeList>('initiatives', '/api/v1/direction/initiatives');
/** Quick wins and pilots that reached their target. */
export const useWins = () => useDirectionQuery<z.output<typeof winList>>('wins', '/api/v1/direction/wins');
/** The signed-in person's initiatives and goals. */
export const useMyPart = () => useDirectionQuery<MyPart>('my-part', '/api/v1/direction/my-part');
/** Goals of units and people (managers and above). */
export const useGoals = (enabled: boolean) =>
  useDirectionQuery<z.output<typeof goalList>>('goals', '/api/v1/direction/goals', enabled);
/** Standings against the baseline (managers and above). */
export const useStandings = (enabled: boolean) =>
  useDirectionQuery<z.output<typeof standingList>>('standings', '/api/v1/direction/standings', enabled);

/** A write to the direction API that refreshes everything about direction. */
function useDirectionMutation<I, O>(
  request: (input: I) => { path: string; method: 'POST' | 'PUT'; body?: unknown },
) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => {
      const r = request(input);
      return call<O>(r.path, { method: r.method, body: r.body ?? {} });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: base(slug) }),
  });
}

/** Opens a new draft. */
export const useCreateDraft = () =>
  useDirectionMutation<z.input<typeof visionDraftBody>, Vision>((body) => ({
    path: '/api/v1/direction/visions',
    method: 'POST',
    body,
  }));
/** Comments on the draft. */
export const useComment = () =>
  useDirectionMutation<{ visionId: string; body: string }, Vision>(({ visionId, body }) => ({
    path: `/api/v1/direction/visions/${visionId}/comments`,
    method: 'POST',
    body: { body },
  }));
/** Answers a comment. */
export const useAnswer = () =>
  useDirectionMutation<{ commentId: string; answer: string }, Vision>(({ commentId, answer }) => ({
    path: `/api/v1/direction/vision-comments/${commentId}/answer`,
    method: 'POST',
    body: { answer },
  }));
/** Publishes the draft. */
export const usePublish = () =>
  useDirectionMutation<string, { announced: number }>((visionId) => ({
    path: `/api/v1/direction/visions/${visionId}/publish`,
    method: 'POST',
  }));
/** Adds an initiative. */
export const useCreateInitiative = () =>
  useDirectionMutation<z.input<typeof createInitiativeBody>, InitiativeItem>((body) => ({
    path: '/api/v1/direction/initiatives',
    method: 'POST',
    body,
  }));
