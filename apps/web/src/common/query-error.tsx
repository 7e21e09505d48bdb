import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { ApiError } from '../api/api';
import { errorMessage, errorTitle } from './errors';

/** An inline, announced error for a failed read, with a retry when retrying can help. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const forbidden = error instanceof ApiError && error.code === 'forbidden';
  const retryable = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
  return (
    <Alert
      role="alert"
      color={forbidden ? 'orange' : 'red'}
      title={errorTitle(error, 'Could not load this')}
      icon={forbidden ? <IconLock aria-hidden /> : <IconAlertTriangle aria-hidden />}
      data-testid="query-error"
    >
      {errorMessage(error)}
      {retryable && onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="light" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
