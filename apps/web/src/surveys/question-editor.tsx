import type { SurveyQuestion } from '@centric/contracts/surveys/survey.schemas';
import { SURVEY_LANGUAGES } from '@centric/core/surveys/survey-kinds';
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { LANGUAGE_NAMES } from './survey-labels';

type Localised = Record<string, string>;

/** A fresh id that no item of the list uses yet (`q1`, `q2`… or `o1`, `o2`…). */
export function freshId(prefix: string, used: readonly { id: string }[]): string {
  const taken = new Set(used.map((u) => u.id));
  for (let n = used.length + 1; ; n += 1) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** A new question of a type, with the fields that type needs. */
export function newQuestion(type: SurveyQuestion['type'], used: readonly SurveyQuestion[]): SurveyQuestion {
  const id = freshId('q', used);
  if (type === 'rating') return { id, type, text: {}, min: 1, max: 5 };
  if (type === 'choice')
    return {
      id,
      type,
      text: {},
      multiple: false,
      options: [
        { id: 'o1', text: {} },
        { id: 'o2', text: {} },
      ],
    };
  return { id, type, text: {} };
}

/** What is wrong with the questions before they are saved, or null (the server checks the same). */
export function questionProblem(questions: readonly SurveyQuestion[]): string | null {
  for (const [i, q] of questions.entries()) {
    if (!q.text.en?.trim()) return `Question ${i + 1} needs its English text.`;
    if (q.type === 'rating' && !(q.min < q.max && q.max - q.min <= 10))
      return `Question ${i + 1}: the rating goes from a lower to a higher number, 11 steps at most.`;
    if (q.type === 'choice' && q.options.some((o) => !o.text.en?.trim()))
      return `Question ${i + 1}: every option needs its English text.`;
  }
  return null;
}

/** Drops empty translations, so the page falls back to English instead of showing nothing. */
export function cleanLocalised(text: Localised): Localised {
  return Object.fromEntries(
    Object.entries(text)
      .filter(([, t]) => t.trim())
      .map(([l, t]) => [l, t.trim()]),
  );
}

const TYPE_LABELS: Record<SurveyQuestion['type'], string> = {
  rating: 'Rating',
  choice: 'Choice',
  text: 'Text',
};

/** The survey's own questions: rating, choice and text, each in every shipped language. */
export function QuestionEditor({
  questions,
  onChange,
  disabled,
}: {
  questions: SurveyQuestion[];
  onChange: (questions: SurveyQuestion[]) => void;
  disabled: boolean;
}) {
  const replace = (index: number, next: SurveyQuestion) =>
    onChange(questions.map((q, i) => (i === index ? next : q)));
  const move = (index: number, by: number) => {
    const next = [...questions];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <Stack data-testid="question-editor">
      {questions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No questions of its own: customers give the score and say why. Add a rating, a choice or a text
          question to ask more.
        </Text>
      ) : null}
      {questions.map((q, index) => (
        <Fieldset
          key={q.id}
          legend={`Question ${index + 1} · ${TYPE_LABELS[q.type]}`}
          disabled={disabled}
          data-testid="question"
        >
          <Stack gap="sm">
            {SURVEY_LANGUAGES.map((lang) => (
              <TextInput
                key={lang}
                label={`Question (${LANGUAGE_NAMES[lang] ?? lang})`}
                description={lang === 'en' ? 'Required' : 'Optional: English is shown when empty'}
                required={lang === 'en'}
                value={q.text[lang] ?? ''}
                maxLength={1000}
                onChange={(e) => replace(index, { ...q, text: { ...q.text, [lang]: e.currentTarget.value } })}
                data-testid={`question-text-${lang}`}
              />
            ))}
            {q.type === 'rating' ? (
              <Group grow>
                <NumberInput
                  label="Lowest"
                  value={q.min}
                  min={0}
                  max={10}
                  allowDecimal={false}
                  onChange={(v) => replace(index, { ...q, min: Number(v) || 0 })}
                />
                <NumberInput
                  label="Highest"
                  value={q.max}
                  min={1}
                  max={10}
                  allowDecimal={false}
                  onChange={(v) => replace(index, { ...q, max: Number(v) || 0 })}
                />
              </Group>
            ) : null}
            {q.type === 'choice' ? (
              <Stack gap="xs">
                {q.options.map((o, oi) => (
                  <Group key={o.id} align="flex-end" wrap="nowrap">
                    {SURVEY_LANGUAGES.map((lang) => (
                      <TextInput
                        key={lang}
                        style={{ flex: 1 }}
                        label={`Option ${oi + 1} (${LANGUAGE_NAMES[lang] ?? lang})`}
                        required={lang === 'en'}
                        value={o.text[lang] ?? ''}
                        maxLength={1000}
                        onChange={(e) =>
                          replace(index, {
                            ...q,
                            options: q.options.map((x, xi) =>
                              xi === oi ? { ...x, text: { ...x.text, [lang]: e.currentTarget.value } } : x,
                            ),
                          })
                        }
                        data-testid={`option-text-${lang}`}
                      />
                    ))}
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={`Remove option ${oi + 1}`}
                      disabled={q.options.length <= 2}
                      onClick={() =>
                        replace(index, { ...q, options: q.options.filter((_, xi) => xi !== oi) })
                      }
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                <Group>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    disabled={q.options.length >= 30}
                    onClick={() =>
                      replace(index, {
                        ...q,
                        options: [...q.options, { id: freshId('o', q.options), text: {} }],
                      })
                    }
                  >
                    Add an option
                  </Button>
                  <Checkbox
                    label="Several options may be picked"
                    checked={q.multiple}
                    onChange={(e) => replace(index, { ...q, multiple: e.currentTarget.checked })}
                  />
                </Group>
              </Stack>
            ) : null}
            <Group gap="xs" justify="flex-end">
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label={`Move question ${index + 1} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <IconArrowUp size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label={`Move question ${index + 1} down`}
                disabled={index === questions.length - 1}
                onClick={() => move(index, 1)}
              >
                <IconArrowDown size={18} aria-hidden />
              </ActionIcon>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => onChange(questions.filter((_, i) => i !== index))}
              >
                Remove question
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      {disabled ? null : (
        <Group gap="xs">
          {(['rating', 'choice', 'text'] as const).map((type) => (
            <Button
              key={type}
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={questions.length >= 50}
              onClick={() => onChange([...questions, newQuestion(type, questions)])}
              data-testid={`question-add-${type}`}
            >
              {`Add a ${type} question`}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
