import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';

/** An honest empty state: what will appear here and, when there is one, what to do first. */
export function EmptyState({
  icon,
  title,
  children,
  action,
  testId,
}: {
  icon?: React.ReactNode;
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="xl" data-testid={testId ?? 'empty-state'}>
      <Stack align="center" gap="sm" ta="center" maw={560} mx="auto">
        {icon ? (
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            {icon}
          </ThemeIcon>
        ) : null}
        <Title order={2} size="h4">
          {title}
        </Title>
        {children ? (
          <Text c="dimmed" component="div">
            {children}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
