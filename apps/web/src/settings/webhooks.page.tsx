import type {
  createdWebhookEndpoint,
  webhookDeliveryList,
  webhookEndpointList,
} from '@centric/contracts/webhooks/webhook.schemas';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { useOrg, useOrgApi } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifyError } from '../common/errors';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';

type Endpoint = z.output<typeof webhookEndpointList>['items'][number];

/** Settings → Webhooks: endpoints that receive signed events, and each one's delivery log. */
export function WebhooksPage() {
  const { slug } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  const endpoints = useQuery({
    queryKey: ['org', slug, 'webhooks'],
    queryFn: ({ signal }) => call<z.output<typeof webhookEndpointList>>('/api/v1/webhooks', { signal }),
  });
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      call<z.output<typeof createdWebhookEndpoint>>('/api/v1/webhooks', { method: 'POST', body: { url } }),
    onSuccess: (created) => {
      setSecret(created.secret);
      setUrl('');
      void queryClient.invalidateQueries({ queryKey: ['org', slug, 'webhooks'] });
    },
    onError: (error) => notifyError('The endpoint was not added', error),
  });
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Other systems hear about new responses and cases as they happen: response.created, case.opened, case.overdue and case.resolved (and responses.imported once per file import), each signed with HMAC-SHA256 (X-Centric-Signature) and retried with growing delays."
      />
      <Paper withBorder p="md" mb="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Group align="flex-end">
            <TextInput
              label="Endpoint URL"
              placeholder="https://example.com/centric-events"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              required
              style={{ flex: '1 1 320px' }}
            />
            <Button type="submit" loading={create.isPending}>
              Add endpoint
            </Button>
          </Group>
        </form>
        {secret ? (
          <Alert mt="md" color="yellow" title="Copy the signing secret now: it is shown only once">
            <Code>{secret}</Code>
          </Alert>
        ) : null}
      </Paper>
      {endpoints.error ? (
        <QueryError error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : null}
      {endpoints.isPending ? <Skeleton h={120} /> : null}
      {endpoints.data?.items.length === 0 ? (
        <EmptyState icon={<IconWebhook />} title="No endpoints yet">
          Add the URL of a system that should receive events.
        </EmptyState>
      ) : null}
      <Stack>
        {endpoints.data?.items.map((e) => (
          <EndpointLog key={e.id} endpoint={e} />
        ))}
      </Stack>
    </>
  );
}

function EndpointLog({ endpoint }: { endpoint: Endpoint }) {
  const { slug, organisation } = useOrg();
  const call = useOrgApi();
  const log = useQuery({
    queryKey: ['org', slug, 'webhooks', endpoint.id, 'deliveries'],
    queryFn: ({ signal }) =>
      call<z.output<typeof webhookDeliveryList>>(`/api/v1/webhooks/${endpoint.id}/deliveries`, { signal }),
    refetchInterval: 10_000,
  });
  const color = { delivered: 'green.9', pending: 'blue.8', failed: 'red.8' } as const;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5">
        {endpoint.url}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {endpoint.events.join(', ')}
      </Text>
      {log.data && log.data.items.length === 0 ? (
        <Text size="sm">No deliveries yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Event</Table.Th>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Attempts</Table.Th>
                <Table.Th scope="col">Last answer</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data?.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.event}</Table.Td>
                  <Table.Td>{formatDate(d.createdAt, organisation.timeZone, true)}</Table.Td>
                  <Table.Td>
                    <Badge color={color[d.status]}>{d.status}</Badge>
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>{d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : '—')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
