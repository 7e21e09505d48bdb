import type { ClvFit } from '@centric/contracts/clv/clv.schemas';
import { Alert, Button, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCoin, IconRefresh, IconUpload } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { errorMessage } from '../common/errors';
import { formatDate, formatMoney } from '../common/format';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { useSegments } from '../customers/customer.queries';
import { useUnitNames } from '../units/unit.queries';
import { useClvOverview, useRefit } from './clv.queries';

// The holdout chart brings ECharts: loaded when a fit with a holdout check is shown, not with the app.
const HoldoutChart = lazy(async () => ({ default: (await import('./holdout-chart')).HoldoutChart }));

/** The customer-value page: what customers are worth, what is at risk, and whether the model can be trusted. */
export function CustomerValuePage() {
  const { slug, can, organisation } = useOrg();
  const overview = useClvOverview();
  const refit = useRefit();
  const actions = (
    <>
      {can('transaction.write') ? (
        <Button
          component={Link}
          to={`/o/${slug}/value/import`}
          variant="default"
          leftSection={<IconUpload size={16} aria-hidden />}
        >
          Import transactions
        </Button>
      ) : null}
      {can('clv.refit') ? (
        <Button
          leftSection={<IconRefresh size={16} aria-hidden />}
          loading={refit.isPending}
          onClick={() => refit.mutate({})}
          data-testid="clv-refit"
        >
          Refit now
        </Button>
      ) : null}
    </>
  );
  const fit = overview.data?.fit;
  const description = fit
    ? `Expected ${fit.settings.margin < 1 ? 'margin' : 'revenue'} per customer over the next ${fit.settings.horizonMonths} months (discounted at ${(fit.settings.annualDiscountRate * 100).toFixed(0)}% a year), from the BG/NBD and Gamma-Gamma models fitted on purchases up to ${fit.calibrationEnd}. Refitted every night and after each import; last fit ${formatDate(fit.fittedAt, organisation.timeZone, true)}.`
    : 'Customer lifetime value from your transactions: what each customer is worth, who is still active, and the revenue at risk.';
  return (
    <Stack gap="lg">
      <PageHeader title="Customer value" description={description} actions={actions} />
      {refit.error ? (
        <Alert color="red" role="alert" title="The refit did not run">
          {errorMessage(refit.error)}
        </Alert>
      ) : null}
      {overview.error ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : !overview.data ? (
        <Skeleton h={320} />
      ) : (
        <>
          {overview.data.latestAttempt ? (
            <Alert
              color="orange"
              icon={<IconAlertTriangle aria-hidden />}
              title="The latest refit failed"
              data-testid="clv-failed"
            >
              {formatDate(overview.data.latestAttempt.fittedAt, organisation.timeZone, true)}:{' '}
              {overview.data.latestAttempt.message}
              {fit ? ' The values shown come from the last successful fit.' : ''}
            </Alert>
          ) : null}
          {fit?.breakdown ? (
            <Overview fit={fit} currency={overview.data.currency} />
          ) : (
            <EmptyState
              icon={<IconCoin />}
              title="No customer values yet"
              testId="clv-empty"
              action={
                can('transaction.write') ? (
                  <Button component={Link} to={`/o/${slug}/value/import`}>
                    Import transactions
                  </Button>
                ) : null
              }
            >
              Import your customers’ transactions (customer, date, amount): Centric fits the models and shows
              each customer’s lifetime value, whether they are still active, and the revenue at risk.
            </EmptyState>
          )}
        </>
      )}
    </Stack>
  );
}

function Overview({ fit, currency }: { fit: ClvFit; currency: string }) {
  const b = fit.breakdown!;
  const money = (v: number) => formatMoney(v, currency);
  const share = (v: number) =>
    b.total.totalClv > 0 ? `${((v / b.total.totalClv) * 100).toFixed(0)}% of all CLV` : '';
  const segments = useSegments().data;
  const units = useUnitNames();
  const segmentName = (id: string | null) =>
    id === null ? 'No segment' : (segments?.find((s) => s.id === id)?.name ?? '…');
  const h = fit.holdout;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Stat
          label="Total customer value"
          value={money(b.total.totalClv)}
          note={`${b.total.customers.toLocaleString()} customers, ${money(b.total.meanClv)} each on average`}
          testId="clv-total"
        />
        <Stat
          label="Revenue at risk"
          value={money(b.atRisk.either.totalClv)}
          note={`${b.atRisk.either.customers.toLocaleString()} customers · ${share(b.atRisk.either.totalClv)}`}
          testId="clv-at-risk"
          warn
        />
        <Stat
          label="Detractors’ value"
          value={money(b.atRisk.detractors.totalClv)}
          note={`${b.atRisk.detractors.customers.toLocaleString()} customers whose latest NPS answer is 0–6`}
          testId="clv-detractors"
        />
        <Stat
          label="Fading customers’ value"
          value={money(b.atRisk.fading.totalClv)}
          note={`${b.atRisk.fading.customers.toLocaleString()} customers with P(alive) under ${(b.rules.lowPAlive * 100).toFixed(0)}% or down ${(b.rules.fallingBy * 100).toFixed(0)} points in ${fit.settings.lookbackDays} days`}
          testId="clv-fading"
        />
      </SimpleGrid>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb={4}>
          Can the model be trusted? The holdout check
        </Title>
        {h ? (
          <>
            <Text size="sm" c="dimmed" mb="sm" data-testid="holdout-summary">
              Fitted on purchases up to {h.calibrationEnd}, the model predicted{' '}
              {Math.round(h.predictedTotal).toLocaleString()} repeat purchases over the next{' '}
              {h.length.toFixed(0)} {fit.timeUnit}s; customers made {h.actualTotal.toLocaleString()} (
              {h.actualTotal > 0
                ? `${(((h.predictedTotal - h.actualTotal) / h.actualTotal) * 100).toFixed(1)}%`
                : 'n/a'}
              ). Per customer, predicted and actual correlate at{' '}
              {h.correlation === null ? 'n/a' : h.correlation.toFixed(2)}.
            </Text>
            <Suspense fallback={<Skeleton height={280} />}>
              <HoldoutChart holdout={h} timeUnit={fit.timeUnit} />
            </Suspense>
          </>
        ) : (
          <Text c="dimmed">
            Too little history for a holdout check yet (it needs about three months of purchases).
          </Text>
        )}
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <GroupTable
          title="CLV by segment"
          testId="clv-by-segment"
          rows={b.bySegment.map((g) => ({
            key: g.segmentId ?? 'none',
            name: segmentName(g.segmentId),
            ...g,
          }))}
          money={money}
        />
        <GroupTable
          title="CLV by unit"
          testId="clv-by-unit"
          rows={b.byUnit.slice(0, 15).map((g) => ({
            key: g.unitId ?? 'none',
            name: g.unitId === null ? 'No home unit' : (units.get(g.unitId) ?? '…'),
            ...g,
          }))}
          money={money}
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            NPS by CLV tier
          </Title>
          <Table data-testid="nps-by-tier">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Tier (customers ranked by CLV)</Table.Th>
                <Table.Th scope="col" ta="right">
                  Mean CLV
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Respondents
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  NPS
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.npsByTier.map((t) => (
                <Table.Tr key={t.tier}>
                  <Table.Td>{t.tier}</Table.Td>
                  <Table.Td ta="right">{money(t.meanClv)}</Table.Td>
                  <Table.Td ta="right">{t.respondents.toLocaleString()}</Table.Td>
                  <Table.Td ta="right">{t.nps === null ? '—' : t.nps.toFixed(0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            The models
          </Title>
          <Table data-testid="clv-parameters">
            <Table.Tbody>
              <Param
                name="BG/NBD (purchases)"
                value={`r = ${n(fit.bgnbd.r)}, α = ${n(fit.bgnbd.alpha)} ${fit.timeUnit}s, a = ${n(fit.bgnbd.a)}, b = ${n(fit.bgnbd.b)}`}
              />
              <Param
                name="Gamma-Gamma (spend)"
                value={`p = ${n(fit.gammaGamma.p)}, q = ${n(fit.gammaGamma.q)}, γ = ${n(fit.gammaGamma.gamma)}`}
              />
              <Param
                name="Customers"
                value={`${fit.customers.toLocaleString()} (${fit.repeatCustomers.toLocaleString()} bought more than once)`}
              />
              <Param
                name="Log-likelihoods"
                value={`${n(fit.bgnbd.logLikelihood, 1)} · ${n(fit.gammaGamma.logLikelihood, 1)}`}
              />
              <Param name="Margin" value={`${(fit.settings.margin * 100).toFixed(0)}% of spend`} />
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </>
  );
}

const n = (v: number | null, digits = 3) => (v === null ? '—' : v.toFixed(digits));

function Param({ name, value }: { name: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {name}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

function Stat({
  label,
  value,
  note,
  testId,
  warn,
}: {
  label: string;
  value: string;
  note: string;
  testId: string;
  warn?: boolean;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} c={warn ? 'orange.8' : undefined}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Paper>
  );
}

function GroupTable({
  title,
  rows,
  money,
  testId,
}: {
  title: string;
  rows: { key: string; name: string; customers: number; totalClv: number; meanClv: number }[];
  money: (v: number) => string;
  testId: string;
}) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col" ta="right">
                Customers
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Total CLV
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Mean CLV
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ta="right">{r.customers.toLocaleString()}</Table.Td>
                <Table.Td ta="right">{money(r.totalClv)}</Table.Td>
                <Table.Td ta="right">{money(r.meanClv)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
