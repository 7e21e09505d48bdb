import type { Page } from '@centric/contracts/common/pagination.schemas';
import type { outboxMessage } from '@centric/contracts/outbox/outbox.schemas';
import { Accordion, Badge, Group, Skeleton, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { formatDate, label } from '../common/format';
import { ListFooter } from '../common/list-footer';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';

type Message = z.infer<typeof outboxMessage>;

const STATUS_COLOR: Record<Message['status'], string> = {
  queued: 'blue',
  sent: 'teal',
  failed: 'red',
  held: 'gray',
};

/** Settings → Outbox: every e-mail Centric sent or holds; without SMTP this is where mail can be read. */
export function OutboxPage() {
  const { slug, organisation } = useOrg();
  const call = useOrgApi();
  const messages = useInfiniteQuery({
    queryKey: ['org', slug, 'outbox'],
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<Message>) => last.nextCursor,
    queryFn: ({ pageParam, signal }) =>
      call<Page<Message>>(withQuery('/api/v1/outbox', { limit: 50, cursor: pageParam }), { signal }),
  });
  const rows = messages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every e-mail Centric sends: invitations, reminders and digests. When no SMTP server is configured, mail is held here so nothing is lost and you can read it."
      />
      {messages.error ? <QueryError error={messages.error} onRetry={() => void messages.refetch()} /> : null}
      {messages.isPending ? <Skeleton h={160} aria-label="Loading the outbox" /> : null}
      {!messages.isPending && rows.length === 0 && !messages.error ? (
        <EmptyState icon={<IconMail />} title="No e-mail yet" testId="outbox-empty">
          Messages appear here as soon as Centric sends one, for example when you invite a person.
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <Accordion variant="separated" data-testid="outbox-list">
          {rows.map((message) => (
            <Accordion.Item key={message.id} value={message.id} data-testid="outbox-message">
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} truncate>
                      {message.subject}
                    </Text>
                    <Text size="sm" c="dimmed" truncate>
                      to {message.to} · {formatDate(message.createdAt, organisation.timeZone, true)}
                    </Text>
                  </div>
                  <Badge color={STATUS_COLOR[message.status]} variant="light" style={{ flexShrink: 0 }}>
                    {label(message.status)}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {message.error ? (
                  <Text c="red" size="sm" mb="xs">
                    Delivery failed: {message.error}
                  </Text>
                ) : null}
                <Text
                  component="pre"
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}
                >
                  {message.text}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      ) : null}
      <ListFooter
        shown={rows.length}
        hasMore={Boolean(messages.hasNextPage)}
        loadingMore={messages.isFetchingNextPage}
        onLoadMore={() => void messages.fetchNextPage()}
        noun={['message', 'messages']}
      />
    </>
  );
}
