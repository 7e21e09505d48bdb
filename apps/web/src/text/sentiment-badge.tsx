import { Badge } from '@mantine/core';

const COLOURS = { positive: 'teal', neutral: 'gray', negative: 'red' } as const;

/** A sentiment label as a coloured badge, with the score for screen readers and on hover. */
export function SentimentBadge({
  label,
  score,
  size = 'sm',
}: {
  label: 'positive' | 'neutral' | 'negative';
  score?: number;
  size?: 'xs' | 'sm' | 'md';
}) {
  const title = score === undefined ? label : `${label} (score ${score.toFixed(2)})`;
  return (
    <Badge color={COLOURS[label]} variant="light" size={size} title={title} data-testid="sentiment-badge">
      {label}
    </Badge>
  );
}

/** A theme tag as a badge, coloured by the sentiment of the sentence mentioning it. */
export function ThemeBadge({
  name,
  label,
  onClick,
}: {
  name: string;
  label: 'positive' | 'neutral' | 'negative';
  onClick?: () => void;
}) {
  return (
    <Badge
      color={COLOURS[label]}
      variant="outline"
      size="sm"
      title={`${name}: ${label}`}
      data-testid="theme-badge"
      {...(onClick ? { component: 'button' as const, onClick, style: { cursor: 'pointer' } } : {})}
    >
      {name}
    </Badge>
  );
}
