import type { Survey, SurveyQuestion } from '@centric/contracts/surveys/survey.schemas';
import { SURVEY_KINDS, SURVEY_LANGUAGES, type SurveyKind } from '@centric/core/surveys/survey-kinds';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOrg } from '../app/org-context';
import { notifyError, notifySuccess } from '../common/errors';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { useUnits } from '../units/unit.queries';
import { unitOptions } from '../units/unit-tree';
import { cleanLocalised, QuestionEditor, questionProblem } from './question-editor';
import { useChannels, useSurvey, useTouchpoints, useUpdateSurvey } from './survey.queries';
import { SurveyInvitations } from './survey-invitations.section';
import { KIND_LABELS, KIND_SHORT, LANGUAGE_NAMES, SurveyStatusBadge } from './survey-labels';
import { SurveyLinks } from './survey-links.section';

/** One survey: its design (kind, targets, texts, questions), its links and widget, and its invitations. */
export function SurveyPage() {
  const { surveyId = '' } = useParams();
  const { slug } = useOrg();
  const survey = useSurvey(surveyId);
  const [tab, setTab] = useState<string | null>('design');
  if (survey.error) return <QueryError error={survey.error} onRetry={() => void survey.refetch()} />;
  if (!survey.data) return <Skeleton h={320} />;
  const s = survey.data;
  return (
    <>
      <Anchor component={Link} to={`/o/${slug}/surveys`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          All surveys
        </Group>
      </Anchor>
      <PageHeader
        title={s.name}
        description={
          <Group gap="xs" component="span">
            <SurveyStatusBadge status={s.status} />
            <span>
              {KIND_SHORT[s.kind]} · {s.questions.length} question{s.questions.length === 1 ? '' : 's'} of its
              own · {s.responseCount.toLocaleString()} response{s.responseCount === 1 ? '' : 's'}
            </span>
          </Group>
        }
        actions={<StateActions survey={s} />}
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="design" data-testid="survey-tab-design">
            Design
          </Tabs.Tab>
          <Tabs.Tab value="share" data-testid="survey-tab-share">
            Links and widget
          </Tabs.Tab>
          <Tabs.Tab value="invitations" data-testid="survey-tab-invitations">
            Invitations
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="design">
          <SurveyDesign survey={s} />
        </Tabs.Panel>
        <Tabs.Panel value="share">
          <SurveyLinks survey={s} />
        </Tabs.Panel>
        <Tabs.Panel value="invitations">
          <SurveyInvitations survey={s} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

const TRANSITIONS = {
  draft: {
    to: 'live',
    button: 'Make live',
    title: 'Make this survey live?',
    body: 'Customers can answer from its links, widget and invitations. Its kind and questions are then fixed, so answers stay comparable; name, texts and targets can still change.',
  },
  live: {
    to: 'closed',
    button: 'Close survey',
    title: 'Close this survey?',
    body: 'Its links and invitations stop taking answers and show that the survey is closed. A closed survey cannot be reopened: create a new one instead. Its responses stay.',
  },
} as const;

/** The next step of the survey's life, behind a confirmation. */
function StateActions({ survey }: { survey: Survey }) {
  const { can } = useOrg();
  const update = useUpdateSurvey(survey.id);
  const [confirming, setConfirming] = useState(false);
  if (!can('survey.write') || survey.status === 'closed') return null;
  const step = TRANSITIONS[survey.status];
  return (
    <>
      <Button
        color={step.to === 'closed' ? 'red' : undefined}
        variant={step.to === 'closed' ? 'outline' : 'filled'}
        onClick={() => setConfirming(true)}
        data-testid={`survey-${step.to === 'live' ? 'make-live' : 'close'}`}
      >
        {step.button}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={step.title}>
        <Text mb="md">{step.body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button
            color={step.to === 'closed' ? 'red' : undefined}
            loading={update.isPending}
            data-testid="survey-confirm-state"
            onClick={() =>
              update.mutate(
                { status: step.to },
                {
                  onSuccess: () => {
                    setConfirming(false);
                    notifySuccess(step.to === 'live' ? 'The survey is live.' : 'The survey is closed.');
                  },
                  onError: (error) => notifyError('The survey did not change', error),
                },
              )
            }
          >
            {step.button}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

type TextField = 'intro' | 'question' | 'thanks';
type Texts = Record<string, Partial<Record<TextField, string>>>;

interface Draft {
  name: string;
  kind: SurveyKind;
  unitIds: string[];
  channelIds: string[];
  touchpointIds: string[];
  texts: Texts;
  questions: SurveyQuestion[];
}

function draftOf(s: Survey): Draft {
  return {
    name: s.name,
    kind: s.kind,
    unitIds: s.targets.unitIds,
    channelIds: s.targets.channelIds,
    touchpointIds: s.targets.touchpointIds,
    texts: s.texts,
    questions: s.questions,
  };
}

function cleanTexts(texts: Texts): Texts {
  const out: Texts = {};
  for (const [lang, fields] of Object.entries(texts)) {
    const kept = cleanLocalised(fields as Record<string, string>);
    if (Object.keys(kept).length > 0) out[lang] = kept;
  }
  return out;
}

/** The survey's design, saved in one go; kind and questions are editable only while it is a draft. */
function SurveyDesign({ survey }: { survey: Survey }) {
  const { can } = useOrg();
  const update = useUpdateSurvey(survey.id);
  const units = useUnits();
  const channels = useChannels();
  const touchpoints = useTouchpoints();
  const [draft, setDraft] = useState<Draft>(() => draftOf(survey));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(draftOf(survey)), [survey]);
  const readOnly = !can('survey.write') || survey.status === 'closed';
  const shapeFixed = readOnly || survey.status !== 'draft';
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setText = (lang: string, field: TextField, value: string) =>
    setDraft((d) => ({ ...d, texts: { ...d.texts, [lang]: { ...d.texts[lang], [field]: value } } }));
  const channelName = new Map((channels.data ?? []).map((c) => [c.id, c.name]));

  const save = () => {
    const wrong = draft.name.trim() ? questionProblem(draft.questions) : 'The survey needs a name.';
    setProblem(wrong);
    if (wrong) return;
    update.mutate(
      {
        name: draft.name,
        texts: cleanTexts(draft.texts),
        targets: {
          unitIds: draft.unitIds,
          channelIds: draft.channelIds,
          touchpointIds: draft.touchpointIds,
        },
        ...(shapeFixed
          ? {}
          : {
              kind: draft.kind,
              questions: draft.questions.map((q) =>
                q.type === 'choice'
                  ? {
                      ...q,
                      text: cleanLocalised(q.text),
                      options: q.options.map((o) => ({ ...o, text: cleanLocalised(o.text) })),
                    }
                  : { ...q, text: cleanLocalised(q.text) },
              ),
            }),
      },
      {
        onSuccess: () => notifySuccess('The survey is saved.'),
        onError: (error) => notifyError('The survey was not saved', error),
      },
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Stack>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Survey
          </Title>
          <Stack>
            <TextInput
              label="Name"
              required
              disabled={readOnly}
              value={draft.name}
              maxLength={200}
              onChange={(e) => set('name', e.currentTarget.value)}
            />
            <Select
              label="Kind"
              description={shapeFixed ? 'Fixed once the survey is live' : 'Fixes the main score’s scale'}
              allowDeselect={false}
              disabled={shapeFixed}
              data={SURVEY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
              value={draft.kind}
              onChange={(v) => v && set('kind', v as SurveyKind)}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            Where it is asked
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Links, widgets and invitations of this survey may only be attributed to these. Leave a list empty
            to allow any.
          </Text>
          <Stack>
            <MultiSelect
              label="Units"
              searchable
              disabled={readOnly}
              data={unitOptions(units.data ?? [])}
              value={draft.unitIds}
              onChange={(v) => set('unitIds', v)}
              placeholder={draft.unitIds.length ? undefined : 'Any unit'}
              data-testid="survey-target-units"
            />
            <MultiSelect
              label="Channels"
              searchable
              disabled={readOnly}
              data={(channels.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              value={draft.channelIds}
              onChange={(v) => set('channelIds', v)}
              placeholder={draft.channelIds.length ? undefined : 'Any channel'}
            />
            <MultiSelect
              label="Touchpoints"
              searchable
              disabled={readOnly}
              data={(touchpoints.data ?? []).map((t) => ({
                value: t.id,
                label: `${channelName.get(t.channelId) ?? ''} › ${t.name}`,
              }))}
              value={draft.touchpointIds}
              onChange={(v) => set('touchpointIds', v)}
              placeholder={draft.touchpointIds.length ? undefined : 'Any touchpoint'}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            Texts customers read
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            The page speaks the customer’s language (from the invitation, else the browser). Empty fields show
            the standard text of the kind; a language left empty shows your English text.
          </Text>
          <Tabs defaultValue="en">
            <Tabs.List>
              {SURVEY_LANGUAGES.map((lang) => (
                <Tabs.Tab key={lang} value={lang} data-testid={`survey-texts-${lang}`}>
                  {LANGUAGE_NAMES[lang] ?? lang}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {SURVEY_LANGUAGES.map((lang) => (
              <Tabs.Panel key={lang} value={lang} pt="sm">
                <Stack>
                  <TextInput
                    label="Introduction"
                    description="A line above the main question"
                    disabled={readOnly}
                    maxLength={1000}
                    value={draft.texts[lang]?.intro ?? ''}
                    onChange={(e) => setText(lang, 'intro', e.currentTarget.value)}
                  />
                  <TextInput
                    label="Main question"
                    description={`Empty: the standard ${KIND_SHORT[draft.kind]} question`}
                    disabled={readOnly}
                    maxLength={500}
                    value={draft.texts[lang]?.question ?? ''}
                    onChange={(e) => setText(lang, 'question', e.currentTarget.value)}
                    data-testid={`survey-question-${lang}`}
                  />
                  <Textarea
                    label="Thank-you text"
                    disabled={readOnly}
                    maxLength={1000}
                    autosize
                    minRows={2}
                    value={draft.texts[lang]?.thanks ?? ''}
                    onChange={(e) => setText(lang, 'thanks', e.currentTarget.value)}
                  />
                </Stack>
              </Tabs.Panel>
            ))}
          </Tabs>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            Questions of its own
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Asked with “why?”, after the score; every one is optional for the customer.
            {shapeFixed && survey.status !== 'draft'
              ? ' They are fixed now that the survey has left draft.'
              : null}
          </Text>
          <QuestionEditor
            questions={draft.questions}
            onChange={(q) => set('questions', q)}
            disabled={shapeFixed}
          />
        </Paper>
        {problem ? (
          <Alert color="red" title="Please check the survey" data-testid="survey-problem">
            {problem}
          </Alert>
        ) : null}
        {readOnly ? null : (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDraft(draftOf(survey))}>
              Discard changes
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="survey-save">
              Save survey
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
