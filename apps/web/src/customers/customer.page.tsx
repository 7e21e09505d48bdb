import { Anchor, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMessage } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useOrg } from '../app/org-context';
import { CustomerValueCard } from '../clv/customer-value-card';
import { EmptyState } from '../common/empty-state';
import { formatDate, formatMoney } from '../common/format';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { useUnitNames } from '../units/unit.queries';
import { type CustomerDetail, useCustomer, useSegments, useSurveyName } from './customer.queries';

/** A customer's page: who they are, what they bought and what they said. */
export function CustomerPage() {
  const { customerId = '' } = useParams();
  const { slug } = useOrg();
  const detail = useCustomer(customerId);
  const back = (
    <Anchor component={Link} to={`/o/${slug}/customers`} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden /> All customers
      </Group>
    </Anchor>
  );
  if (detail.error) {
    return (
      <Stack>
        {back}
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </Stack>
    );
  }
  if (!detail.data) {
    return (
      <Stack>
        {back}
        <Skeleton h={36} w={280} />
        <Skeleton h={160} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {back}
      <Detail data={detail.data} />
    </Stack>
  );
}

function Detail({ data }: { data: CustomerDetail }) {
  const { organisation } = useOrg();
  const { customer, purchases, responses } = data;
  const segments = useSegments().data;
  const units = useUnitNames();
  const segmentName = segments?.find((s) => s.id === customer.segmentId)?.name;
  const name = customer.name ?? customer.email ?? customer.externalId ?? 'Unnamed customer';
  const attributes = Object.entries(customer.attributes);
  const facts: [string, React.ReactNode][] = [
    ['Email', customer.email ?? '—'],
    ['Account', customer.account ?? '—'],
    ['Segment', customer.segmentId ? (segmentName ?? '…') : '—'],
    ['Home unit', customer.homeUnitId ? (units.get(customer.homeUnitId) ?? '…') : '—'],
    ['External id', customer.externalId ?? '—'],
    ['Added', formatDate(customer.createdAt, organisation.timeZone)],
  ];
  return (
    <>
      <PageHeader title={name} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Details
          </Title>
          <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' }}>
            {[
              ...facts,
              ...attributes.map(([k, v]) => [k, formatAttribute(v)] as [string, React.ReactNode]),
            ].map(([term, value]) => (
              <Fact key={term} term={term} value={value} />
            ))}
          </dl>
        </Paper>
        <Paper withBorder p="md" data-testid="customer-purchases">
          <Title order={2} size="h4" mb="sm">
            Purchases
          </Title>
          {purchases.count === 0 ? (
            <Text c="dimmed">No purchases recorded for this customer.</Text>
          ) : (
            <dl
              style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' }}
            >
              <Fact term="Purchases" value={purchases.count.toLocaleString()} />
              <Fact term="Total spent" value={formatMoney(purchases.total, organisation.currency)} />
              <Fact term="First purchase" value={formatDate(purchases.first, organisation.timeZone)} />
              <Fact term="Last purchase" value={formatDate(purchases.last, organisation.timeZone)} />
            </dl>
          )}
        </Paper>
        <CustomerValueCard customerId={customer.id} />
      </SimpleGrid>
      <section aria-labelledby="responses-title">
        <Title order={2} size="h4" mb="sm" id="responses-title">
          Feedback
        </Title>
        {responses.length === 0 ? (
          <EmptyState
            icon={<IconMessage />}
            title="No feedback from this customer yet"
            testId="customer-no-responses"
          >
            Their survey answers will appear here.
          </EmptyState>
        ) : (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm" data-testid="customer-responses">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">Survey</Table.Th>
                    <Table.Th scope="col">Score</Table.Th>
                    <Table.Th scope="col">Comment</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {responses.map((response) => (
                    <Table.Tr key={response.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(response.respondedAt, organisation.timeZone, true)}
                      </Table.Td>
                      <Table.Td>
                        <SurveyName id={response.surveyId} />
                      </Table.Td>
                      <Table.Td>
                        {response.score === null ? '—' : <Badge variant="light">{response.score}</Badge>}
                      </Table.Td>
                      <Table.Td>{response.comment ?? <Text c="dimmed">No comment</Text>}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </section>
    </>
  );
}

function Fact({ term, value }: { term: string; value: React.ReactNode }) {
  return (
    <>
      <Text component="dt" c="dimmed" size="sm">
        {term}
      </Text>
      <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </>
  );
}

function SurveyName({ id }: { id: string }) {
  return <>{useSurveyName(id) ?? 'Survey'}</>;
}

function formatAttribute(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}
