import type { apiKeyList, createdApiKey } from '@centric/contracts/api-keys/api-key.schemas';
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconKey, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { useOrg, useOrgApi } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { errorMessage, notifyError, notifySuccess } from '../common/errors';
import { formatDate } from '../common/format';
import { IconButton } from '../common/icon-button';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';

type KeyList = z.infer<typeof apiKeyList>;
type CreatedKey = z.infer<typeof createdApiKey>;

/** Settings → API keys: keys for scripts, acting as the person who created them; shown once, revocable. */
export function ApiKeysPage() {
  const { slug, organisation, can } = useOrg();
  const call = useOrgApi();
  const queryClient = useQueryClient();
  const queryKey = ['org', slug, 'api-keys'];
  const list = useQuery({ queryKey, queryFn: ({ signal }) => call<KeyList>('/api/v1/api-keys', { signal }) });
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const create = useMutation({
    mutationFn: (keyName: string) =>
      call<CreatedKey>('/api/v1/api-keys', { method: 'POST', body: { name: keyName } }),
    onSuccess: (key) => {
      setCreated(key);
      setName('');
      void queryClient.invalidateQueries({ queryKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call<null>(`/api/v1/api-keys/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      notifySuccess('API key revoked: it no longer works');
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (error) => notifyError('Could not revoke the key', error),
  });

  return (
    <>
      <PageHeader
        title="API keys"
        description={`Keys let scripts call the Centric API as you, with your role, in ${organisation.name}. Send one as "Authorization: Bearer …".`}
      />
      {can('apiKey.create') ? (
        <Paper withBorder p="md" mb="md">
          <form
            aria-label="Create an API key"
            onSubmit={(event) => {
              event.preventDefault();
              create.mutate(name.trim() || 'API key');
            }}
          >
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label="Name"
                description="What the key is for, e.g. “nightly export”"
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                maxLength={200}
                style={{ flex: '1 1 260px' }}
                data-testid="api-key-name"
              />
              <Button
                type="submit"
                loading={create.isPending}
                leftSection={<IconKey size={16} aria-hidden />}
              >
                Create key
              </Button>
            </Group>
            {create.error ? (
              <Text c="red" size="sm" mt="xs" role="alert">
                {errorMessage(create.error)}
              </Text>
            ) : null}
          </form>
        </Paper>
      ) : null}
      {created ? (
        <Alert color="teal" mb="md" data-testid="api-key-created">
          <Text size="sm" mb="xs" c="dark">
            <strong>Key “{created.name}” created.</strong> Copy it now: it is shown only once.
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Code style={{ overflowWrap: 'anywhere' }}>{created.key}</Code>
            <CopyButton value={created.key}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      ) : null}
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isPending ? <Skeleton h={120} aria-label="Loading API keys" /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState icon={<IconKey />} title="No API keys yet" testId="api-keys-empty">
          Create one above, or from the command line with <Code>centric api-key create</Code>.
        </EmptyState>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="api-keys-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Starts with</Table.Th>
                  <Table.Th scope="col">Acts as</Table.Th>
                  <Table.Th scope="col">Created</Table.Th>
                  <Table.Th scope="col">Last used</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((key) => (
                  <Table.Tr key={key.id} data-testid="api-key-row">
                    <Table.Td fw={600}>{key.name}</Table.Td>
                    <Table.Td>
                      <Code>{key.start ?? '—'}…</Code>
                    </Table.Td>
                    <Table.Td>{key.ownerEmail}</Table.Td>
                    <Table.Td>{formatDate(key.createdAt, organisation.timeZone)}</Table.Td>
                    <Table.Td>
                      {key.lastUsedAt ? formatDate(key.lastUsedAt, organisation.timeZone, true) : 'never'}
                    </Table.Td>
                    <Table.Td>
                      <IconButton
                        label={`Revoke ${key.name}`}
                        color="red"
                        icon={<IconTrash size={16} aria-hidden />}
                        testId="api-key-revoke"
                        onClick={() => {
                          if (window.confirm(`Revoke “${key.name}”? Scripts using it stop working at once.`))
                            revoke.mutate(key.id);
                        }}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
    </>
  );
}
