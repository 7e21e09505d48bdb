import type { channel, touchpoint } from '@centric/contracts/catalogue/catalogue.schemas';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import type { createSurveyBody, Survey, updateSurveyBody } from '@centric/contracts/surveys/survey.schemas';
import type {
  createSurveyLinkBody,
  inviteCustomersBody,
  inviteCustomersResult,
  surveyInvitationList,
  surveyLink,
  surveyLinkList,
  VoiceSettings,
} from '@centric/contracts/voice/voice.schemas';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { fetchAllPages, withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';
import { keys } from '../app/query-keys';

/** A survey link or widget. */
export type SurveyLink = z.output<typeof surveyLink>;
/** A customer invitation. */
export type SurveyInvitation = z.output<typeof surveyInvitationList>['items'][number];
/** What an invitation request did (or would do, on a dry run). */
export type InviteResult = z.output<typeof inviteCustomersResult>;
/** A channel. */
export type Channel = z.output<typeof channel>;
/** A touchpoint. */
export type Touchpoint = z.output<typeof touchpoint>;

const surveysKey = (slug: string) => ['org', slug, 'surveys'] as const;

/** The surveys, page by page, newest first. */
export function useSurveyPages(status: string | undefined) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useInfiniteQuery({
    queryKey: [...surveysKey(slug), 'list', status ?? 'all'],
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<Survey>) => last.nextCursor,
    queryFn: ({ pageParam, signal }) =>
      call<Page<Survey>>(withQuery('/api/v1/surveys', { status, limit: 50, cursor: pageParam }), { signal }),
  });
}

/** One survey. */
export function useSurvey(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: keys.survey(slug, id),
    queryFn: ({ signal }) => call<Survey>(`/api/v1/surveys/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Creates a survey (a draft unless said otherwise). */
export function useCreateSurvey() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createSurveyBody>) =>
      call<Survey>('/api/v1/surveys', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKey(slug) }),
  });
}

/** Changes a survey's name, kind, texts, targets, questions or state. */
export function useUpdateSurvey(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof updateSurveyBody>) =>
      call<Survey>(`/api/v1/surveys/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: (survey) => {
      queryClient.setQueryData(keys.survey(slug, id), survey);
      void queryClient.invalidateQueries({ queryKey: [...surveysKey(slug), 'list'] });
    },
  });
}

/** The anonymous links and widgets of a survey. */
export function useSurveyLinks(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...keys.survey(slug, id), 'links'],
    queryFn: ({ signal }) =>
      call<z.output<typeof surveyLinkList>>(`/api/v1/surveys/${encodeURIComponent(id)}/links`, { signal }),
  });
}

/** Creates an anonymous link or a widget. */
export function useCreateSurveyLink(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createSurveyLinkBody>) =>
      call<SurveyLink>(`/api/v1/surveys/${encodeURIComponent(id)}/links`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...keys.survey(slug, id), 'links'] }),
  });
}

/** The customer invitations of a survey, newest first. */
export function useSurveyInvitations(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: [...keys.survey(slug, id), 'invitations'],
    queryFn: ({ signal }) =>
      call<z.output<typeof surveyInvitationList>>(`/api/v1/surveys/${encodeURIComponent(id)}/invitations`, {
        signal,
      }),
  });
}

/** Sends invitations, or with `dryRun` answers who would be invited and who skipped. */
export function useInviteCustomers(id: string) {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof inviteCustomersBody>) =>
      call<InviteResult>(`/api/v1/surveys/${encodeURIComponent(id)}/invitations`, { method: 'POST', body }),
    onSuccess: (_result, body) => {
      if (!body.dryRun)
        void queryClient.invalidateQueries({ queryKey: [...keys.survey(slug, id), 'invitations'] });
    },
  });
}

/** Every channel and every touchpoint, for targets and link attribution. */
export function useChannels() {
  const { slug } = useOrg();
  return useQuery({
    queryKey: ['org', slug, 'channels'],
    queryFn: ({ signal }) => fetchAllPages<Channel>('/api/v1/channels', { org: slug, signal }),
    staleTime: 60_000,
  });
}

/** Every touchpoint. */
export function useTouchpoints() {
  const { slug } = useOrg();
  return useQuery({
    queryKey: ['org', slug, 'touchpoints'],
    queryFn: ({ signal }) => fetchAllPages<Touchpoint>('/api/v1/touchpoints', { org: slug, signal }),
    staleTime: 60_000,
  });
}

/** Replaces the voice settings. */
export function useSaveVoiceSettings() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VoiceSettings) =>
      call<VoiceSettings>('/api/v1/voice/settings', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(['org', slug, 'voice-settings'], saved),
  });
}
