import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';

/** Any path the app does not know. */
export function NotFoundPage({ home = '/' }: { home?: string }) {
  useDocumentTitle('Page not found · Centric');
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="xs" data-testid="not-found">
        <Title order={1} size="h3">
          Page not found
        </Title>
        <Text c="dimmed">There is nothing at this address.</Text>
        <Anchor component={Link} to={home}>
          Go to the dashboard
        </Anchor>
      </Stack>
    </Center>
  );
}
