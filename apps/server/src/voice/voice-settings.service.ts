import type { VoiceSettings } from '@centric/contracts/voice/voice.schemas';
import { findVoiceSettings, saveVoiceSettings } from '@centric/db/voice/voice-settings.repository';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { forgetAnswerTargets } from './survey-target';

/** The organisation's case rules, reminder delay, contact rule and edit window. */
export async function getVoiceSettings(ctx: OrgContext): Promise<VoiceSettings> {
  authorize(ctx, 'case.read');
  const { organisationId: _org, ...settings } = await findVoiceSettings(ctx.deps.db, ctx.organisation.id);
  return settings;
}

/** Replaces the organisation's voice settings. */
export async function updateVoiceSettings(ctx: OrgContext, input: VoiceSettings): Promise<VoiceSettings> {
  authorize(ctx, 'voice.settings');
  await ctx.deps.db.transaction(async (tx) => {
    await saveVoiceSettings(tx, { organisationId: ctx.organisation.id, ...input }, ctx.deps.clock.now());
    await audit(ctx, tx, { action: 'update', entity: 'voice_settings', changes: { ...input } });
  });
  forgetAnswerTargets(ctx.deps);
  return input;
}
