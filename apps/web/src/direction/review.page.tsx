import type { Review } from '@centric/contracts/direction/review.schemas';
import { RATING_MAX, RATING_MIN } from '@centric/core/direction/review-cycle';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/api';
import { useOrg } from '../app/org-context';
import { errorMessage, notifyError, notifySuccess } from '../common/errors';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { useReview, useSavePart, useSignOff } from './review.queries';
import { ReviewStateBadge } from './review-state';
import { TargetProgress } from './target-progress';

type Part = 'self' | 'manager';

const RATINGS = [
  { value: '', label: 'Not rated yet' },
  ...Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => {
    const r = RATING_MIN + i;
    const words = [
      'well below expectations',
      'below expectations',
      'as expected',
      'above expectations',
      'far above expectations',
    ];
    return { value: String(r), label: `${r} — ${words[i]}` };
  }),
];

/** The problems the server listed when a submission was refused (the customer section is required). */
function problemsOf(error: unknown): string[] {
  if (error instanceof ApiError) {
    const details = error.details as { problems?: string[] } | undefined;
    if (details?.problems) return details.problems;
  }
  return [];
}

/** The form of one part: a rating and a comment per customer objective, then the overall rating and text. */
function PartForm({ review, part }: { review: Review; part: Part }) {
  const save = useSavePart();
  const initial = part === 'self' ? review.self : review.manager;
  const [overall, setOverall] = useState({
    rating: initial?.rating ? String(initial.rating) : '',
    text: initial?.text ?? '',
  });
  const [objectives, setObjectives] = useState(
    Object.fromEntries(
      review.objectives
        .filter((o) => o.goalId)
        .map((o) => {
          const a = o[part];
          return [o.goalId!, { rating: a?.rating ? String(a.rating) : '', comment: a?.comment ?? '' }];
        }),
    ),
  );
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const submit = (final: boolean) =>
    save.mutate(
      {
        id: review.id,
        part,
        body: {
          rating: overall.rating ? Number(overall.rating) : null,
          text: overall.text,
          objectives: Object.entries(objectives).map(([goalId, a]) => ({
            goalId,
            rating: a.rating ? Number(a.rating) : null,
            comment: a.comment,
          })),
          submit: final,
        },
      },
      {
        onSuccess: () => {
          setProblems([]);
          setError(null);
          notifySuccess(final ? 'Submitted' : 'Draft saved');
        },
        onError: (e) => {
          setProblems(problemsOf(e));
          setError(errorMessage(e));
        },
      },
    );
  const who = part === 'self' ? 'Your self assessment' : 'Manager assessment';
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(true);
        }}
        data-testid={`${part}-form`}
      >
        <Stack>
          <Title order={2} size="h4">
            {who}
          </Title>
          <Title order={3} size="h5">
            Customer objectives
          </Title>
          {review.objectives.length === 0 ? (
            <Alert color="orange" data-testid="no-objectives">
              This review has no customer objective yet. The section is required: the person’s manager sets
              them a customer goal (Direction → Goals), and it appears here.
            </Alert>
          ) : null}
          {review.objectives.map((o, i) =>
            o.goalId ? (
              <Card key={o.goalId} withBorder padding="sm" data-testid="objective-input">
                <Stack gap="xs">
                  <Text fw={600}>{o.title}</Text>
                  {o.goal ? <TargetProgress target={o.goal.target} /> : null}
                  <Group grow align="flex-start">
                    <NativeSelect
                      label="Rating"
                      data={RATINGS}
                      value={objectives[o.goalId]?.rating ?? ''}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setObjectives((s) => ({ ...s, [o.goalId!]: { ...s[o.goalId!]!, rating: v } }));
                      }}
                      data-testid={`objective-rating-${i}`}
                    />
                    <Textarea
                      label="What happened"
                      autosize
                      minRows={2}
                      value={objectives[o.goalId]?.comment ?? ''}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setObjectives((s) => ({ ...s, [o.goalId!]: { ...s[o.goalId!]!, comment: v } }));
                      }}
                      data-testid={`objective-comment-${i}`}
                    />
                  </Group>
                </Stack>
              </Card>
            ) : null,
          )}
          <Title order={3} size="h5">
            Overall
          </Title>
          <NativeSelect
            label="Overall rating"
            data={RATINGS}
            value={overall.rating}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setOverall((s) => ({ ...s, rating: v }));
            }}
            data-testid={`${part}-rating`}
          />
          <Textarea
            label="Assessment"
            autosize
            minRows={3}
            value={overall.text}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setOverall((s) => ({ ...s, text: v }));
            }}
            data-testid={`${part}-text`}
          />
          {error ? (
            <Alert color="red" title="Not submitted" role="alert" data-testid="review-error">
              {problems.length > 0 ? (
                <List size="sm">
                  {problems.map((p) => (
                    <List.Item key={p}>{p}</List.Item>
                  ))}
                </List>
              ) : (
                error
              )}
            </Alert>
          ) : null}
          <Group>
            <Button
              variant="default"
              onClick={() => submit(false)}
              loading={save.isPending}
              data-testid={`${part}-save`}
            >
              Save draft
            </Button>
            <Button type="submit" loading={save.isPending} data-testid={`${part}-submit`}>
              Submit
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A submitted (or visible) part, read-only. */
function PartView({ review, part }: { review: Review; part: Part }) {
  const p = part === 'self' ? review.self : review.manager;
  if (!p?.submittedAt) return null;
  return (
    <Card withBorder data-testid={`${part}-view`}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {part === 'self'
            ? 'Self assessment'
            : `Manager assessment${review.reviewerName ? ` by ${review.reviewerName}` : ''}`}
        </Title>
        {review.objectives.map((o) => {
          const a = o[part];
          return (
            <Text key={o.goalId ?? o.title} size="sm">
              <b>{o.title}</b>: {a?.rating ?? '—'} / {RATING_MAX} — {a?.comment || '—'}
            </Text>
          );
        })}
        <Text size="sm">
          <b>Overall</b>: {p.rating ?? '—'} / {RATING_MAX} — {p.text}
        </Text>
        <Text size="xs" c="dimmed">
          Submitted {p.submittedAt.slice(0, 10)}
        </Text>
      </Stack>
    </Card>
  );
}

/** One person's review: their customer objectives with live progress, the self and manager assessments. */
export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const { slug } = useOrg();
  const review = useReview(reviewId);
  const signOff = useSignOff();
  if (review.error) return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  if (!review.data) return null;
  const r = review.data;
  return (
    <Stack>
      <PageHeader
        title={`${r.personName} — ${r.cycle.name}`}
        description={`${r.personTitle ?? ''}${r.personTitle ? ' · ' : ''}reviewed by ${r.reviewerName ?? 'an admin'} · ${r.cycle.startDate} to ${r.cycle.endDate}`}
        actions={<ReviewStateBadge state={r.state} />}
      />
      <Anchor component={Link} to={`/o/${slug}/direction?tab=reviews`} size="sm">
        ← All reviews
      </Anchor>
      {r.openRefusal ? (
        <Alert color="gray" data-testid="review-closed">
          {r.openRefusal}
        </Alert>
      ) : null}
      {!r.may.writeSelf && !r.may.writeManager ? (
        <Card withBorder data-testid="objectives-view">
          <Stack gap="xs">
            <Title order={2} size="h4">
              Customer objectives
            </Title>
            {r.objectives.length === 0 ? <Text c="dimmed">No customer objective yet.</Text> : null}
            {r.objectives.map((o) => (
              <Stack key={o.goalId ?? o.title} gap={4}>
                <Text fw={600}>{o.title}</Text>
                {o.goal ? (
                  <TargetProgress target={o.goal.target} />
                ) : (
                  <Text size="sm">The goal was removed.</Text>
                )}
              </Stack>
            ))}
          </Stack>
        </Card>
      ) : null}
      {r.may.writeSelf ? (
        <PartForm key={`self-${r.state}`} review={r} part="self" />
      ) : (
        <PartView review={r} part="self" />
      )}
      {r.may.writeManager ? (
        <PartForm key={`manager-${r.state}`} review={r} part="manager" />
      ) : (
        <PartView review={r} part="manager" />
      )}
      {r.may.signOff ? (
        <Card withBorder>
          <Group justify="space-between">
            <Text>Both assessments are in. Signing off completes your review.</Text>
            <Button
              onClick={() =>
                signOff.mutate(r.id, {
                  onSuccess: () => notifySuccess('Your review is complete'),
                  onError: (e) => notifyError('Could not sign off', e),
                })
              }
              loading={signOff.isPending}
              data-testid="sign-off"
            >
              Sign off
            </Button>
          </Group>
        </Card>
      ) : null}
    </Stack>
  );
}
