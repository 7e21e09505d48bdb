// The Walker index as the organisation sees it: facts loaded once per request (commitments, evidence,
// decisions are small tables — a few rows per leader per month), then the pure maths of core.

import type {
  executiveBoard,
  LeaderPage,
  WalkerIndexRow,
  walkerPoint,
  walkerRules,
  walkerRulesBody,
} from '@centric/contracts/commitments/walker.schemas';
import {
  addDays,
  type DaySpan,
  periodContaining,
  periodLabel,
  previousPeriod,
  type WalkerPeriod,
} from '@centric/core/commitments/calendar';
import {
  combineScores,
  dueThisMonth,
  leaderScore,
  leaderSeries,
  type WalkerFacts,
  type WalkerScore,
  walkerStreak,
  walkerTrend,
} from '@centric/core/commitments/walker-index';
import {
  describeWalkerRules,
  resolveWalkerRules,
  type WalkerRules,
} from '@centric/core/commitments/walker-rules';
import { fail } from '@centric/core/errors';
import { localDayKey } from '@centric/core/metrics/periods';
import { roleAtLeast } from '@centric/core/organisation/roles';
import { listActionItems } from '@centric/db/commitments/action-item.repository';
import { type CommitmentWithParts, listCommitments } from '@centric/db/commitments/commitment.repository';
import { decisionFacts } from '@centric/db/commitments/decision.repository';
import { evidenceFacts, latestEvidenceOf } from '@centric/db/commitments/evidence.repository';
import { listLeave } from '@centric/db/commitments/leave.repository';
import { updateOrganisation } from '@centric/db/organisations/organisation.repository';
import { findPerson } from '@centric/db/people/person.repository';
import { people } from '@centric/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';
import { presentActionItem } from './action-item.service';
import { ceoFirst, commitmentFacts, presentCommitment } from './commitment.service';
import { recordsCustomerImpact } from './decision.service';
import { presentEvidence } from './evidence.service';
import { today, walkerRulesOf } from './leader-context';
import { presentLeave } from './leave.service';

const ALL_TIME = { from: '1900-01-01', to: '9999-12-31' };

/** Everything the index reads, for the organisation or one leader. */
export async function loadWalkerFacts(
  ctx: OrgContext,
  personId?: string,
): Promise<{
  facts: WalkerFacts;
  commitments: CommitmentWithParts[];
  leave: Awaited<ReturnType<typeof listLeave>>;
}> {
  const db = ctx.deps.db;
  const org = ctx.organisation.id;
  const [commitments, evidence, decisions, leave] = await Promise.all([
    listCommitments(db, org, { personId }),
    evidenceFacts(db, org, { ...ALL_TIME, personId }),
    decisionFacts(db, org, { ...ALL_TIME, personId }),
    listLeave(db, org, { personId }),
  ]);
  const tz = ctx.organisation.timeZone;
  return {
    commitments,
    facts: {
      commitments: commitments.map(commitmentFacts),
      evidence: evidence.map((e) => ({
        commitmentId: e.commitmentId,
        occurredOn: e.occurredOn,
        loggedOn: localDayKey(e.loggedAt, tz),
        confirmed: e.confirmedAt !== null,
      })),
      decisions: decisions.map((d) => ({
        personId: d.personId,
        decidedOn: d.decidedOn,
        recordsCustomerImpact: recordsCustomerImpact(d),
        recordsClvEffect: d.expectedClvEffect !== null,
      })),
      leave: leave.map((l) => ({
        personId: l.leave.personId,
        first: l.leave.startsOn,
        last: l.leave.endsOn,
      })),
    },
    leave,
  };
}

interface Leader {
  id: string;
  name: string;
  title: string | null;
  role: string;
  unitId: string | null;
}

/** The leaders the index is shown for: everyone with a commitment, and every executive (and the CEO). */
async function leadersOf(ctx: OrgContext, commitments: CommitmentWithParts[], executivesOnly: boolean) {
  const withCommitments = [...new Set(commitments.map((c) => c.commitment.personId))];
  const rows = await ctx.deps.db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      role: people.role,
      unitId: people.unitId,
      status: people.status,
    })
    .from(people)
    .where(eq(people.organisationId, ctx.organisation.id));
  const ceo = ctx.organisation.ceoPersonId;
  const isExecutive = (p: { id: string; role: string }) =>
    p.id === ceo || (roleAtLeast(p.role as never, 'executive') && p.role !== 'admin');
  const chosen: Leader[] = rows.filter(
    (p) =>
      p.status !== 'deactivated' &&
      (executivesOnly ? isExecutive(p) : isExecutive(p) || withCommitments.includes(p.id)),
  );
  return ceoFirst(ctx, chosen, (p) => p);
}

function row(leader: Leader, score: WalkerScore): WalkerIndexRow {
  return {
    personId: leader.id,
    name: leader.name,
    title: leader.title,
    committed: score.committed,
    due: score.due,
    evidenced: round(score.evidenced),
    index: score.index === null ? null : round(score.index),
    state: score.state,
  };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** The Walker index of every leader over the current month, quarter or year, the CEO first. */
export async function walkerIndex(ctx: OrgContext, period: WalkerPeriod): Promise<WalkerIndexRow[]> {
  authorize(ctx, 'walker.read');
  const { facts, commitments } = await loadWalkerFacts(ctx);
  const asOf = today(ctx);
  const rules = walkerRulesOf(ctx);
  const span = periodContaining(asOf, period);
  const leaders = await leadersOf(ctx, commitments, false);
  return leaders.map((l) => row(l, leaderScore(l.id, facts, span, asOf, rules)));
}

const SERIES_LENGTH: Record<WalkerPeriod, number> = { month: 12, quarter: 6, year: 3 };

function series(
  personId: string,
  facts: WalkerFacts,
  period: WalkerPeriod,
  asOf: string,
  rules: WalkerRules,
): z.infer<typeof walkerPoint>[] {
  return leaderSeries(personId, facts, period, SERIES_LENGTH[period], asOf, rules).map(({ span, score }) => ({
    label: periodLabel(span, period),
    first: span.first,
    last: span.last,
    due: score.due,
    evidenced: round(score.evidenced),
    index: score.index === null ? null : round(score.index),
  }));
}

function trendOf(
  personId: string,
  facts: WalkerFacts,
  span: DaySpan,
  period: WalkerPeriod,
  asOf: string,
  rules: WalkerRules,
) {
  const current = leaderScore(personId, facts, span, asOf, rules);
  const previous = leaderScore(personId, facts, previousPeriod(span, period), asOf, rules);
  const t = walkerTrend(current, previous);
  return t === null ? null : round(t);
}

/** The executive board: every executive side by side, and the executive team as one. */
export async function executiveBoardOf(
  ctx: OrgContext,
  period: WalkerPeriod,
): Promise<z.infer<typeof executiveBoard>> {
  authorize(ctx, 'walker.read');
  const { facts, commitments } = await loadWalkerFacts(ctx);
  const asOf = today(ctx);
  const rules = walkerRulesOf(ctx);
  const span = periodContaining(asOf, period);
  const leaders = await leadersOf(ctx, commitments, true);
  const scores = leaders.map((l) => leaderScore(l.id, facts, span, asOf, rules));
  const ids = leaders.map((l) => l.id);
  return {
    period,
    label: periodLabel(span, period),
    team: teamView(ids, facts, span, period, asOf, rules),
    leaders: leaders.map((l, i) => ({
      ...row(l, scores[i]!),
      unitId: l.unitId,
      trend: trendOf(l.id, facts, span, period, asOf, rules),
      streak: walkerStreak(l.id, facts, asOf, rules),
      series: series(l.id, facts, period === 'year' ? 'quarter' : 'month', asOf, rules),
    })),
    rules: describeWalkerRules(rules),
    thresholds: { walkingAt: rules.walkingAt, slippingAt: rules.slippingAt },
  };
}

/** A group of leaders scored as one: evidenced ÷ due over all their occurrences in a span. */
function groupScore(
  ids: readonly string[],
  facts: WalkerFacts,
  span: DaySpan,
  asOf: string,
  rules: WalkerRules,
) {
  return combineScores(
    ids.map((id) => leaderScore(id, facts, span, asOf, rules)),
    rules,
  );
}

/** A team's index over the period, its change from the previous one, and its index over time. */
function teamView(
  ids: readonly string[],
  facts: WalkerFacts,
  span: DaySpan,
  period: WalkerPeriod,
  asOf: string,
  rules: WalkerRules,
) {
  const team = groupScore(ids, facts, span, asOf, rules);
  const previous = groupScore(ids, facts, previousPeriod(span, period), asOf, rules);
  const trend = walkerTrend(team, previous);
  const step: WalkerPeriod = period === 'year' ? 'quarter' : 'month';
  const spans: DaySpan[] = [periodContaining(asOf, step)];
  while (spans.length < SERIES_LENGTH[step]) spans.unshift(previousPeriod(spans[0]!, step));
  return {
    ...team,
    evidenced: round(team.evidenced),
    index: team.index === null ? null : round(team.index),
    trend: trend === null ? null : round(trend),
    series: spans.map((s) => {
      const score = groupScore(ids, facts, s, asOf, rules);
      return {
        label: periodLabel(s, step),
        first: s.first,
        last: s.last,
        due: score.due,
        evidenced: round(score.evidenced),
        index: score.index === null ? null : round(score.index),
      };
    }),
  };
}

/** The Walker index of teams: each unit with leaders in its subtree, their evidence over their due. */
export async function teamIndex(ctx: OrgContext, period: WalkerPeriod) {
  authorize(ctx, 'walker.read');
  const { facts, commitments } = await loadWalkerFacts(ctx);
  const asOf = today(ctx);
  const rules = walkerRulesOf(ctx);
  const span = periodContaining(asOf, period);
  const leaders = await leadersOf(ctx, commitments, false);
  const units = await ctx.deps.db.query.units.findMany({
    where: (u, { eq }) => eq(u.organisationId, ctx.organisation.id),
  });
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const placed = leaders.map((l) => ({ id: l.id, path: l.unitId ? (pathOf.get(l.unitId) ?? '') : '' }));
  return units
    .map((u) => {
      const inside = placed.filter((p) => p.path.startsWith(u.path)).map((p) => p.id);
      return { unitId: u.id, name: u.name, path: u.path, inside };
    })
    .filter((t) => t.inside.length > 0)
    .sort((a, b) => a.path.length - b.path.length || a.name.localeCompare(b.name))
    .map((t) => ({
      unitId: t.unitId,
      name: t.name,
      leaders: t.inside.length,
      ...teamView(t.inside, facts, span, period, asOf, rules),
    }));
}

/** The leader page: promised vs evidenced this quarter, the evidence, action items owned, the index over time. */
export async function leaderPageOf(ctx: OrgContext, personId: string): Promise<LeaderPage> {
  authorize(ctx, 'walker.read');
  const person = await findPerson(ctx.deps.db, ctx.organisation.id, personId);
  if (!person) throw fail.notFound('person');
  const { facts, commitments, leave } = await loadWalkerFacts(ctx, personId);
  const asOf = today(ctx);
  const rules = walkerRulesOf(ctx);
  const yearAgo = addDays(asOf, -365);
  const quarter = periodContaining(asOf, 'quarter');
  const score = leaderScore(personId, facts, quarter, asOf, rules);
  const leader: Leader = {
    id: person.id,
    name: person.name,
    title: person.title,
    role: person.role,
    unitId: person.unitId,
  };
  const promised = commitments
    .filter(
      (c) =>
        c.commitment.startsOn <= quarter.last &&
        (c.commitment.endsOn === null || c.commitment.endsOn >= quarter.first),
    )
    .map((c) => {
      const s = leaderScore(personId, { ...facts, commitments: [commitmentFacts(c)] }, quarter, asOf, rules);
      return {
        commitment: presentCommitment(c, asOf),
        due: s.due,
        evidenced: round(s.evidenced),
        index: s.index === null ? null : round(s.index),
      };
    });
  const names = new Map(commitments.map((c) => [c.commitment.id, c.behaviour.name]));
  const evidenceRows = await latestEvidenceOf(ctx.deps.db, ctx.organisation.id, personId, 50);
  const items = await listActionItems(ctx.deps.db, ctx.organisation.id, { limit: 100, ownerId: personId });
  const open = items.filter((i) => i.item.state === 'open' || i.item.state === 'in_progress');
  const closed = items.filter((i) => !open.includes(i)).slice(-10);
  return {
    leader,
    quarter: { label: periodLabel(quarter, 'quarter'), first: quarter.first, last: quarter.last },
    score: row(leader, score),
    trend: trendOf(personId, facts, quarter, 'quarter', asOf, rules),
    streak: walkerStreak(personId, facts, asOf, rules),
    promised,
    dueThisMonth: dueThisMonth(facts, personId, asOf, rules).map((d) => ({
      commitmentId: d.commitmentId,
      behaviourName: names.get(d.commitmentId) ?? '',
      dueOn: d.span.last,
      done: round(d.done),
      target: d.target,
      met: d.met,
    })),
    evidence: await presentEvidence(ctx, ctx.deps.db, evidenceRows),
    actionItems: [...open, ...closed].map((r) => presentActionItem(r, asOf)),
    leave: await presentLeave(
      ctx,
      ctx.deps.db,
      leave.filter((l) => l.leave.endsOn >= yearAgo),
    ),
    series: series(personId, facts, 'month', asOf, rules),
    rules: describeWalkerRules(rules),
    thresholds: { walkingAt: rules.walkingAt, slippingAt: rules.slippingAt },
  };
}

/** The organisation's Walker rules and their wording. */
export function getWalkerRules(ctx: OrgContext): z.infer<typeof walkerRules> {
  authorize(ctx, 'walker.read');
  const rules = walkerRulesOf(ctx);
  return { rules: rules as z.infer<typeof walkerRulesBody>, description: describeWalkerRules(rules) };
}

/** Changes the organisation's Walker rules. */
export async function setWalkerRules(
  ctx: OrgContext,
  input: z.output<typeof walkerRulesBody>,
): Promise<z.infer<typeof walkerRules>> {
  authorize(ctx, 'walker.configure');
  let rules: WalkerRules;
  try {
    rules = resolveWalkerRules(input);
  } catch (error) {
    throw fail.invalid((error as Error).message);
  }
  return ctx.deps.db.transaction(async (tx) => {
    const row = await updateOrganisation(tx, ctx.organisation.id, {
      settings: { ...ctx.organisation.settings, walkerRules: rules },
    });
    await audit(ctx, tx, {
      action: 'update',
      entity: 'walker_rules',
      entityId: row.id,
      changes: { ...rules },
    });
    return { rules: rules as z.infer<typeof walkerRulesBody>, description: describeWalkerRules(rules) };
  });
}

/** Leaders by ids with their e-mail (nudges). */
export function leadersByIds(ctx: OrgContext, ids: string[]) {
  return ctx.deps.db
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(and(eq(people.organisationId, ctx.organisation.id), inArray(people.id, ids)));
}
