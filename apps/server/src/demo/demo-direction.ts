// The demo's direction: a published vision (with an employee's comment answered on the way), a ranked action
// plan whose targets are bound to the demo's live metrics — some met (Croydon's turnaround), some behind
// (Leeds) — and goals for every store manager and their store. Baselines are captured from the rollups the
// demo has just written, exactly as a real initiative's would be. A review cycle of the current quarter is in
// progress: the CEO's and some leaders' reviews are complete, so it is open to everyone, and others are still going.

import {
  cyclePeriod,
  isReviewLeader,
  REVIEW_STATES,
  type ReviewState,
} from '@centric/core/direction/review-cycle';
import { addDays } from '@centric/core/metrics/index';
import type { Executor } from '@centric/db/database';
import { listDirectory } from '@centric/db/direction/directory.repository';
import { insertIncentivePlan } from '@centric/db/direction/incentive.repository';
import { type GoalRow, insertGoal, insertInitiative } from '@centric/db/direction/initiative.repository';
import { insertReviewCycle, insertReviews } from '@centric/db/direction/review.repository';
import {
  answerVisionComment,
  insertAnnouncement,
  insertVision,
  insertVisionComment,
  updateVision,
} from '@centric/db/direction/vision.repository';
import type { OrganisationRow } from '@centric/db/organisations/organisation.repository';
import type { Deps, OrgContext } from '../context';
import { captureBaseline, readTarget, todayOf } from '../direction/target-reading';
import { CROYDON_TURNAROUND_DAYS_AGO, DEMO_STORE_MANAGER_EMAIL, type StoreSpec } from './demo-company';

/** What the direction step needs from the skeleton. */
export interface DirectionWorld {
  organisation: OrganisationRow;
  units: Map<string, string>;
  people: Map<string, string>;
  stores: readonly StoreSpec[];
  now: Date;
}

const PILLARS = [
  { key: 'listen', name: 'Listen and act', description: 'Every detractor hears back from us within a day.' },
  { key: 'consistency', name: 'Every store as good as our best', description: 'No store below the rest.' },
  { key: 'easy', name: 'Easy to buy from', description: 'Delivery and returns without effort.' },
];

type Design = 'met' | 'behind';

/** A target the demo sets knowing its data: "met" halfway to where the metric went, "behind" well beyond it. */
async function designedTarget(
  ctx: OrgContext,
  t: { metric: 'nps' | 'csat' | 'detractor-share'; unit?: string; startDate: string; dueDate: string },
  design: Design,
) {
  const filters: Record<string, string> = t.unit ? { unit: t.unit } : {};
  const binding = { metric: t.metric, filters, windowDays: 90, startDate: t.startDate };
  const baseline = await captureBaseline(ctx, binding);
  const reading = await readTarget(ctx, { ...binding, baseline, target: 0, dueDate: t.dueDate });
  const sign = t.metric === 'detractor-share' ? -1 : 1;
  const base = baseline ?? 0;
  const now = reading.current ?? base;
  const gained = sign * (now - base);
  const target =
    design === 'met' && gained > 0 ? base + (sign * gained) / 2 : base + sign * (Math.max(gained, 0) + 8);
  // Shares and CSAT live in 0–100 %.
  const bounded = t.metric === 'nps' ? target : Math.min(100, Math.max(0, target));
  return { ...binding, baseline, target: Math.round(bounded * 10) / 10, dueDate: t.dueDate };
}

/** Writes the vision, the action plan and the store goals. */
export async function writeDirectionDemo(deps: Deps, world: DirectionWorld): Promise<void> {
  const org = world.organisation.id;
  const ceo = world.people.get('ceo')!;
  const ctx: OrgContext = {
    deps: { ...deps, clock: { now: () => world.now } },
    organisation: world.organisation,
    actor: { kind: 'system', userId: null, personId: ceo, role: 'owner', unitId: null },
  };
  const today = todayOf(ctx);
  const days = (n: number) => addDays(today, n);
  const at = (n: number) => new Date(world.now.getTime() + n * 86_400_000);
  const unit = (key: string) => world.units.get(key)!;
  const person = (key: string) => world.people.get(key) ?? null;

  const plan = [
    {
      pillarKey: 'consistency',
      title: 'Croydon turnaround',
      kind: 'pilot' as const,
      owner: 'sm-croydon',
      sponsor: 'coo',
      units: ['croydon'],
      target: {
        metric: 'nps' as const,
        unit: unit('croydon'),
        startDate: days(-CROYDON_TURNAROUND_DAYS_AGO),
      },
      due: days(30),
      design: 'met' as Design,
    },
    {
      pillarKey: 'listen',
      title: 'Call back every detractor in the North',
      kind: 'programme' as const,
      owner: 'rm-north',
      sponsor: 'cco',
      units: ['north', 'contact-centre'],
      target: { metric: 'detractor-share' as const, unit: unit('north'), startDate: days(-60) },
      due: days(120),
      design: 'behind' as Design,
    },
    {
      pillarKey: 'consistency',
      title: 'Cut the queue at Leeds',
      kind: 'quick-win' as const,
      owner: 'sm-leeds',
      sponsor: 'coo',
      units: ['leeds'],
      target: { metric: 'nps' as const, unit: unit('leeds'), startDate: days(-45) },
      due: days(45),
      design: 'behind' as Design,
    },
    {
      pillarKey: 'easy',
      title: 'Delivery that keeps its promise',
      kind: 'programme' as const,
      owner: 'delivery-manager',
      sponsor: 'cdo',
      units: ['delivery'],
      target: { metric: 'csat' as const, startDate: days(-90) },
      due: days(180),
      design: 'behind' as Design,
    },
  ];

  const targets: Awaited<ReturnType<typeof designedTarget>>[] = [];
  for (const p of plan) targets.push(await designedTarget(ctx, { ...p.target, dueDate: p.due }, p.design));
  const goalTargets: {
    store: StoreSpec;
    nps: Awaited<ReturnType<typeof designedTarget>>;
    detractors: Awaited<ReturnType<typeof designedTarget>>;
  }[] = [];
  const leaderGoalTargets: { key: string; title: string; t: Awaited<ReturnType<typeof designedTarget>> }[] =
    [];
  const leaderGoals = [
    ['ceo', 'Company NPS', 'nps', undefined, 'met'],
    ['coo', 'Every store’s NPS up', 'nps', undefined, 'met'],
    ['cco', 'Fewer detractors in the North', 'detractor-share', 'north', 'behind'],
    ['cfo', 'Company CSAT', 'csat', undefined, 'behind'],
    ['cmo', 'Company NPS', 'nps', undefined, 'behind'],
    ['cpo', 'Fewer detractors company-wide', 'detractor-share', undefined, 'met'],
    ['cdo', 'Delivery CSAT', 'csat', 'delivery', 'behind'],
  ] as const;
  for (const [key, title, metric, unitKey, design] of leaderGoals) {
    const bounds = { startDate: days(-60), dueDate: days(30), ...(unitKey ? { unit: unit(unitKey) } : {}) };
    leaderGoalTargets.push({ key, title, t: await designedTarget(ctx, { metric, ...bounds }, design) });
  }
  for (const s of world.stores) {
    const design: Design = s.key === 'croydon' ? 'met' : 'behind';
    const bounds = { unit: unit(s.key), startDate: days(-90), dueDate: days(90) };
    goalTargets.push({
      store: s,
      nps: await designedTarget(ctx, { metric: 'nps', ...bounds }, design),
      detractors: await designedTarget(ctx, { metric: 'detractor-share', ...bounds }, design),
    });
  }

  await deps.db.transaction(async (tx: Executor) => {
    const vision = await insertVision(tx, {
      organisationId: org,
      version: 1,
      status: 'draft',
      statement:
        'Every customer leaves a Northwind store, call or delivery more sure of us than when they came — and every one of us knows their part in it.',
      pillars: PILLARS,
      values: [
        { name: 'Own it', description: 'Whoever hears about a problem owns it until it is solved.' },
        { name: 'Say it straight', description: 'We tell customers and each other the truth, early.' },
      ],
      authorPersonId: ceo,
      createdAt: at(-100),
      updatedAt: at(-100),
    });
    const comment = await insertVisionComment(tx, {
      organisationId: org,
      visionId: vision.id,
      authorPersonId: person('sa-leeds-1'),
      body: 'How will we know a store is "as good as our best"? Leeds is busier than anywhere.',
      createdAt: at(-98),
      updatedAt: at(-98),
    });
    await answerVisionComment(tx, org, comment.id, {
      answer:
        'By NPS against the rest, with margins of error: a busy store is compared fairly, not ranked on noise.',
      answeredByPersonId: person('coo'),
      answeredAt: at(-97),
    });
    await updateVision(tx, org, vision.id, {
      status: 'published',
      publishedAt: at(-95),
      publishedByPersonId: ceo,
    });
    await insertAnnouncement(tx, {
      organisationId: org,
      kind: 'vision-published',
      title: 'Our vision, version 1',
      body: vision.statement,
      subjectId: vision.id,
      createdAt: at(-95),
      updatedAt: at(-95),
    });

    const initiativeIds: string[] = [];
    for (const [i, p] of plan.entries()) {
      const t = targets[i]!;
      const row = await insertInitiative(tx, {
        organisationId: org,
        pillarKey: p.pillarKey,
        title: p.title,
        rank: i + 1,
        kind: p.kind,
        status: 'active',
        ownerPersonId: person(p.owner),
        sponsorPersonId: person(p.sponsor),
        unitIds: p.units.map(unit),
        roles: [
          { personId: person(p.owner)!, role: 'responsible' },
          { personId: person(p.sponsor)!, role: 'accountable' },
          { personId: person('cx-analyst')!, role: 'consulted' },
        ],
        budget: [15_000, 60_000, 5_000, 120_000][i] ?? null,
        milestones: [
          { title: 'Plan agreed', due: t.startDate, done: true },
          { title: 'Mid-point review', due: days(15), done: false },
        ],
        ...t,
        createdAt: at(-90),
        updatedAt: at(-90),
      });
      initiativeIds.push(row.id);
    }
    await insertIncentivePlan(tx, {
      organisationId: org,
      name: 'Store managers 2027',
      role: 'manager',
      pool: 6000,
      components: [
        { metric: 'nps-change', weight: 30, threshold: 0, target: 5, cap: 1.5 },
        { metric: 'detractor-share', weight: 20, threshold: 25, target: 15, cap: 1.2 },
        { metric: 'clv', weight: 20, threshold: 400, target: 450, cap: 1.5 },
        { metric: 'revenue', weight: 30, threshold: 0.95, target: 1, cap: 1.5 },
      ],
    });
    const personGoals = new Map<string, GoalRow[]>();
    const keep = (row: GoalRow) => {
      if (row.personId) personGoals.set(row.personId, [...(personGoals.get(row.personId) ?? []), row]);
    };
    for (const g of leaderGoalTargets)
      keep(
        await insertGoal(tx, {
          organisationId: org,
          title: g.title,
          personId: person(g.key),
          weight: 1,
          customer: true,
          ...g.t,
        }),
      );
    for (const g of goalTargets) {
      const s = g.store;
      const cascade = s.region === 'north' ? initiativeIds[1]! : null;
      await insertGoal(tx, {
        organisationId: org,
        title: `${s.name}: NPS`,
        unitId: unit(s.key),
        weight: 2,
        customer: true,
        ...g.nps,
      });
      keep(
        await insertGoal(tx, {
          organisationId: org,
          title: `${s.name}: fewer detractors`,
          personId: person(`sm-${s.key}`),
          initiativeId: cascade,
          weight: 1,
          customer: true,
          ...g.detractors,
        }),
      );
    }
    await writeReviewCycleDemo(tx, world, ceo, personGoals, at);
  });
}

/** How far each leader's review has come in the demo cycle: the CEO's first, some others still going. */
const LEADER_STATES: Record<string, ReviewState> = {
  ceo: 'complete',
  coo: 'complete',
  cco: 'complete',
  cpo: 'complete',
  cdo: 'manager-done',
  cfo: 'self-done',
  cmo: 'not-started',
};

const SELF_NOTES = [
  'Called back every detractor within a day since the start of the quarter; the queue at peak is still the main complaint.',
  'Ran two feedback reviews with the contact centre; detractors fell but not as fast as planned.',
  'Fixed the click-and-collect hand-over that customers kept mentioning.',
];
const MANAGER_NOTES = [
  'Real progress and well evidenced; the next step is to share what worked with the other stores.',
  'Honest account. The target was ambitious; keep the weekly call-backs going.',
];

/**
 * The review cycle of the current quarter, in progress: the leaders went first, the CEO's review is complete so
 * the cycle is open to everyone; some leaders and store managers are done, others are still writing.
 */
async function writeReviewCycleDemo(
  tx: Executor,
  world: DirectionWorld,
  ceo: string,
  personGoals: Map<string, GoalRow[]>,
  at: (days: number) => Date,
): Promise<void> {
  const org = world.organisation.id;
  const now = world.now;
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  const period = cyclePeriod('quarter', now.getUTCFullYear(), quarter);
  const cpo = world.people.get('cpo') ?? null;
  const cycle = await insertReviewCycle(tx, {
    organisationId: org,
    name: `Reviews ${period.label}`,
    kind: 'quarter',
    startDate: period.startDate,
    endDate: period.endDate,
    phase: 'everyone',
    boardReviewerPersonId: cpo,
    leadersOpenedAt: at(-30),
    everyoneOpenedAt: at(-18),
    createdAt: at(-32),
    updatedAt: at(-18),
  });
  const keyOf = new Map([...world.people.entries()].map(([k, id]) => [id, k]));
  const people = await listDirectory(tx, org);
  let n = 0;
  const rows = people
    .filter((p) => p.status !== 'deactivated')
    .map((p) => {
      const key = keyOf.get(p.id) ?? '';
      const leader = isReviewLeader({ id: p.id, role: p.role }, ceo);
      const goals = (personGoals.get(p.id) ?? []).filter((g) => g.customer);
      let state: ReviewState = 'not-started';
      if (leader) state = LEADER_STATES[key] ?? 'not-started';
      else if (goals.length > 0 && p.email !== DEMO_STORE_MANAGER_EMAIL) {
        n += 1;
        state = (['complete', 'manager-done', 'self-done', 'not-started', 'not-started'] as const)[n % 5]!;
      }
      const order = REVIEW_STATES.indexOf(state);
      const selfDone = order >= 1;
      const managerDone = order >= 2;
      const note = (list: string[]) => list[(n + key.length) % list.length]!;
      const reviewer = p.managerId ?? cpo;
      return {
        organisationId: org,
        cycleId: cycle.id,
        personId: p.id,
        reviewerPersonId: reviewer && reviewer !== p.id ? reviewer : null,
        leader,
        state,
        objectives: goals.map((g) => ({
          goalId: g.id,
          title: g.title,
          metric: g.metric,
          customer: true,
          self: selfDone ? { rating: 3 + ((n + key.length) % 2), comment: note(SELF_NOTES) } : null,
          manager: managerDone ? { rating: 3 + (key.length % 2), comment: note(MANAGER_NOTES) } : null,
        })),
        selfRating: selfDone ? 4 : null,
        selfText: selfDone ? note(SELF_NOTES) : '',
        selfSubmittedAt: selfDone ? at(leader ? -26 : -10) : null,
        managerRating: managerDone ? 3 + (key.length % 2) : null,
        managerText: managerDone ? note(MANAGER_NOTES) : '',
        managerSubmittedAt: managerDone ? at(leader ? -22 : -6) : null,
        completedAt: order >= 3 ? at(leader ? -19 : -4) : null,
        createdAt: at(p.id === ceo || leader ? -30 : -18),
        updatedAt: at(-4),
      };
    });
  await insertReviews(tx, rows);
}
