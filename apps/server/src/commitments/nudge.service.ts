// Nudges: an e-mail before a commitment falls due (while it is still unmet), and a monthly digest of the
// executive team's Walker index to every executive. Each is claimed in `leader_nudges` before it is sent, so a
// second tick, a restart or a second server never sends it twice.

import { addDays, periodContaining, periodLabel, previousPeriod } from '@centric/core/commitments/calendar';
import { combineScores, dueThisMonth, leaderScore } from '@centric/core/commitments/walker-index';
import { allOrganisations, claimNudge } from '@centric/db/commitments/nudge.repository';
import type { OrganisationRow } from '@centric/db/organisations/organisation.repository';
import type { Deps, OrgContext } from '../context';
import { today, walkerRulesOf } from './leader-context';
import { executiveBoardOf, leadersByIds, loadWalkerFacts } from './walker.service';

/** Days before an occurrence's last day at which its leader is reminded. */
export const REMINDER_DAYS_BEFORE = 7;

const pct = (v: number | null) => (v === null ? 'nothing due' : `${Math.round(v * 100)} %`);

function systemContext(deps: Deps, organisation: OrganisationRow): OrgContext {
  return {
    deps,
    organisation,
    actor: { kind: 'system', userId: null, personId: null, role: 'owner', unitId: null },
  };
}

/** Reminds each leader of what falls due within the reminder window and is not yet met. Answers mails sent. */
export async function sendDueReminders(ctx: OrgContext): Promise<number> {
  const { facts, commitments } = await loadWalkerFacts(ctx);
  const asOf = today(ctx);
  const rules = walkerRulesOf(ctx);
  const leaderIds = [...new Set(commitments.map((c) => c.commitment.personId))];
  const leaders = await leadersByIds(ctx, leaderIds);
  let sent = 0;
  for (const leader of leaders) {
    const due = dueThisMonth(facts, leader.id, asOf, rules).filter(
      (d) => !d.met && d.span.last <= addDays(asOf, REMINDER_DAYS_BEFORE),
    );
    for (const d of due) {
      const c = commitments.find((x) => x.commitment.id === d.commitmentId)!;
      if (
        !(await claimNudge(
          ctx.deps.db,
          ctx.organisation.id,
          `reminder:${d.commitmentId}:${d.span.last}`,
          ctx.deps.clock.now(),
        ))
      )
        continue;
      await ctx.deps.mailer.send({
        organisationId: ctx.organisation.id,
        to: leader.email,
        subject: `Due by ${d.span.last}: ${c.behaviour.name}`,
        text: [
          `Hello ${leader.name},`,
          '',
          `You committed to "${c.behaviour.name}" (${c.commitment.target} by the end of each ${c.behaviour.cadence.replace('_', ' ')}).`,
          `So far ${d.done} of ${d.target} for the period ${d.span.first} – ${d.span.last}.`,
          `Evidence: ${c.behaviour.evidenceHint}.`,
          '',
          `Log it on your leader page: ${ctx.deps.config.baseUrl}/o/${ctx.organisation.slug}/leaders/${leader.id}`,
        ].join('\n'),
      });
      sent++;
    }
  }
  return sent;
}

/** On the first tick of a month, sends every executive the executive team's index for the month just ended. */
export async function sendMonthlyDigest(ctx: OrgContext): Promise<number> {
  const asOf = today(ctx);
  const lastMonth = previousPeriod(periodContaining(asOf, 'month'), 'month');
  const label = periodLabel(lastMonth, 'month');
  const board = await executiveBoardOf(ctx, 'quarter');
  if (board.leaders.length === 0) return 0;
  const { facts, commitments } = await loadWalkerFacts(ctx);
  // An organisation whose leaders have committed to nothing gets no digest: there is nothing to report.
  if (commitments.length === 0) return 0;
  const rules = walkerRulesOf(ctx);
  // Scored as of the month's last day, so the digest shows the month as it closed.
  const monthly = board.leaders.map((l) => ({
    l,
    s: leaderScore(l.personId, facts, lastMonth, lastMonth.last, rules),
  }));
  const team = combineScores(
    monthly.map((m) => m.s),
    rules,
  );
  const lines = monthly.map(
    ({ l, s }) =>
      `- ${l.name}: ${pct(s.index)} (${s.evidenced} of ${s.due} kept) — ${s.state.replace('_', ' ')}; this quarter ${pct(l.index)}`,
  );
  const recipients = await leadersByIds(
    ctx,
    board.leaders.map((l) => l.personId),
  );
  let sent = 0;
  for (const r of recipients) {
    if (
      !(await claimNudge(ctx.deps.db, ctx.organisation.id, `digest:${label}:${r.id}`, ctx.deps.clock.now()))
    )
      continue;
    await ctx.deps.mailer.send({
      organisationId: ctx.organisation.id,
      to: r.email,
      subject: `Walker index for ${label}: the executive team at ${pct(team.index)}`,
      text: [
        `The executive team kept ${team.evidenced} of ${team.due} commitments due in ${label} (${pct(team.index)}).`,
        '',
        ...lines,
        '',
        ...board.rules,
        '',
        `The board: ${ctx.deps.config.baseUrl}/o/${ctx.organisation.slug}/leaders`,
      ].join('\n'),
    });
    sent++;
  }
  return sent;
}

/** One tick of the nudges for every organisation: reminders, and the digest once a month. */
export async function runLeaderNudges(deps: Deps): Promise<{ reminders: number; digests: number }> {
  let reminders = 0;
  let digests = 0;
  for (const organisation of await allOrganisations(deps.db)) {
    const ctx = systemContext(deps, organisation);
    reminders += await sendDueReminders(ctx);
    digests += await sendMonthlyDigest(ctx);
  }
  return { reminders, digests };
}

/** The queue of the daily nudge tick. */
export const NUDGE_JOB = 'leaders.nudges';

/** Registers the daily tick: each run nudges, then queues the next one for the following morning (06:00 UTC). */
export async function startLeaderNudges(deps: Deps): Promise<void> {
  // The queue runs jobs on the database's real time, so the next morning is found from the wall clock, not the
  // (settable) service clock: a service clock in the past would otherwise make every tick already due, and the
  // ticks would run back to back.
  const nextMorning = () => {
    const now = new Date();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 6));
    return { at: next, key: next.toISOString().slice(0, 10) };
  };
  const schedule = async () => {
    const { at, key } = nextMorning();
    // One tick per key in each 12-hour slot (the most pg-boss allows) however often the server starts; ticks that
    // slip through converge, since each reschedules the same key, and every nudge is claimed once anyway.
    await deps.jobs.send(
      NUDGE_JOB,
      { day: key },
      { startAfter: at, singletonKey: `nudges-${key}`, singletonSeconds: 43_200 },
    );
  };
  await deps.jobs.work<{ day: string }>(NUDGE_JOB, async () => {
    try {
      await runLeaderNudges(deps);
    } finally {
      await schedule();
    }
  });
  await schedule();
}
