import { Card, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '../common/empty-state';
import { QueryError } from '../common/query-error';
import { useMyPart } from './direction.queries';
import { InitiativeCard } from './plan.section';
import { TargetProgress } from './target-progress';

/** "My part": the initiatives and goals the signed-in person owns or contributes to, and their role. */
export function MyPartSection() {
  const part = useMyPart();
  if (part.error) return <QueryError error={part.error} onRetry={() => void part.refetch()} />;
  if (!part.data) return null;
  const { initiatives, goals, attainment } = part.data;
  if (initiatives.length === 0 && goals.length === 0)
    return (
      <EmptyState title="Nothing for you yet" testId="my-part-empty">
        Initiatives you own, sponsor or hold a role on, those your unit takes part in, and your goals appear
        here.
      </EmptyState>
    );
  return (
    <Stack data-testid="my-part">
      {initiatives.length > 0 ? (
        <Title order={2} size="h4">
          Initiatives
        </Title>
      ) : null}
      {initiatives.map((p) => (
        <InitiativeCard key={p.initiative.id} item={p.initiative} roles={p.roles} />
      ))}
      {goals.length > 0 ? (
        <Title order={2} size="h4">
          Goals{attainment !== null ? ` · ${Math.round(attainment * 100)} % attained` : ''}
        </Title>
      ) : null}
      {goals.map((g) => (
        <Card key={g.id} withBorder data-testid="my-goal">
          <Text fw={600}>
            {g.title} {g.customer ? '· customer objective' : ''} · weight {g.weight}
          </Text>
          <TargetProgress target={g.target} />
        </Card>
      ))}
    </Stack>
  );
}
