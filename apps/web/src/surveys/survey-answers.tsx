import type { Survey } from '@centric/contracts/surveys/survey.schemas';
import { Stack, Table, Text } from '@mantine/core';
import { useSurvey } from './survey.queries';

const english = (text: Record<string, string>) => text.en ?? Object.values(text)[0] ?? '';

/** An answer to one of the survey's questions, in words (option texts rather than their ids). */
function answerText(survey: Survey | undefined, id: string, value: unknown): string {
  const question = survey?.questions.find((q) => q.id === id);
  if (question?.type === 'choice') {
    const picked = Array.isArray(value) ? value : [value];
    return picked
      .map((p) => {
        const option = question.options.find((o) => o.id === p);
        return option ? english(option.text) : String(p);
      })
      .join(', ');
  }
  if (question?.type === 'rating') return `${String(value)} of ${question.max}`;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The answers a response gave to its survey's own questions, labelled with the questions. */
export function SurveyAnswers({ surveyId, answers }: { surveyId: string; answers: Record<string, unknown> }) {
  const ids = Object.keys(answers);
  const survey = useSurvey(surveyId).data;
  if (ids.length === 0) return null;
  const order = survey?.questions.map((q) => q.id) ?? [];
  ids.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return (
    <Stack gap={4} data-testid="response-answers">
      <Text fw={600}>Answers to the survey’s questions</Text>
      <Table verticalSpacing={4} fz="sm">
        <Table.Tbody>
          {ids.map((id) => {
            const question = survey?.questions.find((q) => q.id === id);
            return (
              <Table.Tr key={id}>
                <Table.Th scope="row" fw={500}>
                  {question ? english(question.text) : id}
                </Table.Th>
                <Table.Td>{answerText(survey, id, answers[id])}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
