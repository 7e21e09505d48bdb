import type { Response } from '@centric/contracts/responses/response.schemas';
import {
  Anchor,
  Button,
  Checkbox,
  Drawer,
  Group,
  NativeSelect,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInbox, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { formatDate, label } from '../common/format';
import { PageHeader } from '../common/page-header';
import { PagedTable, type PagedTableColumn } from '../common/paged-table';
import { QueryError } from '../common/query-error';
import { useCustomer, useSegments } from '../customers/customer.queries';
import { SurveyAnswers } from '../surveys/survey-answers';
import { useUnitNames, useUnits } from '../units/unit.queries';
import { useCaseOfResponse, useInboxPages } from './inbox.queries';
import { ScoreBadge } from './score-badge';

const BANDS: Record<string, { scoreMin?: string; scoreMax?: string; label: string }> = {
  '': { label: 'Any score' },
  detractors: { scoreMax: '6', label: 'Detractors (0–6)' },
  passives: { scoreMin: '7', scoreMax: '8', label: 'Passives (7–8)' },
  promoters: { scoreMin: '9', label: 'Promoters (9–10)' },
};

/** The feedback inbox: every response and comment, filtered, with each one's detail and the customer's history. */
export function InboxPage() {
  const { slug, organisation } = useOrg();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [band, setBand] = useState('');
  const [unitId, setUnitId] = useState('');
  const [segmentId, setSegmentId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [openCase, setOpenCase] = useState(false);
  const [selected, setSelected] = useState<Response | null>(null);
  const units = useUnits().data ?? [];
  const unitNames = useUnitNames();
  const segments = useSegments().data ?? [];
  const { label: _label, ...scores } = BANDS[band] ?? BANDS['']!;
  const filters = {
    q: q || undefined,
    ...scores,
    unitId: unitId || undefined,
    segmentId: segmentId || undefined,
    from: from ? new Date(`${from}T00:00:00Z`).toISOString() : undefined,
    to: to ? new Date(`${to}T00:00:00Z`).toISOString() : undefined,
    hasOpenCase: openCase ? 'true' : undefined,
  };
  const responses = useInboxPages(filters);
  const filtered = Object.values(filters).some(Boolean);
  const columns: PagedTableColumn<Response>[] = [
    {
      key: 'when',
      header: 'When',
      cell: (r) => (
        <Anchor component="button" type="button" onClick={() => setSelected(r)}>
          {formatDate(r.respondedAt, organisation.timeZone, true)}
        </Anchor>
      ),
    },
    { key: 'score', header: 'Score', cell: (r) => <ScoreBadge score={r.score} /> },
    {
      key: 'comment',
      header: 'Comment',
      cellProps: { maw: 420 },
      cell: (r) => (
        <Text size="sm" lineClamp={2}>
          {r.comment ?? '—'}
        </Text>
      ),
    },
    { key: 'unit', header: 'Unit', cell: (r) => (r.unitId ? (unitNames.get(r.unitId) ?? '…') : '—') },
    { key: 'source', header: 'Source', cell: (r) => label(r.source) },
  ];

  return (
    <>
      <PageHeader
        title="Inbox"
        description="Every answer and comment customers gave, newest first. Open one to see the customer's history and its case."
        actions={
          <Button component={Link} to={`/o/${slug}/inbox/import`} variant="default">
            Import responses
          </Button>
        }
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search comments"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 220px' }}
          data-testid="inbox-search"
        />
        <NativeSelect
          label="Score"
          value={band}
          onChange={(e) => setBand(e.currentTarget.value)}
          data={Object.entries(BANDS).map(([value, b]) => ({ value, label: b.label }))}
          data-testid="inbox-band"
        />
        <NativeSelect
          label="Unit (and below)"
          value={unitId}
          onChange={(e) => setUnitId(e.currentTarget.value)}
          data={[{ value: '', label: 'All units' }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          data-testid="inbox-unit"
        />
        <NativeSelect
          label="Segment"
          value={segmentId}
          onChange={(e) => setSegmentId(e.currentTarget.value)}
          data={[
            { value: '', label: 'All segments' },
            ...segments.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <TextInput label="From" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput label="Before" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Checkbox
          label="Open case"
          checked={openCase}
          onChange={(e) => setOpenCase(e.currentTarget.checked)}
          mb={8}
          data-testid="inbox-open-case"
        />
      </Group>
      <PagedTable
        query={responses}
        columns={columns}
        loadingLabel="Loading responses"
        minWidth={640}
        testId="inbox-table"
        rowTestId="inbox-row"
        empty={
          <EmptyState
            icon={<IconInbox />}
            title={filtered ? 'Nothing matches' : 'No feedback yet'}
            testId="inbox-empty"
          >
            {filtered
              ? 'Try a wider period or clear a filter.'
              : 'Answers appear here as soon as customers respond to a survey link, an e-mail or the website widget.'}
          </EmptyState>
        }
      />
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="lg"
        title="Response"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {selected ? <ResponseDetail response={selected} /> : null}
      </Drawer>
    </>
  );
}

function ResponseDetail({ response }: { response: Response }) {
  const { slug, organisation } = useOrg();
  const unitNames = useUnitNames();
  const kase = useCaseOfResponse(response.id).data;
  return (
    <Stack data-testid="response-detail">
      <Group>
        <ScoreBadge score={response.score} />
        <Text size="sm" c="dimmed">
          {formatDate(response.respondedAt, organisation.timeZone, true)} ·{' '}
          {response.unitId ? unitNames.get(response.unitId) : 'no unit'} · {label(response.source)}
        </Text>
      </Group>
      <Text>{response.comment ?? 'No comment.'}</Text>
      <SurveyAnswers surveyId={response.surveyId} answers={response.answers} />
      {kase ? (
        <Anchor component={Link} to={`/o/${slug}/cases/${kase.id}`}>
          Open the case ({label(kase.status)}
          {kase.overdue ? ', overdue' : ''})
        </Anchor>
      ) : null}
      {response.customerId ? (
        <CustomerHistory customerId={response.customerId} current={response.id} />
      ) : (
        <Text size="sm" c="dimmed">
          Anonymous answer: no customer history.
        </Text>
      )}
    </Stack>
  );
}

/** The customer's other responses, newest first. */
export function CustomerHistory({ customerId, current }: { customerId: string; current: string }) {
  const { slug, organisation } = useOrg();
  const detail = useCustomer(customerId);
  if (detail.error) return <QueryError error={detail.error} />;
  if (!detail.data) return <Skeleton h={80} />;
  const others = detail.data.responses.filter((r) => r.id !== current);
  return (
    <Stack gap="xs">
      <Text fw={600}>
        <Anchor component={Link} to={`/o/${slug}/customers/${customerId}`}>
          {detail.data.customer.name ?? detail.data.customer.email ?? 'Customer'}
        </Anchor>
        : other responses
      </Text>
      {others.length === 0 ? (
        <Text size="sm" c="dimmed">
          None before this one.
        </Text>
      ) : (
        others.map((r) => (
          <Group key={r.id} gap="xs" wrap="nowrap" align="flex-start">
            <ScoreBadge score={r.score} />
            <Text size="sm">
              {formatDate(r.respondedAt, organisation.timeZone)} — {r.comment ?? 'no comment'}
            </Text>
          </Group>
        ))
      )}
    </Stack>
  );
}
