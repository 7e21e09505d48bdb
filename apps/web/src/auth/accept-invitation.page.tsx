import { acceptInvitationBody } from '@centric/contracts/people/person.schemas';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/api';
import { errorMessage } from '../common/errors';
import { zodValidate } from '../common/zod-form';
import { useSignIn } from './session.queries';

interface Values {
  name: string;
  password: string;
  confirm: string;
}

/** The page an invitation e-mail links to (/invite/:token): choose a password, join, and sign in. */
export function AcceptInvitationPage() {
  useDocumentTitle('Join your organisation · Centric');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const accept = useMutation({
    mutationFn: (body: { token: string; password: string; name?: string }) =>
      api<{ email: string; organisationSlug: string }>('/api/v1/invitations/accept', {
        method: 'POST',
        body,
      }),
  });
  const toBody = (values: Values) => ({
    token,
    password: values.password,
    ...(values.name.trim() ? { name: values.name } : {}),
  });
  const schemaErrors = zodValidate<Values>(acceptInvitationBody, toBody);
  const form = useForm<Values>({
    initialValues: { name: '', password: '', confirm: '' },
    validate: (values) => ({
      ...schemaErrors(values),
      ...(values.confirm !== values.password ? { confirm: 'The two passwords differ' } : {}),
    }),
  });
  const error = accept.error ?? signIn.error;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper component="main" withBorder shadow="sm" radius="md" p="xl" w="100%" maw={440}>
        <form
          aria-labelledby="join-title"
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            const joined = await accept.mutateAsync(toBody(values)).catch(() => null);
            if (!joined) return;
            await signIn
              .mutateAsync({ email: joined.email, password: values.password })
              .then(() => navigate(`/o/${joined.organisationSlug}`, { replace: true }))
              .catch(() => undefined);
          })}
        >
          <Stack gap="md">
            <div>
              <Title order={1} size="h2" id="join-title">
                Join your organisation
              </Title>
              <Text c="dimmed" size="sm">
                Choose a password to accept your invitation to Centric.
              </Text>
            </div>
            {error ? (
              <Alert role="alert" color="red" icon={<IconAlertTriangle aria-hidden />}>
                {errorMessage(error)}
                {accept.isSuccess ? (
                  <>
                    {' '}
                    <Anchor component={Link} to="/sign-in">
                      Go to sign-in
                    </Anchor>
                  </>
                ) : null}
              </Alert>
            ) : null}
            <TextInput
              label="Your name"
              description="Leave empty to keep the name your invitation was sent with"
              autoComplete="name"
              autoFocus
              {...form.getInputProps('name')}
            />
            <PasswordInput
              label="Password"
              description="At least 10 characters"
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <PasswordInput
              label="Repeat the password"
              autoComplete="new-password"
              required
              {...form.getInputProps('confirm')}
            />
            <Button type="submit" loading={accept.isPending || signIn.isPending} fullWidth>
              Join
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
