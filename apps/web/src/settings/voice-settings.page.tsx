import { type VoiceSettings, voiceSettings } from '@centric/contracts/voice/voice.schemas';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useOrg } from '../app/org-context';
import { notifyError, notifySuccess } from '../common/errors';
import { PageHeader } from '../common/page-header';
import { QueryError } from '../common/query-error';
import { zodValidate } from '../common/zod-form';
import { useVoiceSettings } from '../inbox/inbox.queries';
import { useSaveVoiceSettings } from '../surveys/survey.queries';

interface Values {
  npsAtMost: number;
  csatAtMost: number;
  cesAtLeast: number;
  slaHours: number;
  rootCauses: string[];
  reminderDays: number;
  contactEveryDays: number;
  editMinutes: number;
}

const toBody = (v: Values): VoiceSettings => ({
  caseRules: {
    npsAtMost: v.npsAtMost,
    csatAtMost: v.csatAtMost,
    cesAtLeast: v.cesAtLeast,
    slaHours: v.slaHours,
    rootCauses: v.rootCauses,
  },
  reminderDays: v.reminderDays,
  contactEveryDays: v.contactEveryDays,
  editMinutes: v.editMinutes,
});

const fromSettings = (s: VoiceSettings): Values => ({
  ...s.caseRules,
  reminderDays: s.reminderDays,
  contactEveryDays: s.contactEveryDays,
  editMinutes: s.editMinutes,
});

// The schema's paths (caseRules.npsAtMost) map onto the flat form's fields.
const validateBody = zodValidate<Values>(voiceSettings, toBody);
const validate = (values: Values) =>
  Object.fromEntries(
    Object.entries(validateBody(values)).map(([path, message]) => [
      path.replace(/^caseRules\./, '').replace(/\.\d+$/, ''),
      message,
    ]),
  );

/** Settings → Voice of the customer: when cases open, their SLA and root causes, reminders and the contact rule. */
export function VoiceSettingsPage() {
  const { can } = useOrg();
  const settings = useVoiceSettings();
  const save = useSaveVoiceSettings();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      npsAtMost: 6,
      csatAtMost: 2,
      cesAtLeast: 5,
      slaHours: 48,
      rootCauses: [],
      reminderDays: 3,
      contactEveryDays: 30,
      editMinutes: 30,
    },
    validate,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is reset only when the stored settings change
  useEffect(() => {
    if (settings.data) {
      const values = fromSettings(settings.data);
      form.setValues(values);
      form.resetDirty(values);
    }
  }, [settings.data]);
  const readOnly = !can('voice.settings');
  if (settings.error) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  const number = (field: keyof Values, label: string, description: string, min: number, max: number) => (
    <NumberInput
      label={label}
      description={description}
      min={min}
      max={max}
      allowDecimal={false}
      disabled={readOnly}
      data-testid={`voice-${field}`}
      {...form.getInputProps(field)}
    />
  );
  return (
    <>
      <PageHeader
        title="Voice of the customer"
        description="When an answer opens a case, how fast it must be handled and closed, and how often customers are asked. Whether a resolved case sends the customer a follow-up question is chosen on each case when it is resolved."
      />
      {settings.isPending ? (
        <Skeleton h={320} />
      ) : (
        <form
          onSubmit={form.onSubmit((values) =>
            save.mutate(toBody(values), {
              onSuccess: (saved) => {
                form.resetDirty(fromSettings(saved));
                notifySuccess('The voice settings are saved.');
              },
              onError: (error) => notifyError('The settings were not saved', error),
            }),
          )}
        >
          <Stack>
            <Paper withBorder p="md">
              <Title order={2} size="h4">
                Cases
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                A case opens for every answer at or beyond these scores and goes to the head of the answer’s
                unit.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {number(
                  'npsAtMost',
                  'Detractor: NPS at most',
                  '0–10; 6 is the standard detractor; −1 opens none',
                  -1,
                  10,
                )}
                {number('csatAtMost', 'Low CSAT: at most', '1–5; 0 opens none', 0, 5)}
                {number('cesAtLeast', 'High effort: CES at least', '1–7; 8 opens none', 1, 8)}
                {number(
                  'slaHours',
                  'Contact within (hours)',
                  'Then the case is overdue and escalates to the head of the parent unit',
                  1,
                  720,
                )}
              </SimpleGrid>
              <TagsInput
                mt="sm"
                label="Root causes"
                description="Closing a case needs one of these; press Enter after each"
                disabled={readOnly}
                maxTags={50}
                data-testid="voice-rootCauses"
                {...form.getInputProps('rootCauses')}
              />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                Invitations and answers
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {number(
                  'reminderDays',
                  'Reminder after (days)',
                  'One reminder to who has not answered; 0 sends none',
                  0,
                  60,
                )}
                {number(
                  'contactEveryDays',
                  'Contact rule (days)',
                  'Never invite the same contact more often; 0 allows any',
                  0,
                  365,
                )}
                {number(
                  'editMinutes',
                  'Answer editable for (minutes)',
                  'The customer may change their answer meanwhile',
                  0,
                  1440,
                )}
              </SimpleGrid>
            </Paper>
            {readOnly ? (
              <Text size="sm" c="dimmed">
                Only an admin can change these settings.
              </Text>
            ) : (
              <Group justify="flex-end">
                <Button
                  variant="default"
                  disabled={!form.isDirty()}
                  onClick={() => settings.data && form.setValues(fromSettings(settings.data))}
                >
                  Discard changes
                </Button>
                <Button type="submit" loading={save.isPending} data-testid="voice-save">
                  Save settings
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      )}
    </>
  );
}
