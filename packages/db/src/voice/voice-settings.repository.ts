import { DEFAULT_CASE_RULES } from '@centric/core/voice/case-rules';
import { eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { voiceSettings } from '../schema';

/** An organisation's voice settings. */
export type VoiceSettingsRow = Omit<typeof voiceSettings.$inferSelect, 'createdAt' | 'updatedAt'>;

/** The organisation's settings, or the defaults when never changed. */
export async function findVoiceSettings(db: Executor, organisationId: string): Promise<VoiceSettingsRow> {
  const [row] = await db
    .select()
    .from(voiceSettings)
    .where(eq(voiceSettings.organisationId, organisationId))
    .limit(1);
  return (
    row ?? {
      organisationId,
      caseRules: DEFAULT_CASE_RULES,
      reminderDays: 3,
      contactEveryDays: 30,
      editMinutes: 30,
    }
  );
}

/** Saves the organisation's settings. */
export async function saveVoiceSettings(db: Executor, values: VoiceSettingsRow, at: Date) {
  await db
    .insert(voiceSettings)
    .values({ ...values, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: voiceSettings.organisationId,
      set: {
        caseRules: values.caseRules,
        reminderDays: values.reminderDays,
        contactEveryDays: values.contactEveryDays,
        editMinutes: values.editMinutes,
        updatedAt: at,
      },
    });
}
