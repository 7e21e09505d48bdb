import type { CaseDetail } from '@centric/contracts/cases/case.schemas';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOrg } from '../app/org-context';
import { notifyError, notifySuccess } from '../common/errors';
import { formatDate } from '../common/format';
import { QueryError } from '../common/query-error';
import { useUnitNames } from '../units/unit.queries';
import { CaseStatus } from './cases.page';
import { CustomerHistory } from './inbox.page';
import { useCase, usePersonName, useUpdateCase, useVoiceSettings } from './inbox.queries';
import { ScoreBadge } from './score-badge';

/** One case: the customer's answer and history, the notes, and the actions that move it on. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { slug } = useOrg();
  const detail = useCase(caseId);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/o/${slug}/cases`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> All cases
        </Group>
      </Anchor>
      {detail.error ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : detail.data ? (
        <CaseView kase={detail.data} />
      ) : (
        <Skeleton h={240} />
      )}
    </Stack>
  );
}

function CaseView({ kase }: { kase: CaseDetail }) {
  const { organisation } = useOrg();
  const units = useUnitNames();
  const owner = usePersonName(kase.ownerPersonId);
  const escalatedTo = usePersonName(kase.escalatedToPersonId);
  const closed = kase.status === 'resolved' || kase.status === 'wont_fix';
  return (
    <Stack gap="lg" data-testid="case-detail">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            Case at {kase.unitId ? (units.get(kase.unitId) ?? '…') : 'no unit'}
          </Title>
          <Text c="dimmed" size="sm">
            Opened {formatDate(kase.openedAt, organisation.timeZone, true)} · owner {owner ?? '—'}
            {kase.escalatedToPersonId ? ` · escalated to ${escalatedTo ?? '…'}` : ''} · contact by{' '}
            {formatDate(kase.dueAt, organisation.timeZone, true)}
          </Text>
        </div>
        <span data-testid="case-status">
          <CaseStatus kase={kase} />
        </span>
      </Group>
      <Paper withBorder p="md">
        <Group mb="xs">
          <ScoreBadge score={kase.score} />
          <Text size="sm" c="dimmed">
            {formatDate(kase.response.respondedAt, organisation.timeZone, true)}
          </Text>
        </Group>
        <Text>{kase.comment ?? 'No comment.'}</Text>
        {kase.rootCause ? (
          <Text mt="xs" size="sm">
            Root cause: <b>{kase.rootCause}</b>
          </Text>
        ) : null}
      </Paper>
      <CaseActions kase={kase} closed={closed} />
      <div>
        <Title order={2} size="h4" mb="sm">
          Notes and events
        </Title>
        <Timeline bulletSize={12} lineWidth={2}>
          {kase.notes.map((n) => (
            <Timeline.Item key={n.id} title={n.kind === 'note' ? 'Note' : 'Event'}>
              <Text size="sm">{n.text}</Text>
              <Text size="xs" c="dimmed">
                {formatDate(n.at, organisation.timeZone, true)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </div>
      {kase.customerId ? <CustomerHistory customerId={kase.customerId} current={kase.responseId} /> : null}
    </Stack>
  );
}

function CaseActions({ kase, closed }: { kase: CaseDetail; closed: boolean }) {
  const update = useUpdateCase(kase.id);
  const causes = useVoiceSettings().data?.caseRules.rootCauses ?? [];
  const [note, setNote] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const run = (body: Parameters<typeof update.mutate>[0], done: string) =>
    update.mutate(body, {
      onSuccess: () => {
        setNote('');
        notifySuccess(done);
      },
      onError: (error) => notifyError('The case was not changed', error),
    });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Textarea
          label="Note"
          description="What you did or what the customer said"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          data-testid="case-note"
        />
        <Group>
          {kase.status === 'new' ? (
            <Button
              onClick={() => run({ status: 'contacted', ...(note ? { note } : {}) }, 'Marked as contacted')}
              loading={update.isPending}
              data-testid="case-contacted"
            >
              Customer contacted
            </Button>
          ) : null}
          <Button
            variant="default"
            disabled={!note.trim()}
            onClick={() => run({ note }, 'Note added')}
            loading={update.isPending}
          >
            Add note
          </Button>
        </Group>
        {closed ? (
          <Button
            variant="default"
            onClick={() => run({ status: 'contacted', ...(note ? { note } : {}) }, 'Case reopened')}
            w="fit-content"
          >
            Reopen
          </Button>
        ) : (
          <Group align="flex-end">
            <NativeSelect
              label="Root cause"
              required
              value={rootCause}
              onChange={(e) => setRootCause(e.currentTarget.value)}
              data={[{ value: '', label: 'Choose…' }, ...causes]}
              data-testid="case-root-cause"
            />
            <Checkbox
              label="Ask the customer a follow-up question"
              checked={followUp}
              onChange={(e) => setFollowUp(e.currentTarget.checked)}
              mb={8}
            />
            <Button
              color="green"
              disabled={!rootCause}
              onClick={() =>
                run({ status: 'resolved', rootCause, followUp, ...(note ? { note } : {}) }, 'Case resolved')
              }
              data-testid="case-resolve"
            >
              Resolve
            </Button>
            <Button
              variant="default"
              disabled={!rootCause}
              onClick={() =>
                run({ status: 'wont_fix', rootCause, ...(note ? { note } : {}) }, 'Closed as won’t fix')
              }
            >
              Won’t fix
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
