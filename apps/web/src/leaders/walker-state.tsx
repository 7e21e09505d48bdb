import { Badge, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';

const STATES: Record<string, { color: string; text: string }> = {
  walking: { color: 'green', text: 'Walking the talk' },
  slipping: { color: 'yellow', text: 'Slipping' },
  talking: { color: 'red', text: 'Talking' },
  not_due: { color: 'gray', text: 'Nothing due yet' },
  no_commitments: { color: 'gray', text: 'No commitments' },
};

/** A leader's state as a coloured badge with words (never colour alone). */
export function WalkerStateBadge({ state }: { state: string }) {
  const s = STATES[state] ?? { color: 'gray', text: state };
  return (
    <Badge color={s.color} variant="light" data-testid="walker-state" data-state={state}>
      {s.text}
    </Badge>
  );
}

/** An index as a percentage. */
export function percent(index: number | null): string {
  return index === null ? '—' : `${Math.round(index * 100)} %`;
}

/** The change since the previous period, with an arrow and words. */
export function Trend({ value }: { value: number | null }) {
  if (value === null)
    return (
      <Text c="dimmed" size="sm">
        —
      </Text>
    );
  const points = Math.round(value * 100);
  const Icon = points > 0 ? IconArrowUpRight : points < 0 ? IconArrowDownRight : IconArrowRight;
  const color = points > 0 ? 'green' : points < 0 ? 'red' : 'dimmed';
  return (
    <Text c={color} size="sm" span style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
      <Icon size={14} aria-hidden />
      {points > 0 ? '+' : ''}
      {points} pts
    </Text>
  );
}
