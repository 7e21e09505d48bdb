import { INCENTIVE_METRICS, type IncentiveMetric } from '@centric/core/direction/incentive-payout';
import { ROLES } from '@centric/core/organisation/roles';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifyError, notifySuccess } from '../common/errors';
import { formatMoney, label } from '../common/format';
import { QueryError } from '../common/query-error';
import { type ChartOption, EChart } from '../dashboard/echart';
import { useUnits } from '../units/unit.queries';
import {
  type IncentivePlan,
  useIncentiveActuals,
  useIncentivePlans,
  useSimulate,
  useUpdatePlan,
} from './review.queries';

type Component = IncentivePlan['components'][number];
const METRICS = Object.keys(INCENTIVE_METRICS) as IncentiveMetric[];
const metricLabel = (m: string) => INCENTIVE_METRICS[m as IncentiveMetric]?.label ?? m;

/** The plan's weights across metrics, editable by admins. */
function WeightsEditor({ plan }: { plan: IncentivePlan }) {
  const { can } = useOrg();
  const editable = can('incentive.write');
  const update = useUpdatePlan();
  const [rows, setRows] = useState<Component[]>(plan.components);
  const [adding, setAdding] = useState<IncentiveMetric>(
    METRICS.find((m) => !plan.components.some((c) => c.metric === m)) ?? 'nps',
  );
  useEffect(() => setRows(plan.components), [plan.components]);
  const total = rows.reduce((s, r) => s + r.weight, 0);
  const set = (i: number, k: 'weight' | 'threshold' | 'target' | 'cap', v: number | string) =>
    setRows((rs) =>
      rs.map((r, j) => (j === i ? { ...r, [k]: typeof v === 'number' ? v : Number(v) || 0 } : r)),
    );
  const cell = (i: number, k: 'weight' | 'threshold' | 'target' | 'cap', name: string) =>
    editable ? (
      <NumberInput
        aria-label={`${name} of ${metricLabel(rows[i]!.metric)}`}
        value={rows[i]![k]}
        onChange={(v) => set(i, k, v)}
        min={k === 'weight' ? 0 : k === 'cap' ? 1 : undefined}
        decimalScale={3}
        size="xs"
        w={100}
        data-testid={`component-${k}-${i}`}
      />
    ) : (
      rows[i]![k]
    );
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} data-testid="plan-components">
        <Table.Caption>
          Weights across metrics: pays nothing below the threshold, 100 % at the target, up to the cap.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Metric</Table.Th>
            <Table.Th scope="col">Weight</Table.Th>
            <Table.Th scope="col">Share</Table.Th>
            <Table.Th scope="col">Threshold</Table.Th>
            <Table.Th scope="col">Target</Table.Th>
            <Table.Th scope="col">Cap</Table.Th>
            {editable ? <Table.Th scope="col">Remove</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.metric}>
              <Table.Td>
                {metricLabel(r.metric)}{' '}
                {INCENTIVE_METRICS[r.metric].customer ? (
                  <Badge size="xs" variant="filled" color="teal.9">
                    customer
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{cell(i, 'weight', 'Weight')}</Table.Td>
              <Table.Td>{total > 0 ? `${Math.round((100 * r.weight) / total)} %` : '—'}</Table.Td>
              <Table.Td>{cell(i, 'threshold', 'Threshold')}</Table.Td>
              <Table.Td>{cell(i, 'target', 'Target')}</Table.Td>
              <Table.Td>{cell(i, 'cap', 'Cap')}</Table.Td>
              {editable ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                    disabled={rows.length === 1}
                    aria-label={`Remove ${metricLabel(r.metric)}`}
                  >
                    Remove
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editable ? (
        <Group align="flex-end">
          <NativeSelect
            label="Add a metric"
            value={adding}
            onChange={(e) => setAdding(e.currentTarget.value as IncentiveMetric)}
            data={METRICS.filter((m) => !rows.some((r) => r.metric === m)).map((m) => ({
              value: m,
              label: `${metricLabel(m)}${INCENTIVE_METRICS[m].customer ? ' (customer)' : ''}`,
            }))}
            data-testid="component-add-metric"
          />
          <Button
            variant="default"
            disabled={rows.some((r) => r.metric === adding)}
            onClick={() =>
              setRows((rs) => [...rs, { metric: adding, weight: 10, threshold: 0, target: 1, cap: 1.5 }])
            }
            data-testid="component-add"
          >
            Add
          </Button>
          <Button
            onClick={() =>
              update.mutate(
                {
                  id: plan.id,
                  body: { name: plan.name, role: plan.role, pool: plan.pool, components: rows },
                },
                {
                  onSuccess: () => notifySuccess('Weights saved'),
                  onError: (error) => notifyError('Could not save the weights', error),
                },
              )
            }
            loading={update.isPending}
            data-testid="plan-save"
          >
            Save weights
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** The payout simulation from actual results (live for the chosen unit), with a chart of each metric's part. */
function Simulation({ plan }: { plan: IncentivePlan }) {
  const { organisation } = useOrg();
  const units = useUnits();
  const [unit, setUnit] = useState('');
  const actuals = useIncentiveActuals(unit, true);
  const simulate = useSimulate();
  const [values, setValues] = useState<Partial<Record<IncentiveMetric, number | string>>>({});
  const metrics = plan.components.map((c) => c.metric);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-seed only when new actuals arrive
  useEffect(() => {
    if (!actuals.data) return;
    const seeded: Partial<Record<IncentiveMetric, number | string>> = {};
    for (const m of metrics) seeded[m] = actuals.data.actuals[m] ?? '';
    setValues(seeded);
    run(seeded);
  }, [actuals.data, plan.id, plan.components]);
  function run(v: Partial<Record<IncentiveMetric, number | string>>) {
    const body = Object.fromEntries(
      metrics.map((m) => [m, v[m] === '' || v[m] === undefined ? null : Number(v[m])]),
    );
    simulate.mutate({ id: plan.id, body: { actuals: body } });
  }
  const result = simulate.data?.planId === plan.id ? simulate.data : null;
  const option = useMemo<ChartOption | null>(
    () =>
      result
        ? {
            animation: false,
            grid: { left: 150, right: 24, top: 8, bottom: 28 },
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            xAxis: { type: 'value', name: organisation.currency },
            yAxis: {
              type: 'category',
              data: result.components.map((c) => metricLabel(c.metric)),
              inverse: true,
            },
            series: [
              {
                type: 'bar',
                name: 'Payout',
                data: result.components.map((c) => ({
                  value: Math.round(c.amount),
                  itemStyle: { color: INCENTIVE_METRICS[c.metric].customer ? '#12b886' : '#868e96' },
                })),
              },
            ],
          }
        : null,
    [result, organisation.currency],
  );
  return (
    <Stack gap="xs" data-testid="simulation">
      <Title order={4} size="h6">
        Payout from actual results
      </Title>
      <Group align="flex-end">
        <NativeSelect
          label="Results of"
          value={unit}
          onChange={(e) => setUnit(e.currentTarget.value)}
          data={[
            { value: '', label: 'The whole organisation' },
            ...(units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
          data-testid="simulation-unit"
        />
        {metrics.map((m) => (
          <NumberInput
            key={m}
            label={`${metricLabel(m)} actual`}
            value={values[m] ?? ''}
            onChange={(v) => setValues((s) => ({ ...s, [m]: v }))}
            w={150}
            decimalScale={3}
            data-testid={`actual-${m}`}
          />
        ))}
        <Button
          variant="default"
          onClick={() => run(values)}
          loading={simulate.isPending}
          data-testid="simulate"
        >
          Simulate
        </Button>
      </Group>
      {actuals.data ? (
        <Text size="xs" c="dimmed">
          Live results {actuals.data.from} to {actuals.data.to}. {actuals.data.notes.join(' ')}
        </Text>
      ) : null}
      {simulate.error ? <QueryError error={simulate.error} onRetry={() => run(values)} /> : null}
      {result ? (
        <>
          <Text data-testid="simulation-amount">
            Payout{' '}
            <Text span fw={700}>
              {formatMoney(result.amount, organisation.currency)}
            </Text>{' '}
            of {formatMoney(plan.pool, organisation.currency)} at target ({Math.round(result.factor * 100)}{' '}
            %), of which {Math.round(result.customerShare * 100)} % of the weight is on customer metrics.
          </Text>
          {option ? (
            <EChart
              option={option}
              height={40 + 36 * result.components.length}
              label={`Payout per metric: ${result.components.map((c) => `${metricLabel(c.metric)} ${Math.round(c.amount)}`).join(', ')}`}
              testId="simulation-chart"
            />
          ) : null}
          <Table verticalSpacing={4} data-testid="simulation-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Metric</Table.Th>
                <Table.Th scope="col">Actual</Table.Th>
                <Table.Th scope="col">Pays</Table.Th>
                <Table.Th scope="col">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.components.map((c) => (
                <Table.Tr key={c.metric}>
                  <Table.Td>{metricLabel(c.metric)}</Table.Td>
                  <Table.Td>{c.actual ?? 'not given'}</Table.Td>
                  <Table.Td>{Math.round(c.factor * 100)} %</Table.Td>
                  <Table.Td>{formatMoney(c.amount, organisation.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Stack>
  );
}

function PlanCard({ plan }: { plan: IncentivePlan }) {
  const { organisation } = useOrg();
  return (
    <Card withBorder data-testid="incentive-plan" data-plan={plan.id}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {plan.name}
          </Title>
          <Text size="sm" c="dimmed">
            {formatMoney(plan.pool, organisation.currency)} at target · {Math.round(plan.customerShare * 100)}{' '}
            % on customer metrics
          </Text>
        </Group>
        {plan.warning ? (
          <Alert color="orange" title="No customer metric" data-testid="plan-warning">
            {plan.warning}
          </Alert>
        ) : null}
        <WeightsEditor plan={plan} />
        <Simulation plan={plan} />
      </Stack>
    </Card>
  );
}

/** Incentive plans per role: weights across metrics, the warning, and the payout from actual results. */
export function IncentivesSection() {
  const plans = useIncentivePlans(true);
  if (plans.error) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  if (plans.data?.items.length === 0)
    return (
      <EmptyState title="No incentive plans yet" testId="plans-empty">
        Incentive plans weigh customer metrics (NPS, CSAT, detractors, time to contact) next to financial
        ones, per role. Add one with <code>POST /api/v1/direction/incentive-plans</code>.
      </EmptyState>
    );
  const roles = ROLES.filter((r) => plans.data?.items.some((p) => p.role === r));
  return (
    <Stack data-testid="incentives-section">
      {roles.map((role) => (
        <Stack key={role} gap="xs">
          <Title order={2} size="h4">
            {label(role)}s
          </Title>
          {plans.data?.items
            .filter((p) => p.role === role)
            .map((p) => (
              <PlanCard key={p.id} plan={p} />
            ))}
        </Stack>
      ))}
    </Stack>
  );
}
