import { createSurveyBody } from '@centric/contracts/surveys/survey.schemas';
import { SURVEY_KINDS, type SurveyKind } from '@centric/core/surveys/survey-kinds';
import {
  Anchor,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconClipboardList, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useOrg } from '../app/org-context';
import { EmptyState } from '../common/empty-state';
import { notifyError } from '../common/errors';
import { formatDate } from '../common/format';
import { ListFooter } from '../common/list-footer';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { applyServerErrors, zodValidate } from '../common/zod-form';
import { useCreateSurvey, useSurveyPages } from './survey.queries';
import { KIND_LABELS, KIND_SHORT, SurveyStatusBadge } from './survey-labels';

/** Surveys: every survey with its state and answers so far; a new one starts as a draft. */
export function SurveysPage() {
  const { slug, organisation, can } = useOrg();
  const [status, setStatus] = useState('all');
  const [creating, setCreating] = useState(false);
  const surveys = useSurveyPages(status === 'all' ? undefined : status);
  const rows = surveys.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title="Surveys"
        description="What customers and employees are asked: the kind of score, the survey's own questions and texts, where it is asked, and who is invited."
        actions={
          can('survey.write') ? (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="survey-new"
            >
              New survey
            </Button>
          ) : null
        }
      />
      <SegmentedControl
        mb="md"
        aria-label="Show surveys"
        value={status}
        onChange={setStatus}
        data={[
          { value: 'all', label: 'All' },
          { value: 'draft', label: 'Drafts' },
          { value: 'live', label: 'Live' },
          { value: 'closed', label: 'Closed' },
        ]}
      />
      {surveys.error ? <QueryError error={surveys.error} onRetry={() => void surveys.refetch()} /> : null}
      {surveys.isPending ? <Skeleton h={160} /> : null}
      {surveys.data && rows.length === 0 ? (
        <EmptyState icon={<IconClipboardList />} title={status === 'all' ? 'No surveys yet' : 'None here'}>
          {status === 'all'
            ? 'Create a survey, add your own questions, make it live, then share a link or invite customers.'
            : 'No survey is in this state.'}
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="surveys-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Survey</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col" ta="right">
                  Questions
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Responses
                </Table.Th>
                <Table.Th scope="col">Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.id} data-testid="survey-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/o/${slug}/surveys/${s.id}`} fw={600}>
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{KIND_SHORT[s.kind]}</Table.Td>
                  <Table.Td>
                    <SurveyStatusBadge status={s.status} />
                  </Table.Td>
                  <Table.Td ta="right">{s.questions.length}</Table.Td>
                  <Table.Td ta="right" data-testid="survey-responses">
                    {s.responseCount.toLocaleString()}
                  </Table.Td>
                  <Table.Td>{formatDate(s.createdAt, organisation.timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <ListFooter
        shown={rows.length}
        hasMore={surveys.hasNextPage}
        loadingMore={surveys.isFetchingNextPage}
        onLoadMore={() => void surveys.fetchNextPage()}
        noun={['survey', 'surveys']}
        filtered={status !== 'all'}
      />
      <NewSurveyModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

interface NewSurveyValues {
  name: string;
  kind: SurveyKind;
}

function NewSurveyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { slug } = useOrg();
  const navigate = useNavigate();
  const create = useCreateSurvey();
  const form = useForm<NewSurveyValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', kind: 'nps' },
    validate: zodValidate<NewSurveyValues>(createSurveyBody, (v) => v),
  });
  return (
    <Modal opened={opened} onClose={onClose} title="New survey">
      <form
        onSubmit={form.onSubmit((values) =>
          create.mutate(values, {
            onSuccess: (survey) => {
              form.reset();
              onClose();
              void navigate(`/o/${slug}/surveys/${survey.id}`);
            },
            onError: (error) => {
              if (!applyServerErrors(form, error)) notifyError('The survey was not created', error);
            },
          }),
        )}
      >
        <Stack>
          <TextInput
            label="Name"
            description="For you: customers never see it"
            required
            data-autofocus
            data-testid="survey-name"
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Select
            label="Kind"
            description="Fixes the main score's scale; it can change while the survey is a draft"
            allowDeselect={false}
            data={SURVEY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            data-testid="survey-kind"
            key={form.key('kind')}
            {...form.getInputProps('kind')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="survey-create">
              Create draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
