import { escalateOverdueCases } from '../cases/case-escalation';
import type { Deps } from '../context';
import { sendDueReminders } from './customer-invitation.service';

/** The queue of the periodic sweep: due reminders and overdue cases, judged by `deps.clock`. */
export const VOICE_SWEEP_JOB = 'voice.sweep';
const EVERY_SECONDS = 60;

/** One sweep: sends due reminders and escalates newly overdue cases (safe to run concurrently). */
export async function runVoiceSweep(deps: Deps): Promise<{ reminders: number; overdue: number }> {
  const reminders = await sendDueReminders(deps);
  const overdue = await escalateOverdueCases(deps);
  return { reminders, overdue };
}

/** Runs the sweep through the job queue every minute; each run queues the next, so it survives restarts. */
export async function startVoiceSweep(deps: Deps): Promise<void> {
  await deps.jobs.work(VOICE_SWEEP_JOB, async () => {
    try {
      await runVoiceSweep(deps);
    } finally {
      await deps.jobs.send(VOICE_SWEEP_JOB, {}, { startAfter: EVERY_SECONDS });
    }
  });
  const { rows } = await deps.handle.query<{ n: number }>(
    `select count(*)::int as n from pgboss.job where name = $1 and state in ('created','retry','active')`,
    [VOICE_SWEEP_JOB],
  );
  if ((rows[0]?.n ?? 0) === 0) await deps.jobs.send(VOICE_SWEEP_JOB, {}, { startAfter: EVERY_SECONDS });
}
