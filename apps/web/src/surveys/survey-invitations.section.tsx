import type { Page } from '@centric/contracts/common/pagination.schemas';
import type { Customer } from '@centric/contracts/customers/customer.schemas';
import type { Survey } from '@centric/contracts/surveys/survey.schemas';
import { SURVEY_LANGUAGES } from '@centric/core/surveys/survey-kinds';
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMailForward, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifyError, notifySuccess } from '../common/errors';
import { formatDate } from '../common/format';
import { QueryError } from '../common/query-error';
import { useSegments } from '../customers/customer.queries';
import { useUnits } from '../units/unit.queries';
import { unitOptions } from '../units/unit-tree';
import {
  type InviteResult,
  type SurveyInvitation,
  useChannels,
  useInviteCustomers,
  useSurveyInvitations,
} from './survey.queries';
import { LANGUAGE_NAMES } from './survey-labels';

/** Personal links by e-mail: from a contact CSV (previewed first) or from chosen customers and segments. */
export function SurveyInvitations({ survey }: { survey: Survey }) {
  const { can } = useOrg();
  return (
    <Stack>
      {can('survey.invite') ? (
        survey.status === 'live' ? (
          <InviteForm survey={survey} />
        ) : (
          <Alert color="blue">
            {survey.status === 'draft'
              ? 'Make the survey live to send invitations. You can already preview a contact file.'
              : 'The survey is closed: it sends no more invitations.'}
          </Alert>
        )
      ) : null}
      {can('survey.invite') && survey.status === 'draft' ? <InviteForm survey={survey} previewOnly /> : null}
      <InvitationList survey={survey} />
    </Stack>
  );
}

function InviteForm({ survey, previewOnly = false }: { survey: Survey; previewOnly?: boolean }) {
  const call = useOrgApi();
  const { slug } = useOrg();
  const invite = useInviteCustomers(survey.id);
  const units = useUnits();
  const channels = useChannels();
  const segments = useSegments();
  const [source, setSource] = useState<'csv' | 'customers'>('csv');
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [customers, setCustomers] = useState<Map<string, string>>(new Map());
  const [segmentIds, setSegmentIds] = useState<string[]>([]);
  const [language, setLanguage] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [channelId, setChannelId] = useState<string | null>(null);
  const [preview, setPreview] = useState<InviteResult | null>(null);
  const [sent, setSent] = useState<InviteResult | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({
    queryKey: ['org', slug, 'customers', 'pick', q],
    enabled: source === 'customers',
    queryFn: ({ signal }) =>
      call<Page<Customer>>(withQuery('/api/v1/customers', { q: q || undefined, limit: 20 }), { signal }),
    staleTime: 30_000,
  });
  const customerData = useMemo(() => {
    const options = new Map(customers);
    for (const c of found.data?.items ?? [])
      if (c.email) options.set(c.id, `${c.name ?? c.email} <${c.email}>`);
    return [...options].map(([value, label]) => ({ value, label }));
  }, [customers, found.data]);

  const within = (ids: string[], id: string) => ids.length === 0 || ids.includes(id);
  const body = (dryRun: boolean) => ({
    ...(source === 'csv' ? { contactsCsv: csv ?? '' } : { customerIds: [...customers.keys()], segmentIds }),
    ...(language ? { language } : {}),
    unitId,
    channelId,
    dryRun,
  });
  const ready = source === 'csv' ? Boolean(csv) : customers.size > 0 || segmentIds.length > 0;
  const run = (dryRun: boolean) => {
    setSent(null);
    invite.mutate(body(dryRun), {
      onSuccess: (result) => {
        if (dryRun) setPreview(result);
        else {
          setPreview(null);
          setSent(result);
          notifySuccess(`${result.invited} invitation${result.invited === 1 ? '' : 's'} sent.`);
        }
      },
      onError: (error) =>
        notifyError(dryRun ? 'The contacts could not be checked' : 'Nothing was sent', error),
    });
  };

  return (
    <Paper withBorder p="md" data-testid={previewOnly ? 'invite-preview-only' : 'invite-form'}>
      <Title order={2} size="h5" mb="sm">
        {previewOnly ? 'Check a contact file' : 'Invite customers'}
      </Title>
      <Stack>
        <SegmentedControl
          aria-label="Whom to invite"
          value={source}
          onChange={(v) => {
            setSource(v as 'csv' | 'customers');
            setPreview(null);
          }}
          data={[
            { value: 'csv', label: 'Contact CSV' },
            { value: 'customers', label: 'Customers and segments' },
          ]}
        />
        {source === 'csv' ? (
          <FileInput
            label="Contact file (CSV)"
            description="A header line with email (required), and optionally name and language (en, fr)"
            placeholder="Choose a .csv file"
            accept=".csv,text/csv"
            leftSection={<IconUpload size={16} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': 'Remove the file' }}
            value={file}
            onChange={(f) => {
              setFile(f);
              setPreview(null);
              setCsv(null);
              if (f) void f.text().then(setCsv);
            }}
            data-testid="invite-file"
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label="Customers"
              placeholder="Type a name or e-mail"
              searchable
              data={customerData}
              value={[...customers.keys()]}
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              nothingFoundMessage={found.isFetching ? 'Searching…' : 'No customer with an e-mail matches'}
              onChange={(ids) => {
                const labels = new Map(customerData.map((o) => [o.value, o.label]));
                setCustomers(new Map(ids.map((id) => [id, labels.get(id) ?? id])));
                setPreview(null);
              }}
            />
            <MultiSelect
              label="Segments"
              description="Every customer of the segment with an e-mail address"
              data={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              value={segmentIds}
              onChange={(v) => {
                setSegmentIds(v);
                setPreview(null);
              }}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Language"
            description="When a contact has none"
            placeholder="From the browser"
            clearable
            data={SURVEY_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] ?? l }))}
            value={language}
            onChange={setLanguage}
          />
          <Select
            label="Unit"
            description="The answers are attributed to it"
            placeholder="None"
            clearable
            searchable
            data={unitOptions(units.data ?? []).filter((o) => within(survey.targets.unitIds, o.value))}
            value={unitId}
            onChange={setUnitId}
          />
          <Select
            label="Channel"
            placeholder="None"
            clearable
            data={(channels.data ?? [])
              .filter((c) => within(survey.targets.channelIds, c.id))
              .map((c) => ({ value: c.id, label: c.name }))}
            value={channelId}
            onChange={setChannelId}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            variant={previewOnly ? 'filled' : 'default'}
            disabled={!ready}
            loading={invite.isPending && invite.variables?.dryRun}
            onClick={() => run(true)}
            data-testid="invite-preview"
          >
            Preview
          </Button>
          {previewOnly ? null : (
            <Button
              leftSection={<IconMailForward size={16} aria-hidden />}
              disabled={!ready || (preview !== null && preview.recipients.length === 0)}
              loading={invite.isPending && !invite.variables?.dryRun}
              onClick={() => run(false)}
              data-testid="invite-send"
            >
              {preview
                ? `Send ${preview.recipients.length} invitation${preview.recipients.length === 1 ? '' : 's'}`
                : 'Send invitations'}
            </Button>
          )}
        </Group>
        {preview ? <InviteOutcome result={preview} dryRun /> : null}
        {sent ? <InviteOutcome result={sent} dryRun={false} /> : null}
      </Stack>
    </Paper>
  );
}

function InviteOutcome({ result, dryRun }: { result: InviteResult; dryRun: boolean }) {
  const count = dryRun ? result.recipients.length : result.invited;
  return (
    <Stack gap="xs" data-testid={dryRun ? 'invite-preview-result' : 'invite-sent-result'}>
      <Text fw={600} role="status">
        {dryRun
          ? `${count} contact${count === 1 ? '' : 's'} would be invited, ${result.skipped.length} skipped.`
          : `${count} invited, ${result.skipped.length} skipped.`}
      </Text>
      {result.recipients.length > 0 ? (
        <Table.ScrollContainer minWidth={420} mah={260}>
          <Table verticalSpacing={4} fz="sm" data-testid="invite-recipients">
            <Table.Caption>{dryRun ? 'Will be invited' : 'Invited'}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">E-mail</Table.Th>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Language</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.recipients.slice(0, 200).map((r) => (
                <Table.Tr key={r.email}>
                  <Table.Td>{r.email}</Table.Td>
                  <Table.Td>{r.name ?? '—'}</Table.Td>
                  <Table.Td>
                    {r.language ? (LANGUAGE_NAMES[r.language] ?? r.language) : 'From the browser'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {result.recipients.length > 200 ? (
        <Text size="sm" c="dimmed">
          and {result.recipients.length - 200} more.
        </Text>
      ) : null}
      {result.skipped.length > 0 ? (
        <Table.ScrollContainer minWidth={420} mah={260}>
          <Table verticalSpacing={4} fz="sm" data-testid="invite-skipped">
            <Table.Caption>Skipped</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Line</Table.Th>
                <Table.Th scope="col">E-mail</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.skipped.map((s) => (
                <Table.Tr key={`${s.line}-${s.email}-${s.reason}`}>
                  <Table.Td>{s.line ?? '—'}</Table.Td>
                  <Table.Td>{s.email || '(empty)'}</Table.Td>
                  <Table.Td>{s.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}

/** An invitation's state, most telling first. */
function InvitationState({ invitation }: { invitation: SurveyInvitation }) {
  if (invitation.respondedAt) return <Badge color="teal.9">Answered</Badge>;
  if (invitation.unsubscribed) return <Badge color="red.9">Unsubscribed</Badge>;
  if (invitation.remindedAt) return <Badge color="grape.9">Reminded</Badge>;
  return <Badge color="blue.9">Sent</Badge>;
}

function InvitationList({ survey }: { survey: Survey }) {
  const { organisation, can } = useOrg();
  const invitations = useSurveyInvitations(survey.id);
  if (!can('survey.invite')) return null;
  const items = invitations.data?.items ?? [];
  const tz = organisation.timeZone;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="xs">
        Invitations sent
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Contacts skipped by the contact rule or an unsubscribe get no invitation: they are listed when you
        send.
      </Text>
      {invitations.error ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : null}
      {invitations.isPending ? <Skeleton h={80} /> : null}
      {invitations.data && items.length === 0 ? (
        <EmptyState icon={<IconMailForward />} title="No invitations yet">
          Invitations appear here with their state: sent, reminded, answered or unsubscribed.
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="invitations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">E-mail</Table.Th>
                <Table.Th scope="col">Language</Table.Th>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">Reminder</Table.Th>
                <Table.Th scope="col">State</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id} data-testid="invitation-row">
                  <Table.Td>{i.email}</Table.Td>
                  <Table.Td>{i.language ? (LANGUAGE_NAMES[i.language] ?? i.language) : '—'}</Table.Td>
                  <Table.Td>{formatDate(i.sentAt, tz, true)}</Table.Td>
                  <Table.Td>
                    {i.remindedAt
                      ? `sent ${formatDate(i.remindedAt, tz, true)}`
                      : i.remindAt && !i.respondedAt
                        ? `due ${formatDate(i.remindAt, tz, true)}`
                        : '—'}
                  </Table.Td>
                  <Table.Td>
                    <InvitationState invitation={i} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}
