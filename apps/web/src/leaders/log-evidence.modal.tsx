import type { Commitment } from '@centric/contracts/commitments/commitment.schemas';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useOrg } from '../app/org-context';
import { errorMessage } from '../common/errors';
import { EvidenceFields, todayIso } from './evidence-fields';
import {
  useCustomerGoals,
  useEveryone,
  useLogEvidence,
  useRecordDecision,
  useRecordFeedbackReview,
} from './leader.queries';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Logging evidence for one of a leader's commitments: the form fits the kind of evidence the behaviour asks for. */
export function LogEvidenceModal({
  opened,
  onClose,
  leaderId,
  commitments,
}: {
  opened: boolean;
  onClose: () => void;
  leaderId: string;
  commitments: Commitment[];
}) {
  const active = commitments.filter((c) => c.status === 'active');
  const [commitmentId, setCommitmentId] = useState<string | null>(active[0]?.id ?? null);
  const commitment = active.find((c) => c.id === commitmentId) ?? null;
  return (
    <Modal opened={opened} onClose={onClose} title="Log evidence" size="lg">
      {active.length === 0 ? (
        <Text c="dimmed">
          There is no active commitment to log evidence for. Commit to a behaviour first.
        </Text>
      ) : (
        <Stack>
          <Select
            label="Commitment"
            data={active.map((c) => ({ value: c.id, label: c.behaviour.name }))}
            value={commitmentId}
            onChange={setCommitmentId}
            allowDeselect={false}
            searchable
            data-testid="evidence-commitment"
            data-autofocus
          />
          {commitment ? (
            <>
              <Text size="sm" c="dimmed">
                Evidence: {commitment.behaviour.evidenceHint}
              </Text>
              <EvidenceForm
                key={commitment.id}
                commitment={commitment}
                leaderId={leaderId}
                onDone={onClose}
              />
            </>
          ) : null}
        </Stack>
      )}
    </Modal>
  );
}

function EvidenceForm(props: { commitment: Commitment; leaderId: string; onDone: () => void }) {
  switch (props.commitment.behaviour.evidenceKind) {
    case 'feedback_review':
      return <FeedbackReviewForm {...props} />;
    case 'decision_customer_impact':
    case 'decision_clv':
      return <DecisionForm {...props} />;
    default:
      return <SimpleEvidenceForm {...props} />;
  }
}

function usePeopleOptions(excludeId: string) {
  const everyone = useEveryone();
  return useMemo(
    () =>
      (everyone.data ?? [])
        .filter((p) => p.id !== excludeId && p.status !== 'deactivated')
        .map((p) => ({ value: p.id, label: p.title ? `${p.name} — ${p.title}` : p.name })),
    [everyone.data, excludeId],
  );
}

function Failure({ error }: { error: unknown }) {
  return error ? (
    <Alert color="red" role="alert" data-testid="evidence-error">
      {errorMessage(error)}
    </Alert>
  ) : null;
}

function SimpleEvidenceForm({
  commitment,
  leaderId,
  onDone,
}: {
  commitment: Commitment;
  leaderId: string;
  onDone: () => void;
}) {
  const kind = commitment.behaviour.evidenceKind;
  const { can } = useOrg();
  const log = useLogEvidence();
  const people = usePeopleOptions(leaderId);
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [summary, setSummary] = useState('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [minutes, setMinutes] = useState<number | string>(60);
  const [learned, setLearned] = useState('');
  const [where, setWhere] = useState('');
  const [url, setUrl] = useState('');
  const [platform, setPlatform] = useState('');
  const [hours, setHours] = useState<number | string>('');
  const [budget, setBudget] = useState<number | string>('');
  const [grantedTo, setGrantedTo] = useState('');
  const [focusType, setFocusType] = useState<string | null>('pilot');
  const [objectives, setObjectives] = useState('');
  const [goalIds, setGoalIds] = useState<string[]>([]);
  const mayReadGoals = can('goal.read');
  const goals = useCustomerGoals(kind === 'review_objectives' && mayReadGoals);
  const goalOptions = useMemo(
    () =>
      (goals.data ?? []).map((g) => ({
        value: g.id,
        label: g.ownerName ? `${g.title} — ${g.ownerName}` : g.title,
      })),
    [goals.data],
  );
  const details = (): Record<string, unknown> => {
    if (kind === 'customer_conversation')
      return { minutes: Number(minutes), learned, ...(where ? { where } : {}) };
    if (kind === 'online_engagement') return { url, platform, replied: true };
    if (kind === 'staff_enablement')
      return {
        grantedTo,
        ...(hours !== '' ? { hours: Number(hours) } : {}),
        ...(budget !== '' ? { budget: Number(budget) } : {}),
      };
    if (kind === 'new_focus') return { type: focusType };
    return { objectives: lines(objectives) };
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    log.mutate(
      {
        commitmentId: commitment.id,
        kind,
        occurredOn,
        summary,
        participantIds: participants,
        ...(kind === 'review_objectives' ? { goalIds } : {}),
        details: details(),
      } as never,
      {
        onSuccess: () => {
          notifications.show({ message: 'Evidence logged. Participants can now confirm it.' });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} data-testid={`form-${kind}`}>
      <Stack>
        <EvidenceFields
          date={{ label: 'When', value: occurredOn, onChange: setOccurredOn }}
          summary={{
            label: 'What you did, in a line',
            value: summary,
            onChange: setSummary,
            testId: 'evidence-summary',
          }}
          people={{
            label: 'Who took part',
            description: 'They can confirm it; confirmed evidence counts fully.',
            options: people,
            value: participants,
            onChange: setParticipants,
            testId: 'evidence-participants',
          }}
        />
        {kind === 'customer_conversation' ? (
          <>
            <NumberInput
              label="Time with customers (minutes)"
              min={5}
              max={1440}
              required
              value={minutes}
              onChange={setMinutes}
            />
            <TextInput label="Where" value={where} onChange={(e) => setWhere(e.currentTarget.value)} />
            <Textarea
              label="What you learned"
              required
              autosize
              minRows={2}
              value={learned}
              onChange={(e) => setLearned(e.currentTarget.value)}
              data-testid="evidence-learned"
            />
          </>
        ) : null}
        {kind === 'online_engagement' ? (
          <>
            <TextInput
              label="Link to the comment or your reply"
              type="url"
              required
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
            />
            <TextInput
              label="Platform"
              required
              value={platform}
              onChange={(e) => setPlatform(e.currentTarget.value)}
            />
          </>
        ) : null}
        {kind === 'staff_enablement' ? (
          <>
            <TextInput
              label="Granted to"
              required
              value={grantedTo}
              onChange={(e) => setGrantedTo(e.currentTarget.value)}
            />
            <Group grow>
              <NumberInput label="Hours" min={0} value={hours} onChange={setHours} />
              <NumberInput label="Budget" min={0} value={budget} onChange={setBudget} />
            </Group>
          </>
        ) : null}
        {kind === 'new_focus' ? (
          <Select
            label="What was started"
            data={['idea', 'pilot', 'initiative']}
            value={focusType}
            onChange={setFocusType}
            allowDeselect={false}
          />
        ) : null}
        {kind === 'review_objectives' ? (
          <>
            {mayReadGoals ? (
              <MultiSelect
                label="Customer goals set in the review"
                description={
                  goalOptions.length
                    ? 'The goal records of Direction: their progress shows beside this evidence.'
                    : 'No customer goals yet: set them in Direction, or list the objectives below.'
                }
                data={goalOptions}
                value={goalIds}
                onChange={setGoalIds}
                searchable
                data-testid="evidence-goals"
              />
            ) : null}
            <Textarea
              label="Other customer objectives set (one a line)"
              description={goalIds.length ? 'Optional when goals are linked.' : undefined}
              required={goalIds.length === 0}
              autosize
              minRows={2}
              value={objectives}
              onChange={(e) => setObjectives(e.currentTarget.value)}
            />
          </>
        ) : null}
        <Failure error={log.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={log.isPending} data-testid="evidence-submit">
            Log evidence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FeedbackReviewForm({
  leaderId,
  onDone,
}: {
  commitment: Commitment;
  leaderId: string;
  onDone: () => void;
}) {
  const record = useRecordFeedbackReview();
  const people = usePeopleOptions(leaderId);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [discussed, setDiscussed] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  const [absent, setAbsent] = useState<string[]>([]);
  const [decisions, setDecisions] = useState('');
  const [actions, setActions] = useState('');
  const [actionsDue, setActionsDue] = useState('');
  const nameOf = (id: string) => people.find((p) => p.value === id)?.label ?? id;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        heldOn,
        organiserId: leaderId,
        feedbackDiscussed: discussed,
        attendees: invited.map((personId) => ({ personId, attended: !absent.includes(personId) })),
        decisions: lines(decisions),
        actionItems: lines(actions).map((title) => ({ title, ownerId: leaderId, dueOn: actionsDue || null })),
      },
      {
        onSuccess: (review) => {
          notifications.show({
            message: review.evidenceId
              ? 'Feedback review recorded as evidence. Those who came can confirm it.'
              : `Feedback review recorded, but not as evidence: ${review.notEvidenceBecause}.`,
          });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} data-testid="form-feedback_review">
      <Stack>
        <EvidenceFields
          date={{ label: 'Held on', value: heldOn, onChange: setHeldOn }}
          summary={{
            label: 'Feedback discussed',
            value: discussed,
            onChange: setDiscussed,
            testId: 'review-discussed',
            multiline: true,
          }}
          people={{
            label: 'Invited (from other departments too)',
            options: people,
            value: invited,
            onChange: setInvited,
            testId: 'review-invited',
          }}
        />
        {invited.length ? (
          <Stack gap={4} role="group" aria-label="Who came">
            <Text size="sm" fw={500}>
              Who came
            </Text>
            {invited.map((id) => (
              <Checkbox
                key={id}
                label={nameOf(id)}
                checked={!absent.includes(id)}
                onChange={(e) =>
                  setAbsent((a) => (e.currentTarget.checked ? a.filter((x) => x !== id) : [...a, id]))
                }
              />
            ))}
          </Stack>
        ) : null}
        <Textarea
          label="Decisions (one a line)"
          autosize
          minRows={2}
          value={decisions}
          onChange={(e) => setDecisions(e.currentTarget.value)}
        />
        <Textarea
          label="Action items you own (one a line)"
          autosize
          minRows={2}
          value={actions}
          onChange={(e) => setActions(e.currentTarget.value)}
          data-testid="review-actions"
        />
        <TextInput
          type="date"
          label="Action items due by"
          value={actionsDue}
          onChange={(e) => setActionsDue(e.currentTarget.value)}
        />
        <Failure error={record.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending} data-testid="review-submit">
            Record the review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DecisionForm({
  commitment,
  leaderId,
  onDone,
}: {
  commitment: Commitment;
  leaderId: string;
  onDone: () => void;
}) {
  const { organisation } = useOrg();
  const record = useRecordDecision();
  const [title, setTitle] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [benefit, setBenefit] = useState('');
  const [impact, setImpact] = useState<string | null>(null);
  const [clv, setClv] = useState<number | string>('');
  const [clvNote, setClvNote] = useState('');
  const needsClv = commitment.behaviour.evidenceKind === 'decision_clv';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        title,
        decidedOn,
        decidedBy: leaderId,
        customerBenefit: benefit || null,
        customerImpact: (impact as 'positive' | 'neutral' | 'negative' | null) ?? null,
        expectedClvEffect: clv === '' ? null : Number(clv),
        clvNote: clvNote || null,
      },
      {
        onSuccess: () => {
          notifications.show({ message: 'Decision recorded in the decision log.' });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} data-testid="form-decision">
      <Stack>
        <EvidenceFields
          date={{ label: 'Decided on', value: decidedOn, onChange: setDecidedOn }}
          summary={{ label: 'The decision', value: title, onChange: setTitle }}
        />
        <Textarea
          label="What is in this for our customers?"
          required={!needsClv}
          autosize
          minRows={2}
          value={benefit}
          onChange={(e) => setBenefit(e.currentTarget.value)}
        />
        <Select
          label="Expected customer impact"
          data={['positive', 'neutral', 'negative']}
          value={impact}
          onChange={setImpact}
          clearable
        />
        <NumberInput
          label={`Expected effect on customer lifetime value (${organisation.currency})`}
          required={needsClv}
          value={clv}
          onChange={setClv}
        />
        <TextInput
          label="How the CLV effect was estimated"
          value={clvNote}
          onChange={(e) => setClvNote(e.currentTarget.value)}
        />
        <Failure error={record.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            Record the decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
