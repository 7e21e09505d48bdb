import { MultiSelect, Textarea, TextInput } from '@mantine/core';

/** Today as YYYY-MM-DD in the browser's calendar (the server checks against the organisation's). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface TextField {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  /** A few lines rather than one. */
  multiline?: boolean;
}

/**
 * The fields every kind of evidence asks for: the day it happened (never in the future), what was done in a
 * line, and the colleagues who took part (who can confirm it). Each form names them in its own words.
 */
export function EvidenceFields({
  date,
  summary,
  people,
}: {
  date: { label: string; value: string; onChange: (value: string) => void };
  summary: TextField;
  people?: {
    label: string;
    description?: string;
    options: { value: string; label: string }[];
    value: string[];
    onChange: (ids: string[]) => void;
    testId?: string;
  };
}) {
  const Summary = summary.multiline ? Textarea : TextInput;
  return (
    <>
      <TextInput
        type="date"
        label={date.label}
        required
        value={date.value}
        max={todayIso()}
        onChange={(e) => date.onChange(e.currentTarget.value)}
        data-testid="evidence-date"
      />
      <Summary
        label={summary.label}
        required
        value={summary.value}
        onChange={(e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
          summary.onChange(e.currentTarget.value)
        }
        data-testid={summary.testId}
        {...(summary.multiline ? { autosize: true, minRows: 2 } : {})}
      />
      {people ? (
        <MultiSelect
          label={people.label}
          description={people.description}
          data={people.options}
          value={people.value}
          onChange={people.onChange}
          searchable
          data-testid={people.testId}
        />
      ) : null}
    </>
  );
}
