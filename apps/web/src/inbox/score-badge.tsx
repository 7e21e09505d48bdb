import { Badge } from '@mantine/core';

/** A score coloured by NPS band (0–6 red, 7–8 yellow, 9–10 green); other scales show plain. */
export function ScoreBadge({ score }: { score: number | null }) {
  if (score === null) return <Badge variant="outline">no score</Badge>;
  const color = score <= 6 ? 'red' : score <= 8 ? 'yellow' : 'green';
  return (
    <Badge
      color={color}
      variant="filled"
      aria-label={`Score ${score}`}
      c={color === 'yellow' ? 'dark' : undefined}
    >
      {score}
    </Badge>
  );
}
