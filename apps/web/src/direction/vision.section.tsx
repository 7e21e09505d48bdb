import { Badge, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifyError, notifySuccess } from '../common/errors';
import { QueryError } from '../common/query-error';
import { useAnswer, useComment, useCreateDraft, usePublish, useVisions } from './direction.queries';

type VisionBody = NonNullable<ReturnType<typeof useVisions>['data']>['published'];

function VisionText({ vision }: { vision: NonNullable<VisionBody> }) {
  return (
    <Stack gap="sm">
      <Text size="lg" fw={600} data-testid="vision-statement">
        {vision.statement}
      </Text>
      {vision.pillars.length > 0 ? (
        <>
          <Title order={3} size="h5">
            Pillars
          </Title>
          <List>
            {vision.pillars.map((p) => (
              <List.Item key={p.key}>
                <Text span fw={600}>
                  {p.name}
                </Text>
                {p.description ? ` — ${p.description}` : ''}
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
      {vision.values.length > 0 ? (
        <>
          <Title order={3} size="h5">
            Values
          </Title>
          <List>
            {vision.values.map((v) => (
              <List.Item key={v.name}>
                <Text span fw={600}>
                  {v.name}
                </Text>
                {v.description ? ` — ${v.description}` : ''}
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}

/** Turns "Name: description" lines into pillars with stable keys. */
function parsePillars(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...rest] = line.split(':');
      const key = name
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 48);
      return { key: key || 'pillar', name: name.trim(), description: rest.join(':').trim() };
    });
}

function NewDraft() {
  const [statement, setStatement] = useState('');
  const [pillars, setPillars] = useState('');
  const create = useCreateDraft();
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { statement, pillars: parsePillars(pillars) },
            {
              onSuccess: () => notifySuccess('Draft opened for comments'),
              onError: (error) => notifyError('Could not open the draft', error),
            },
          );
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            Draft a new version
          </Title>
          <Textarea
            label="Vision statement"
            required
            autosize
            minRows={2}
            value={statement}
            onChange={(e) => setStatement(e.currentTarget.value)}
            data-testid="vision-draft-statement"
          />
          <Textarea
            label="Pillars"
            description="One per line: Name: what it means"
            autosize
            minRows={2}
            value={pillars}
            onChange={(e) => setPillars(e.currentTarget.value)}
            data-testid="vision-draft-pillars"
          />
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="vision-draft-create">
              Open for comments
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Answer({ commentId }: { commentId: string }) {
  const [answer, setAnswer] = useState('');
  const send = useAnswer();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate({ commentId, answer }, { onError: (error) => notifyError('Could not answer', error) });
      }}
    >
      <Group align="flex-end" gap="xs">
        <Textarea
          label="Your answer"
          required
          autosize
          value={answer}
          onChange={(e) => setAnswer(e.currentTarget.value)}
          style={{ flex: 1 }}
          data-testid="comment-answer-input"
        />
        <Button type="submit" loading={send.isPending} data-testid="comment-answer-send">
          Answer
        </Button>
      </Group>
    </form>
  );
}

function Draft({ draft }: { draft: NonNullable<VisionBody> }) {
  const { can } = useOrg();
  const leader = can('vision.write');
  const [body, setBody] = useState('');
  const comment = useComment();
  const publish = usePublish();
  const open = draft.comments.filter((c) => c.answer === null).length;
  return (
    <Card withBorder data-testid="vision-draft">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Draft, version {draft.version}
          </Title>
          <Badge variant="light">Open for comments</Badge>
        </Group>
        <VisionText vision={draft} />
        <Title order={3} size="h5">
          Comments
        </Title>
        {draft.comments.length === 0 ? <Text c="dimmed">No comments yet.</Text> : null}
        {draft.comments.map((c) => (
          <Card key={c.id} withBorder padding="sm" data-testid="vision-comment">
            <Text size="sm" fw={600}>
              {c.authorName ?? 'Someone'}
            </Text>
            <Text size="sm">{c.body}</Text>
            {c.answer ? (
              <Text size="sm" mt="xs" data-testid="vision-comment-answer">
                <Text span fw={600}>
                  {c.answeredByName ?? 'A leader'}:
                </Text>{' '}
                {c.answer}
              </Text>
            ) : leader ? (
              <Answer commentId={c.id} />
            ) : (
              <Text size="xs" c="dimmed">
                Waiting for a leader’s answer
              </Text>
            )}
          </Card>
        ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            comment.mutate(
              { visionId: draft.id, body },
              {
                onSuccess: () => setBody(''),
                onError: (error) => notifyError('Could not send the comment', error),
              },
            );
          }}
        >
          <Group align="flex-end" gap="xs">
            <Textarea
              label="Add a comment"
              required
              autosize
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              style={{ flex: 1 }}
              data-testid="vision-comment-input"
            />
            <Button
              type="submit"
              variant="default"
              loading={comment.isPending}
              data-testid="vision-comment-send"
            >
              Comment
            </Button>
          </Group>
        </form>
        {leader ? (
          <Group>
            <Button
              disabled={open > 0}
              loading={publish.isPending}
              onClick={() =>
                publish.mutate(draft.id, {
                  onSuccess: (r) => notifySuccess(`Published and announced to ${r.announced} people`),
                  onError: (error) => notifyError('Could not publish', error),
                })
              }
              data-testid="vision-publish"
            >
              Publish and announce
            </Button>
            {open > 0 ? (
              <Text size="sm" c="dimmed">
                Answer the {open === 1 ? 'open comment' : `${open} open comments`} first
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The vision: the published version, and the draft open for everyone's comments. */
export function VisionSection() {
  const { can } = useOrg();
  const visions = useVisions();
  if (visions.error) return <QueryError error={visions.error} onRetry={() => void visions.refetch()} />;
  if (!visions.data) return null;
  const { published, draft } = visions.data;
  return (
    <Stack>
      {published ? (
        <Card withBorder data-testid="vision-published">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              Our vision
            </Title>
            <Badge color="teal" variant="light">
              Version {published.version}
            </Badge>
          </Group>
          <VisionText vision={published} />
        </Card>
      ) : !draft ? (
        <EmptyState title="No vision yet" testId="vision-empty">
          The leadership team drafts the customer-centric vision here; everyone can comment on the draft
          before it is published.
        </EmptyState>
      ) : null}
      {draft ? <Draft draft={draft} /> : can('vision.write') ? <NewDraft /> : null}
    </Stack>
  );
}
