import { INITIATIVE_KINDS } from '@centric/contracts/direction/initiative.schemas';
import { TARGET_METRICS } from '@centric/contracts/direction/target.schemas';
import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifyError, notifySuccess } from '../common/errors';
import { label } from '../common/format';
import { QueryError } from '../common/query-error';
import { useUnitNames, useUnits } from '../units/unit.queries';
import {
  type InitiativeItem,
  useCreateInitiative,
  useInitiatives,
  useVisions,
  useWins,
} from './direction.queries';
import { TargetProgress } from './target-progress';

/** One initiative as a card: rank, kind, pillar, people, units and the live progress of its target. */
export function InitiativeCard({ item, roles }: { item: InitiativeItem; roles?: string[] }) {
  const unitNames = useUnitNames();
  return (
    <Card withBorder data-testid="initiative-card" data-initiative={item.id}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            #{item.rank} {item.title}
          </Title>
          <Group gap={4}>
            <Badge variant="outline">{label(item.kind)}</Badge>
            <Badge variant="light">{label(item.status)}</Badge>
          </Group>
        </Group>
        {roles ? (
          <Text size="sm" data-testid="my-role">
            Your part: {roles.map((r) => (r === 'unit' ? 'your unit takes part' : r)).join(', ')}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          Owner {item.ownerName ?? '—'} · sponsor {item.sponsorName ?? '—'}
          {item.unitIds.length > 0
            ? ` · units ${item.unitIds.map((id) => unitNames.get(id) ?? '…').join(', ')}`
            : ''}
          {item.target.filters.unit ? ` · measured in ${unitNames.get(item.target.filters.unit) ?? '…'}` : ''}
        </Text>
        <TargetProgress target={item.target} />
        {item.beforeAfter ? (
          <Text size="sm" data-testid="before-after">
            Before/after: {label(item.beforeAfter.verdict)}
            {item.beforeAfter.pValue !== null ? ` (p = ${item.beforeAfter.pValue.toFixed(3)})` : ''}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function NewInitiative() {
  const visions = useVisions();
  const units = useUnits();
  const create = useCreateInitiative();
  const pillars = (visions.data?.published ?? visions.data?.draft)?.pillars ?? [];
  const [form, setForm] = useState({
    title: '',
    pillarKey: '',
    kind: 'programme',
    metric: 'nps',
    unit: '',
    target: 0 as number | string,
    startDate: new Date().toISOString().slice(0, 10),
    dueDate: '',
  });
  const set = (k: keyof typeof form) => (v: string | number) => setForm((f) => ({ ...f, [k]: v }));
  if (pillars.length === 0) return null;
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            {
              title: form.title,
              pillarKey: form.pillarKey || pillars[0]!.key,
              kind: form.kind as (typeof INITIATIVE_KINDS)[number],
              unitIds: form.unit ? [form.unit] : [],
              target: {
                metric: form.metric as (typeof TARGET_METRICS)[number],
                filters: form.unit ? { unit: form.unit } : {},
                target: Number(form.target),
                startDate: form.startDate,
                dueDate: form.dueDate,
              },
            },
            {
              onSuccess: () => notifySuccess('Initiative added; its baseline was captured'),
              onError: (error) => notifyError('Could not add the initiative', error),
            },
          );
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            Add an initiative
          </Title>
          <TextInput
            label="Title"
            required
            value={form.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
            data-testid="initiative-title"
          />
          <Group grow align="flex-end">
            <NativeSelect
              label="Pillar"
              value={form.pillarKey}
              onChange={(e) => set('pillarKey')(e.currentTarget.value)}
              data={pillars.map((p) => ({ value: p.key, label: p.name }))}
              data-testid="initiative-pillar"
            />
            <NativeSelect
              label="Kind"
              value={form.kind}
              onChange={(e) => set('kind')(e.currentTarget.value)}
              data={INITIATIVE_KINDS.map((k) => ({ value: k, label: label(k) }))}
              data-testid="initiative-kind"
            />
          </Group>
          <Group grow align="flex-end">
            <NativeSelect
              label="Metric"
              value={form.metric}
              onChange={(e) => set('metric')(e.currentTarget.value)}
              data={TARGET_METRICS.map((m) => ({
                value: m,
                label: m === 'detractor-share' ? 'Detractor share' : m.toUpperCase(),
              }))}
              data-testid="initiative-metric"
            />
            <NativeSelect
              label="Measured in (and taking part)"
              value={form.unit}
              onChange={(e) => set('unit')(e.currentTarget.value)}
              data={[
                { value: '', label: 'The whole organisation' },
                ...(units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
              ]}
              data-testid="initiative-unit"
            />
            <NumberInput
              label="Target"
              required
              value={form.target}
              onChange={set('target')}
              data-testid="initiative-target"
            />
          </Group>
          <Group grow>
            <TextInput
              label="Start"
              type="date"
              required
              value={form.startDate}
              onChange={(e) => set('startDate')(e.currentTarget.value)}
              data-testid="initiative-start"
            />
            <TextInput
              label="Due"
              type="date"
              required
              value={form.dueDate}
              onChange={(e) => set('dueDate')(e.currentTarget.value)}
              data-testid="initiative-due"
            />
          </Group>
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="initiative-create">
              Add initiative
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The ranked action plan, and the form to add to it for leaders. */
export function PlanSection() {
  const { can } = useOrg();
  const plan = useInitiatives();
  if (plan.error) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  return (
    <Stack>
      {plan.data?.items.length === 0 ? (
        <EmptyState title="No initiatives yet" testId="plan-empty">
          The action plan lists the prioritised initiatives under the vision’s pillars, each with a target
          bound to a live metric.
        </EmptyState>
      ) : null}
      {plan.data?.items.map((item) => (
        <InitiativeCard key={item.id} item={item} />
      ))}
      {can('initiative.write') ? <NewInitiative /> : null}
    </Stack>
  );
}

/** Quick wins and pilots that reached their target. */
export function WinsSection() {
  const wins = useWins();
  if (wins.error) return <QueryError error={wins.error} onRetry={() => void wins.refetch()} />;
  if (wins.data?.items.length === 0)
    return (
      <EmptyState title="No wins yet" testId="wins-empty">
        Quick wins and pilots appear here once they reach their target.
      </EmptyState>
    );
  return (
    <Stack>
      {wins.data?.items.map((w) => (
        <Card key={w.initiativeId} withBorder data-testid="win">
          <Text fw={600}>🎉 {w.title}</Text>
          <Text size="sm">
            {label(w.kind)} · {w.metric}: {w.baseline?.toFixed(1) ?? '—'} → {w.current?.toFixed(1) ?? '—'}{' '}
            (target {w.target})
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
