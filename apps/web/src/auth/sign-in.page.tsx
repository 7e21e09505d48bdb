import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../common/errors';
import { safeNext, useMe, useSignIn } from './session.queries';

/** The sign-in page: e-mail and password. */
export function SignInPage() {
  useDocumentTitle('Sign in · Centric');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter your e-mail address'),
      password: (value) => (value.length > 0 ? null : 'Enter your password'),
    },
  });

  if (me.data && !signIn.isPending) return <Navigate to={next} replace />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper component="main" withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <form
          aria-labelledby="sign-in-title"
          noValidate
          onSubmit={form.onSubmit((values) =>
            signIn.mutate(
              { email: values.email.trim(), password: values.password },
              { onSuccess: () => navigate(next, { replace: true }) },
            ),
          )}
        >
          <Stack gap="md">
            <div>
              <Title order={1} size="h2" id="sign-in-title">
                Sign in to Centric
              </Title>
              <Text c="dimmed" size="sm">
                Customer-centric leadership, measured.
              </Text>
            </div>
            {signIn.error ? (
              <Alert
                role="alert"
                color="red"
                icon={<IconAlertTriangle aria-hidden />}
                data-testid="sign-in-error"
              >
                {errorMessage(signIn.error)}
              </Alert>
            ) : null}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              data-autofocus
              autoFocus
              data-testid="sign-in-email"
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              data-testid="sign-in-password"
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={signIn.isPending} fullWidth data-testid="sign-in-submit">
              Sign in
            </Button>
            <Text size="sm" c="dimmed">
              New here? Ask an administrator of your organisation for an invitation, then follow the link in
              the e-mail.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
