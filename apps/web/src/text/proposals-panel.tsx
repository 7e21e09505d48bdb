import type { CodeframeView, ThemeProposalsView } from '@centric/contracts/text/codeframe.schemas';
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../common/errors';
import { formatDate } from '../common/format';
import { useChangeCodeframe } from './text.queries';

type Proposal = ThemeProposalsView['fromAll'][number];

/** Proposed themes (from all comments, and from those no theme tags) with accept, add-to and ignore. */
export function ProposalsPanel({
  proposals,
  codeframe,
  canEdit,
  timeZone,
}: {
  proposals: ThemeProposalsView;
  codeframe: CodeframeView;
  canEdit: boolean;
  timeZone: string;
}) {
  const change = useChangeCodeframe();
  const stale = proposals.codeframeVersion !== null && proposals.codeframeVersion !== codeframe.version;
  const sections: [string, string, Proposal[]][] = [
    [
      'From "Other"',
      'Phrases in the comments no theme tags yet, ranked against all comments.',
      proposals.fromOther,
    ],
    ['From all comments', 'Frequent noun phrases the codeframe does not cover yet.', proposals.fromAll],
  ];
  return (
    <Stack gap="md" data-testid="proposals">
      {proposals.computedAt ? (
        <Text size="sm" c="dimmed">
          Computed {formatDate(proposals.computedAt, timeZone, true)}
          {stale ? ' against an earlier codeframe; they refresh when the re-analysis finishes.' : '.'}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No proposals yet: they are computed after the comments are analysed.
        </Text>
      )}
      {change.error ? (
        <Alert role="alert" color="red">
          {errorMessage(change.error)}
        </Alert>
      ) : null}
      {sections.map(([title, description, list]) => (
        <Stack key={title} gap="xs">
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
          {list.length === 0 ? (
            <Text size="sm">Nothing to propose.</Text>
          ) : (
            list.map((p) => (
              <ProposalCard
                key={`${title}-${p.name}`}
                proposal={p}
                codeframe={codeframe}
                canEdit={canEdit}
                pending={change.isPending}
                onChange={(c) => change.mutate({ version: codeframe.version, change: c })}
              />
            ))
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function ProposalCard({
  proposal,
  codeframe,
  canEdit,
  pending,
  onChange,
}: {
  proposal: Proposal;
  codeframe: CodeframeView;
  canEdit: boolean;
  pending: boolean;
  onChange: (change: {
    kind: 'accept-proposal';
    name: string;
    terms: string[];
    parentId: null;
    ignored: boolean;
    intoThemeId?: string;
  }) => void;
}) {
  const [into, setInto] = useState('');
  const base = {
    kind: 'accept-proposal' as const,
    name: proposal.name,
    terms: proposal.terms,
    parentId: null,
  };
  return (
    <Paper withBorder p="sm" data-testid="proposal">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ flex: '1 1 280px' }}>
          <Group gap="xs">
            <Text fw={600}>{proposal.name}</Text>
            <Text size="sm" c="dimmed">
              {proposal.count} comments
            </Text>
          </Group>
          <Group gap={4}>
            {proposal.terms.map((t) => (
              <Badge key={t} variant="light" size="sm">
                {t}
              </Badge>
            ))}
          </Group>
          {proposal.examples[0] ? (
            <Text size="sm" c="dimmed" fs="italic">
              “{proposal.examples[0]}”
            </Text>
          ) : null}
        </Stack>
        {canEdit ? (
          <Group gap="xs" align="flex-end">
            <Button size="xs" loading={pending} onClick={() => onChange({ ...base, ignored: false })}>
              Add as theme
            </Button>
            <NativeSelect
              size="xs"
              aria-label={`Add ${proposal.name}'s terms to a theme`}
              value={into}
              onChange={(e) => setInto(e.currentTarget.value)}
              data={[
                { value: '', label: 'Add to theme…' },
                ...codeframe.themes.map((t) => ({ value: t.id, label: t.name })),
              ]}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!into}
              loading={pending}
              onClick={() => onChange({ ...base, ignored: false, intoThemeId: into })}
            >
              Add
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              loading={pending}
              onClick={() => onChange({ ...base, ignored: true })}
            >
              Ignore
            </Button>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
