import { Badge, Paper, Skeleton, Text, Title } from '@mantine/core';
import { useOrg } from '../app/org-context';
import { formatDate, formatMoney } from '../common/format';
import { useCustomerValue } from './clv.queries';

/** A customer's lifetime value, P(alive) and expected purchases, for those whose role may see values. */
export function CustomerValueCard({ customerId }: { customerId: string }) {
  const { can, organisation } = useOrg();
  const allowed = can('clv.read');
  const query = useCustomerValue(customerId, allowed);
  if (!allowed) return null;
  const value = query.data?.value;
  return (
    <Paper withBorder p="md" data-testid="customer-value">
      <Title order={2} size="h4" mb="sm">
        Customer value
      </Title>
      {query.isPending ? (
        <Skeleton h={80} />
      ) : query.error ? (
        <Text c="red">Could not load this customer’s value.</Text>
      ) : !value ? (
        <Text c="dimmed">No value yet: it appears after the next fit of the purchase models.</Text>
      ) : (
        <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' }}>
          <Term>Lifetime value</Term>
          <Text component="dd" m={0} size="sm" fw={600} data-testid="customer-clv">
            {formatMoney(value.clv, organisation.currency)}{' '}
            <Text span c="dimmed" size="xs" fw={400}>
              next {value.horizonMonths} months
            </Text>
          </Text>
          <Term>Still active (P(alive))</Term>
          <Text component="dd" m={0} size="sm" data-testid="customer-p-alive">
            {(value.pAlive * 100).toFixed(0)}%
            {value.pAliveBefore !== null && Math.abs(value.pAliveBefore - value.pAlive) >= 0.005
              ? ` (was ${(value.pAliveBefore * 100).toFixed(0)}%)`
              : ''}{' '}
            {value.fading ? (
              <Badge color="orange" variant="light" size="sm">
                at risk
              </Badge>
            ) : null}
          </Text>
          <Term>Expected purchases</Term>
          <Text component="dd" m={0} size="sm">
            {value.expectedPurchases.toFixed(1)} in the next {value.horizonMonths} months
          </Text>
          <Term>Fitted</Term>
          <Text component="dd" m={0} size="sm">
            {formatDate(value.fittedAt, organisation.timeZone)}
          </Text>
        </dl>
      )}
    </Paper>
  );
}

function Term({ children }: { children: React.ReactNode }) {
  return (
    <Text component="dt" c="dimmed" size="sm">
      {children}
    </Text>
  );
}
