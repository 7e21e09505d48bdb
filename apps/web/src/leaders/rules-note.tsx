import { List, Paper, Text } from '@mantine/core';

/** The rules of the Walker index in words, so everyone can see how it is counted. */
export function RulesNote({ rules }: { rules: string[] }) {
  return (
    <Paper withBorder p="md" data-testid="walker-rules">
      <Text fw={600} mb="xs">
        How the Walker index is counted
      </Text>
      <List size="sm" spacing={2}>
        {rules.map((r) => (
          <List.Item key={r}>{r}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
