import { Badge, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';

/** Text shades dark enough for WCAG AA (4.5:1) on the light badge tints and on white. */
export const INK = {
  green: '#1f6b30',
  yellow: '#7a4d00',
  red: '#a51d1d',
  gray: '#3d4349',
  blue: '#1c4f8a',
} as const;

const STATES: Record<string, { color: keyof typeof INK; text: string }> = {
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
    <Badge color={s.color} c={INK[s.color]} variant="light" data-testid="walker-state" data-state={state}>
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
  const color = points > 0 ? INK.green : points < 0 ? INK.red : 'dimmed';
  return (
    <Text c={color} size="sm" span style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
      <Icon size={14} aria-hidden />
      {points > 0 ? '+' : ''}
      {points} pts
    </Text>
  );
}
