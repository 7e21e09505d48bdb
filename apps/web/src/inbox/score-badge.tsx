import { Badge } from '@mantine/core';

/** A score coloured by NPS band (0–6 red, 7–8 yellow, 9–10 green); other scales show plain. */
export function ScoreBadge({ score }: { score: number | null }) {
  if (score === null) return <Badge variant="outline">no score</Badge>;
  const color = score <= 6 ? 'red.8' : score <= 8 ? 'yellow.4' : 'green.9';
  return (
    <Badge
      color={color}
      variant="filled"
      aria-label={`Score ${score}`}
      c={color === 'yellow.4' ? 'dark.9' : undefined}
    >
      {score}
    </Badge>
  );
}
