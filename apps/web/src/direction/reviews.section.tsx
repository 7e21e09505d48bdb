import type { ReviewCycle, ReviewSummary } from '@centric/contracts/direction/review.schemas';
import { type CYCLE_KINDS, REVIEW_STATES } from '@centric/core/direction/review-cycle';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { errorMessage, notifyError, notifySuccess } from '../common/errors';
import { QueryError } from '../common/query-error';
import { PersonSelect } from '../people/person-select';
import {
  useCreateCycle,
  useCycleStep,
  useMyReviews,
  useReviewCycle,
  useReviewCycles,
} from './review.queries';
import { PHASE_LABEL, ReviewStateBadge, stateLabel } from './review-state';

const COLORS = {
  'not-started': 'gray',
  'self-done': 'blue',
  'manager-done': 'grape',
  complete: 'teal',
} as const;

/** One group's progress: a stacked bar of states and the counts in words. */
function ProgressBar({
  title,
  progress,
  testId,
}: {
  title: string;
  progress: ReviewCycle['leaders'];
  testId: string;
}) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}: {progress.byState.complete} of {progress.total} complete
      </Text>
      {progress.total > 0 ? (
        <Progress.Root size="lg" aria-hidden>
          {REVIEW_STATES.map((s) =>
            progress.byState[s] > 0 ? (
              <Progress.Section
                key={s}
                value={(100 * progress.byState[s]) / progress.total}
                color={COLORS[s]}
              />
            ) : null,
          )}
        </Progress.Root>
      ) : null}
      <Text size="xs" c="dimmed">
        {REVIEW_STATES.map((s) => `${stateLabel(s)} ${progress.byState[s]}`).join(' · ')}
      </Text>
    </Stack>
  );
}

/** A cycle: its phase, the CEO's review (the gate), progress, and the admin's next step. */
function CycleCard({ cycle }: { cycle: ReviewCycle }) {
  const { can } = useOrg();
  const step = useCycleStep();
  const [refusal, setRefusal] = useState<string | null>(null);
  const run = (s: 'open-leaders' | 'open-everyone' | 'close', done: string) =>
    step.mutate(
      { id: cycle.id, step: s },
      {
        onSuccess: () => {
          setRefusal(null);
          notifySuccess(done);
        },
        onError: (error) => setRefusal(errorMessage(error)),
      },
    );
  return (
    <Card withBorder data-testid="review-cycle" data-cycle={cycle.id} data-phase={cycle.phase}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {cycle.name}{' '}
            <Text span size="sm" c="dimmed">
              {cycle.startDate} to {cycle.endDate}
            </Text>
          </Title>
          <Badge variant="light" data-testid="cycle-phase">
            {PHASE_LABEL[cycle.phase]}
          </Badge>
        </Group>
        <Text size="sm" data-testid="ceo-review-state">
          The CEO’s review: {cycle.ceoReviewState ? stateLabel(cycle.ceoReviewState) : 'not open yet'}
          {cycle.phase === 'leaders' ? ' — everyone else’s reviews open once it is complete.' : ''}
          {cycle.boardReviewerName ? ` · assessed for the board by ${cycle.boardReviewerName}` : ''}
        </Text>
        <ProgressBar title="Leaders" progress={cycle.leaders} testId="progress-leaders" />
        <ProgressBar title="Everyone else" progress={cycle.everyone} testId="progress-everyone" />
        {refusal ? (
          <Alert color="orange" title="Not yet" data-testid="cycle-refusal" role="alert">
            {refusal}
          </Alert>
        ) : null}
        {can('reviewCycle.manage') && cycle.phase !== 'closed' ? (
          <Group>
            {cycle.phase === 'draft' ? (
              <Button
                onClick={() => run('open-leaders', 'The leaders’ reviews are open')}
                loading={step.isPending}
                data-testid="open-leaders"
              >
                Open the leaders’ reviews
              </Button>
            ) : null}
            {cycle.phase === 'leaders' ? (
              <Button
                onClick={() => run('open-everyone', 'The cycle is open to everyone')}
                loading={step.isPending}
                data-testid="open-everyone"
              >
                Open for everyone
              </Button>
            ) : null}
            {cycle.phase !== 'draft' ? (
              <Button
                variant="default"
                onClick={() => run('close', 'The cycle is closed')}
                loading={step.isPending}
                data-testid="close-cycle"
              >
                Close the cycle
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Reviews as a table: whose, reviewer, state, a link to open. */
export function ReviewTable({
  reviews,
  testId,
  caption,
}: {
  reviews: ReviewSummary[];
  testId: string;
  caption: string;
}) {
  const { slug } = useOrg();
  return (
    <Table striped verticalSpacing="xs" data-testid={testId}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Person</Table.Th>
          <Table.Th scope="col">Cycle</Table.Th>
          <Table.Th scope="col">Reviewer</Table.Th>
          <Table.Th scope="col">State</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reviews.map((r) => (
          <Table.Tr key={r.id} data-testid="review-row" data-person={r.personId}>
            <Table.Td>
              <Anchor component={Link} to={`/o/${slug}/direction/reviews/${r.id}`}>
                {r.personName}
              </Anchor>
              {r.ceo ? ' · CEO' : r.leader ? ' · leader' : ''}
            </Table.Td>
            <Table.Td>{r.cycleName}</Table.Td>
            <Table.Td>{r.reviewerName ?? 'an admin'}</Table.Td>
            <Table.Td>
              <ReviewStateBadge state={r.state} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Every review of the newest cycle for admins: who is done, who is not. */
function CycleReviews({ id }: { id: string }) {
  const detail = useReviewCycle(id);
  if (detail.error) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data || detail.data.reviews.length === 0) return null;
  return (
    <Card withBorder>
      <ReviewTable
        reviews={detail.data.reviews}
        testId="cycle-reviews"
        caption={`Every review of ${detail.data.name}`}
      />
    </Card>
  );
}

function NewCycle() {
  const create = useCreateCycle();
  const now = new Date();
  const [form, setForm] = useState({
    kind: 'quarter' as (typeof CYCLE_KINDS)[number],
    year: now.getFullYear() as number | string,
    quarter: String(Math.floor(now.getMonth() / 3) + 1),
    boardReviewerPersonId: null as string | null,
  });
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            {
              kind: form.kind,
              year: Number(form.year),
              ...(form.kind === 'quarter' ? { quarter: Number(form.quarter) } : {}),
              ...(form.boardReviewerPersonId ? { boardReviewerPersonId: form.boardReviewerPersonId } : {}),
            },
            {
              onSuccess: (c) => notifySuccess(`${c.name} created: open the leaders’ reviews when ready`),
              onError: (error) => notifyError('Could not create the cycle', error),
            },
          );
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            New review cycle
          </Title>
          <Group grow align="flex-end">
            <NativeSelect
              label="Kind"
              value={form.kind}
              onChange={(e) => setForm((f) => ({ ...f, kind: e.currentTarget.value as 'quarter' | 'year' }))}
              data={[
                { value: 'quarter', label: 'Quarterly' },
                { value: 'year', label: 'Annual' },
              ]}
              data-testid="cycle-kind"
            />
            <NumberInput
              label="Year"
              required
              min={2000}
              max={2100}
              value={form.year}
              onChange={(v) => setForm((f) => ({ ...f, year: v }))}
              data-testid="cycle-year"
            />
            {form.kind === 'quarter' ? (
              <NativeSelect
                label="Quarter"
                value={form.quarter}
                onChange={(e) => setForm((f) => ({ ...f, quarter: e.currentTarget.value }))}
                data={['1', '2', '3', '4'].map((q) => ({ value: q, label: `Q${q}` }))}
                data-testid="cycle-quarter"
              />
            ) : null}
          </Group>
          <PersonSelect
            label="Assesses the CEO for the board"
            description="Writes the manager assessment of the CEO and of anyone without a manager; an admin does when nobody is named."
            value={form.boardReviewerPersonId}
            onChange={(v) => setForm((f) => ({ ...f, boardReviewerPersonId: v }))}
            testId="cycle-board-reviewer"
          />
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="cycle-create">
              Create cycle
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Reviews: the cycles with their progress, my reviews, my team's, and (admins) running the cycle. */
export function ReviewsSection() {
  const { can } = useOrg();
  const cycles = useReviewCycles();
  const mine = useMyReviews();
  if (cycles.error) return <QueryError error={cycles.error} onRetry={() => void cycles.refetch()} />;
  const newest = cycles.data?.items[0] ?? null;
  return (
    <Stack data-testid="reviews-section">
      <Text size="sm" c="dimmed">
        Every review has a customer-objectives section. The leaders are reviewed first; the cycle opens for
        everyone else once the CEO’s own review is complete.
      </Text>
      {mine.data && mine.data.mine.length > 0 ? (
        <Card withBorder>
          <ReviewTable reviews={mine.data.mine} testId="my-reviews" caption="My reviews" />
        </Card>
      ) : null}
      {mine.data && mine.data.team.length > 0 ? (
        <Card withBorder>
          <ReviewTable
            reviews={mine.data.team}
            testId="team-reviews"
            caption="Reviews I write the manager assessment of"
          />
        </Card>
      ) : null}
      {cycles.data?.items.length === 0 ? (
        <EmptyState title="No review cycles yet" testId="cycles-empty">
          {can('reviewCycle.manage')
            ? 'Create a quarterly or annual cycle below, then open the leaders’ reviews.'
            : 'An admin opens a quarterly or annual cycle; your review appears here when it opens.'}
        </EmptyState>
      ) : null}
      {cycles.data?.items.map((c) => (
        <CycleCard key={c.id} cycle={c} />
      ))}
      {newest && can('review.readAll') ? <CycleReviews id={newest.id} /> : null}
      {can('reviewCycle.manage') ? <NewCycle /> : null}
    </Stack>
  );
}
