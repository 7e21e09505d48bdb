import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isUnauthenticated } from '../api/api';
import { errorMessage } from '../common/errors';
import { FullPageLoader } from '../common/full-page-loader';
import { useMe } from './session.queries';

/** Renders its routes only for a signed-in user; anyone else goes to the sign-in page and comes back after. */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  if (me.error && isUnauthenticated(me.error)) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.error && !me.data) {
    return (
      <Center mih="100vh" p="md">
        <Stack align="center" role="alert">
          <Title order={1} size="h3">
            Centric could not start
          </Title>
          <Text>{errorMessage(me.error)}</Text>
          <Button onClick={() => void me.refetch()}>Try again</Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data) return <FullPageLoader label="Checking your session" />;
  return <Outlet />;
}
