import type { Page } from '@centric/contracts/common/pagination.schemas';
import { Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconSitemap, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { withQuery } from '../api/api';
import { useOrg, useOrgApi } from '../app/org-context';
import { PageHeader } from '../common/page-header';
import { useUnits } from '../units/unit.queries';

const COUNT_PAGE = 200;

/** The first page of a list, counted: exact below one page, "200+" beyond (lists have no total). */
function useFirstPageCount(path: string, enabled: boolean) {
  const { slug } = useOrg();
  const call = useOrgApi();
  return useQuery({
    queryKey: ['org', slug, 'count', path],
    queryFn: async ({ signal }) => {
      const page = await call<Page<unknown>>(withQuery(path, { limit: COUNT_PAGE }), { signal });
      return page.nextCursor ? `${COUNT_PAGE}+` : String(page.items.length);
    },
    enabled,
  });
}

/** A welcome for people whose role does not show the metrics: where the organisation stands, where to start. */
export function WelcomePanel() {
  const { organisation, personName, role, slug, can } = useOrg();
  const units = useUnits();
  const people = useFirstPageCount('/api/v1/people', can('person.read'));
  const customers = useFirstPageCount('/api/v1/customers', can('customer.read'));
  const first = personName.split(' ')[0] || personName;
  return (
    <>
      <PageHeader
        title={`Welcome, ${first}`}
        description={`You are ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role} of ${organisation.name}.`}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="xl">
        <StartCard
          icon={<IconSitemap />}
          title="Units"
          count={units.data ? String(units.data.length) : undefined}
          error={units.isError}
          text="Departments, regions, stores and teams: feedback and metrics are attributed to them."
          to={`/o/${slug}/settings/units`}
          action={can('unit.write') ? 'Shape the unit tree' : 'Open the unit tree'}
          testId="dashboard-units"
        />
        <StartCard
          icon={<IconUsers />}
          title="People"
          count={people.data}
          error={people.isError}
          text="Everyone who works here, with their role, unit and manager."
          to={`/o/${slug}/settings/people`}
          action={can('person.invite') ? 'Invite your team' : 'See who is here'}
          testId="dashboard-people"
        />
        {can('customer.read') ? (
          <StartCard
            icon={<IconUsersGroup />}
            title="Customers"
            count={customers.data}
            error={customers.isError}
            text="The customers you serve, with their feedback and purchases."
            to={`/o/${slug}/customers`}
            action="Browse the customer list"
            testId="dashboard-customers"
          />
        ) : null}
      </SimpleGrid>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="xs">
          What comes next
        </Title>
        <Text c="dimmed">
          Managers and executives see the customer metrics here — NPS, CSAT and CES with their margins of
          error, trends and breakdowns. Start by shaping the organisation: its units, then its people.
        </Text>
      </Paper>
    </>
  );
}

function StartCard(props: {
  icon: React.ReactNode;
  title: string;
  count: string | undefined;
  error: boolean;
  text: string;
  to: string;
  action: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="lg" data-testid={props.testId}>
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={6}>
          <Group gap="sm">
            <ThemeIcon variant="light" size="lg" aria-hidden>
              {props.icon}
            </ThemeIcon>
            <Title order={2} size="h4">
              {props.title}
            </Title>
          </Group>
          <Text size="xl" fw={700} aria-live="polite">
            {props.error ? '—' : (props.count ?? '…')}
            <Text span size="sm" c="dimmed" fw={400}>
              {' '}
              {props.title.toLowerCase()}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {props.text}
          </Text>
        </Stack>
        <Group>
          <Button component={Link} to={props.to} variant="light" size="xs">
            {props.action}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
