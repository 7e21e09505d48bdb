import type { Goal } from '@centric/contracts/direction/goal.schemas';
import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifyError, notifySuccess } from '../common/errors';
import { QueryError } from '../common/query-error';
import { useGoals, useStandings } from './direction.queries';
import { useEditGoal, useRemoveGoal } from './review.queries';
import { TargetProgress } from './target-progress';

/** The form that changes a goal's title, target, weight, due date and customer flag. */
function GoalEditor({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const edit = useEditGoal();
  const [form, setForm] = useState({
    title: goal.title,
    target: goal.target.target as number | string,
    weight: goal.weight as number | string,
    dueDate: goal.target.dueDate,
    customer: goal.customer,
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        edit.mutate(
          {
            id: goal.id,
            body: {
              title: form.title,
              target: Number(form.target),
              weight: Number(form.weight),
              dueDate: form.dueDate,
              customer: form.customer,
            },
          },
          {
            onSuccess: () => {
              notifySuccess('Goal changed');
              onDone();
            },
            onError: (error) => notifyError('Could not change the goal', error),
          },
        );
      }}
      data-testid="goal-editor"
    >
      <Stack gap="xs">
        <TextInput
          label="Title"
          required
          value={form.title}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, title: v }));
          }}
          data-testid="goal-title"
        />
        <Group grow align="flex-end">
          <NumberInput
            label="Target"
            required
            value={form.target}
            onChange={(v) => setForm((f) => ({ ...f, target: v }))}
            data-testid="goal-target"
          />
          <NumberInput
            label="Weight"
            required
            min={0}
            value={form.weight}
            onChange={(v) => setForm((f) => ({ ...f, weight: v }))}
            data-testid="goal-weight"
          />
          <TextInput
            label="Due"
            type="date"
            required
            value={form.dueDate}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setForm((f) => ({ ...f, dueDate: v }));
            }}
            data-testid="goal-due"
          />
        </Group>
        <Checkbox
          label="Customer objective"
          checked={form.customer}
          onChange={(e) => {
            const v = e.currentTarget.checked;
            setForm((f) => ({ ...f, customer: v }));
          }}
          data-testid="goal-customer"
        />
        <Group>
          <Button type="submit" loading={edit.isPending} data-testid="goal-save">
            Save
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One goal: its live progress, and for managers and above the edit and remove actions. */
function GoalCard({ goal }: { goal: Goal }) {
  const { can } = useOrg();
  const remove = useRemoveGoal();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <Card withBorder data-testid="goal-card" data-goal={goal.id}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>
            {goal.title}{' '}
            <Text span size="sm" c="dimmed">
              {goal.ownerName ?? '—'} · weight {goal.weight}
              {goal.customer ? ' · customer objective' : ''}
            </Text>
          </Text>
          {can('goal.write') && !editing ? (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setEditing(true)} data-testid="goal-edit">
                Edit
              </Button>
              {confirming ? (
                <Button
                  size="xs"
                  color="red"
                  loading={remove.isPending}
                  onClick={() =>
                    remove.mutate(goal.id, {
                      onSuccess: () => notifySuccess('Goal removed'),
                      onError: (error) => notifyError('Could not remove the goal', error),
                    })
                  }
                  data-testid="goal-remove-confirm"
                >
                  Confirm removal
                </Button>
              ) : (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setConfirming(true)}
                  data-testid="goal-remove"
                >
                  Remove
                </Button>
              )}
            </Group>
          ) : null}
        </Group>
        {editing ? (
          <GoalEditor goal={goal} onDone={() => setEditing(false)} />
        ) : (
          <TargetProgress target={goal.target} />
        )}
      </Stack>
    </Card>
  );
}

/** Every goal the actor may see, to change or remove. */
function GoalList() {
  const goals = useGoals(true);
  if (goals.error) return <QueryError error={goals.error} onRetry={() => void goals.refetch()} />;
  if (!goals.data || goals.data.items.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="goal-list">
      <Title order={2} size="h4">
        Goals
      </Title>
      {goals.data.items.map((g) => (
        <GoalCard key={g.id} goal={g} />
      ))}
    </Stack>
  );
}

/** How far off the baseline every unit and person with goals is, furthest behind first. */
export function GoalsSection() {
  const standings = useStandings(true);
  if (standings.error) return <QueryError error={standings.error} onRetry={() => void standings.refetch()} />;
  if (standings.data?.items.length === 0)
    return (
      <EmptyState title="No goals yet" testId="goals-empty">
        Goals of units and people, bound to live metrics, appear here with how far each is from its baseline.
      </EmptyState>
    );
  return (
    <Stack>
      <Paper withBorder>
        <Table striped verticalSpacing="sm" data-testid="standings-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Unit or person</Table.Th>
              <Table.Th scope="col">Goals</Table.Th>
              <Table.Th scope="col">Attainment</Table.Th>
              <Table.Th scope="col">Below baseline</Table.Th>
              <Table.Th scope="col">On customer objectives</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {standings.data?.items.map((s) => (
              <Table.Tr key={`${s.ownerKind}:${s.ownerId}`}>
                <Table.Td>
                  {s.ownerName ?? '—'}{' '}
                  <Text span size="xs" c="dimmed">
                    {s.ownerKind}
                  </Text>
                </Table.Td>
                <Table.Td>{s.goals}</Table.Td>
                <Table.Td>{s.attainment === null ? '—' : `${Math.round(s.attainment * 100)} %`}</Table.Td>
                <Table.Td>{s.belowBaseline}</Table.Td>
                <Table.Td>{Math.round(s.customerShare * 100)} %</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <GoalList />
    </Stack>
  );
}
