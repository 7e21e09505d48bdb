import type { Survey } from '@centric/contracts/surveys/survey.schemas';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck, IconCopy, IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifyError } from '../common/errors';
import { formatDate } from '../common/format';
import { QueryError } from '../common/query-error';
import { nullIfEmpty } from '../common/zod-form';
import { useUnitNames, useUnits } from '../units/unit.queries';
import { unitOptions } from '../units/unit-tree';
import {
  type SurveyLink,
  useChannels,
  useCreateSurveyLink,
  useSurveyLinks,
  useTouchpoints,
} from './survey.queries';

/** Anonymous links and website widgets: create one, copy its URL or snippet, preview the widget. */
export function SurveyLinks({ survey }: { survey: Survey }) {
  const { can } = useOrg();
  const links = useSurveyLinks(survey.id);
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        Anyone with an anonymous link may answer, attributed to the link’s unit, channel and touchpoint.
        Personal links, one per customer, are sent from the Invitations tab.
      </Text>
      {survey.status !== 'live' ? (
        <Alert color={survey.status === 'closed' ? 'red' : 'blue'}>
          {survey.status === 'draft'
            ? 'Links work once the survey is live; until then they show that the survey is not open.'
            : 'The survey is closed: its links show that it no longer takes answers.'}
        </Alert>
      ) : null}
      {can('survey.write') && survey.status !== 'closed' ? <NewLinkForm survey={survey} /> : null}
      {links.error ? <QueryError error={links.error} onRetry={() => void links.refetch()} /> : null}
      {links.isPending ? <Skeleton h={100} /> : null}
      {links.data?.items.length === 0 ? (
        <EmptyState icon={<IconLink />} title="No links yet">
          Create a link to share, or a widget to put on your website.
        </EmptyState>
      ) : null}
      {links.data?.items.map((link) => (
        <LinkCard key={link.id} link={link} />
      ))}
    </Stack>
  );
}

function NewLinkForm({ survey }: { survey: Survey }) {
  const create = useCreateSurveyLink(survey.id);
  const units = useUnits();
  const channels = useChannels();
  const touchpoints = useTouchpoints();
  const [kind, setKind] = useState<'link' | 'widget'>('link');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [channelId, setChannelId] = useState<string | null>(null);
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const within = (ids: string[], id: string) => ids.length === 0 || ids.includes(id);
  const unitData = unitOptions(units.data ?? []).filter((o) => within(survey.targets.unitIds, o.value));
  const channelData = (channels.data ?? [])
    .filter((c) => within(survey.targets.channelIds, c.id))
    .map((c) => ({ value: c.id, label: c.name }));
  const touchpointData = (touchpoints.data ?? [])
    .filter((t) => within(survey.targets.touchpointIds, t.id) && (!channelId || t.channelId === channelId))
    .map((t) => ({ value: t.id, label: t.name }));
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { kind, unitId: nullIfEmpty(unitId), channelId: nullIfEmpty(channelId), touchpointId },
            { onError: (error) => notifyError('The link was not created', error) },
          );
        }}
      >
        <Title order={2} size="h5" mb="sm">
          New link or widget
        </Title>
        <Stack>
          <SegmentedControl
            aria-label="What to create"
            value={kind}
            onChange={(v) => setKind(v as 'link' | 'widget')}
            data={[
              { value: 'link', label: 'Link to share' },
              { value: 'widget', label: 'Website widget' },
            ]}
            data-testid="link-kind"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Unit"
              placeholder="None"
              clearable
              searchable
              data={unitData}
              value={unitId}
              onChange={setUnitId}
              data-testid="link-unit"
            />
            <Select
              label="Channel"
              placeholder="None"
              clearable
              data={channelData}
              value={channelId}
              onChange={(v) => {
                setChannelId(v);
                setTouchpointId(null);
              }}
            />
            <Select
              label="Touchpoint"
              placeholder="None"
              clearable
              data={touchpointData}
              value={touchpointId}
              onChange={setTouchpointId}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} data-testid="link-create">
              {kind === 'link' ? 'Create link' : 'Create widget'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Copy({ value, label, testId }: { value: string; label: string; testId?: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          variant={copied ? 'filled' : 'light'}
          color={copied ? 'teal.9' : undefined}
          leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          onClick={copy}
          data-testid={testId}
        >
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  );
}

function LinkCard({ link }: { link: SurveyLink }) {
  const { organisation } = useOrg();
  const unitNames = useUnitNames();
  const channels = useChannels();
  const [preview, setPreview] = useState(false);
  const where = [
    link.unitId ? unitNames.get(link.unitId) : null,
    link.channelId ? channels.data?.find((c) => c.id === link.channelId)?.name : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" data-testid="survey-link">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Badge variant="filled" color={link.kind === 'widget' ? 'grape.9' : 'blue.9'}>
            {link.kind === 'widget' ? 'Widget' : 'Link'}
          </Badge>
          <Text size="sm">{where.length ? where.join(' · ') : 'No attribution'}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          Created {formatDate(link.createdAt, organisation.timeZone)}
        </Text>
      </Group>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label="Survey URL"
          readOnly
          value={link.url}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="link-url"
        />
        <Copy value={link.url} label="Copy URL" testId="link-copy" />
      </Group>
      {link.snippet ? (
        <Stack gap="xs" mt="sm">
          <Text size="sm" fw={600} id={`snippet-${link.id}`}>
            Paste into your website, before &lt;/body&gt;
          </Text>
          <Code block aria-labelledby={`snippet-${link.id}`} data-testid="widget-snippet">
            {link.snippet}
          </Code>
          <Group>
            <Copy value={link.snippet} label="Copy snippet" testId="widget-copy" />
            <Button variant="default" onClick={() => setPreview((p) => !p)} aria-expanded={preview}>
              {preview ? 'Hide preview' : 'Preview'}
            </Button>
          </Group>
          {preview ? (
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                What visitors see when they open the widget (a still preview: answers cannot be sent from it).
              </Text>
              {/* Without allow-scripts the page renders but cannot submit, so previewing stores nothing. */}
              <iframe
                title="Widget preview"
                src={link.url}
                sandbox=""
                style={{
                  width: 'min(420px, 100%)',
                  height: 480,
                  border: '1px solid var(--mantine-color-gray-4)',
                  borderRadius: 12,
                  background: '#fff',
                }}
                data-testid="widget-preview"
              />
            </Stack>
          ) : null}
        </Stack>
      ) : null}
    </Paper>
  );
}
