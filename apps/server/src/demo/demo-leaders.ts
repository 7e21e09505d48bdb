// A year of leadership commitments and evidence for Northwind's executive team, so the board and the leader
// pages tell a story on first start: the CEO and the Chief Customer Officer walk the talk, the COO started well
// and is slipping, the CFO talks. Deterministic for a seed and a "now"; written in a few bulk inserts.

import type { DEFAULT_BEHAVIOURS } from '@centric/core/commitments/behaviours';
import { addDays, dayNumber, periodContaining, previousPeriod } from '@centric/core/commitments/calendar';
import { localDayKey } from '@centric/core/metrics/periods';
import { listBehaviours } from '@centric/db/commitments/behaviour.repository';
import type { Executor } from '@centric/db/database';
import {
  actionItems,
  commitments,
  decisions,
  evidence,
  feedbackReviewAttendees,
  feedbackReviews,
} from '@centric/db/schema';
import { v7 as uuidv7 } from 'uuid';
import { mixSeed, Random } from './demo-random';

type BehaviourKey = (typeof DEFAULT_BEHAVIOURS)[number]['key'];

/** How a leader behaves: what they committed to and the share they keep, a year ago and in the last months. */
interface LeaderProfile {
  key: string;
  behaviours: BehaviourKey[];
  keptEarly: number;
  keptLate: number;
  /** Share of their evidence a participant confirmed. */
  confirmed: number;
}

/** The story of the demo: two walkers, one slipping, one talker, and three in between. */
export const DEMO_LEADER_PROFILES: readonly LeaderProfile[] = [
  {
    key: 'ceo',
    behaviours: [
      'customer-day',
      'monthly-feedback-review',
      'whats-in-it-for-customers',
      'quarterly-new-focus',
    ],
    keptEarly: 0.85,
    keptLate: 1,
    confirmed: 0.95,
  },
  {
    key: 'cco',
    behaviours: ['customer-day', 'monthly-feedback-review', 'online-comments', 'staff-time-for-customers'],
    keptEarly: 0.9,
    keptLate: 0.95,
    confirmed: 0.9,
  },
  {
    key: 'coo',
    behaviours: ['customer-day', 'monthly-feedback-review', 'clv-in-decisions'],
    keptEarly: 0.95,
    keptLate: 0.6,
    confirmed: 0.8,
  },
  {
    key: 'cfo',
    behaviours: ['customer-day', 'clv-in-decisions', 'customer-objectives-in-reviews'],
    keptEarly: 0.35,
    keptLate: 0.1,
    confirmed: 0.3,
  },
  {
    key: 'cmo',
    behaviours: ['online-comments', 'quarterly-new-focus', 'customer-day'],
    keptEarly: 0.7,
    keptLate: 0.85,
    confirmed: 0.85,
  },
  {
    key: 'cpo',
    behaviours: ['staff-time-for-customers', 'customer-objectives-in-reviews', 'monthly-feedback-review'],
    keptEarly: 0.8,
    keptLate: 0.75,
    confirmed: 0.8,
  },
  {
    key: 'cdo',
    behaviours: ['online-comments', 'whats-in-it-for-customers'],
    keptEarly: 0.6,
    keptLate: 0.55,
    confirmed: 0.7,
  },
];

const LEARNED = [
  'Customers wait too long at the tills on Saturdays; two gave up and left their baskets.',
  'Click-and-collect parcels are hard to find in store; staff had to search the back room.',
  'Loyal customers love the new homeware range but find the sizes on the website confusing.',
  'Delivery slots are the top complaint: people want evening slots and a text the day before.',
  'Returns without a receipt cause arguments at the desk; the policy is not on the website.',
  'Business customers want one contact for all their orders instead of a different store each time.',
  'Staff know the regulars by name; customers say that is why they come back.',
  'Prices on the shelf and at the till differed twice in one afternoon.',
];
const PLACES = [
  'Leeds',
  'Manchester',
  'Croydon',
  'Glasgow',
  'Birmingham',
  'Bristol',
  'the contact centre',
  'home delivery ride-along',
];
const PLATFORMS = ['Trustpilot', 'Google reviews', 'Facebook', 'Mumsnet', 'X'];
const DECISIONS = [
  [
    'Extend Saturday opening hours in the five largest stores',
    'Shorter queues at the busiest time',
    'positive',
    48000,
  ],
  [
    'Move the loyalty programme to the app only',
    'Faster rewards, but some older customers may lose out',
    'negative',
    -15000,
  ],
  [
    'Invest in a second delivery partner for the North',
    'Evening delivery slots and fewer missed parcels',
    'positive',
    120000,
  ],
  ['Cut the catalogue print run by half', 'Less paper, more personalised offers by e-mail', 'neutral', -4000],
  [
    'Refurbish the Leeds store fitting rooms',
    'Cleaner, bigger fitting rooms; fewer returns',
    'positive',
    22000,
  ],
  [
    'Standardise the returns policy across stores and online',
    'One clear rule wherever customers bought',
    'positive',
    35000,
  ],
  ['Renegotiate the card-payment contract', 'No customer effect; lower fees', 'neutral', 0],
  ['Close the Derby store on Mondays', 'Fewer but better-staffed opening hours', 'negative', -9000],
] as const;
const FOCUS = [
  ['pilot', 'Pilot: text customers when their click-and-collect parcel is ready'],
  ['idea', 'Idea: let store staff refund up to £50 without a manager'],
  ['initiative', 'Initiative: a "customer minute" at the start of every leadership meeting'],
  ['pilot', 'Pilot: evening delivery slots in Manchester'],
] as const;

/** Counts of what was written. */
export interface DemoLeaderCounts {
  commitments: number;
  evidence: number;
  decisions: number;
  feedbackReviews: number;
  actionItems: number;
}

/** Writes the executives' commitments, a year of evidence, decisions, feedback reviews and action items. */
export async function writeDemoLeaders(
  tx: Executor,
  input: {
    organisationId: string;
    timeZone: string;
    seed: number;
    now: Date;
    people: Map<string, string>;
    units: Map<string, string>;
    unitOfPerson: Map<string, string>;
  },
): Promise<DemoLeaderCounts> {
  const rng = new Random(mixSeed(input.seed, 'leaders'));
  const today = localDayKey(input.now, input.timeZone);
  const byKey = new Map((await listBehaviours(tx, input.organisationId)).map((b) => [b.key, b]));
  const thisMonth = periodContaining(today, 'month');
  const months: { first: string; last: string }[] = [];
  for (let m = thisMonth, i = 0; i < 12; i++, m = previousPeriod(m, 'month')) months.unshift(m);
  const startsOn = months[0]!.first;
  const org = input.organisationId;
  const at = (day: string, hour = 17) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  const withinMonth = (m: { first: string; last: string }) => {
    const last = m.last < today ? m.last : addDays(today, -1);
    const span = dayNumber(last) - dayNumber(m.first);
    return span < 0 ? null : addDays(m.first, rng.int(0, span));
  };
  const executives = DEMO_LEADER_PROFILES.map((p) => p.key);
  const keyOf = new Map([...input.people.entries()].map(([key, id]) => [id, key]));
  const colleagues = [...input.people.keys()].filter(
    (k) => k.startsWith('rm-') || k.startsWith('sm-') || executives.includes(k),
  );

  const rows = {
    commitments: [] as (typeof commitments.$inferInsert)[],
    evidence: [] as (typeof evidence.$inferInsert)[],
    decisions: [] as (typeof decisions.$inferInsert)[],
    reviews: [] as (typeof feedbackReviews.$inferInsert)[],
    attendees: [] as (typeof feedbackReviewAttendees.$inferInsert)[],
    actions: [] as (typeof actionItems.$inferInsert)[],
  };

  for (const profile of DEMO_LEADER_PROFILES) {
    const personId = input.people.get(profile.key)!;
    const myUnit = input.unitOfPerson.get(profile.key) ?? null;
    const others = colleagues.filter((k) => k !== profile.key && input.unitOfPerson.get(k) !== myUnit);
    const keptShare = (monthIndex: number) =>
      profile.keptEarly + ((profile.keptLate - profile.keptEarly) * monthIndex) / (months.length - 1);
    // Error diffusion: the share kept over the months follows the profile exactly, the choice of which is random.
    let owed = 0;
    const keep = (monthIndex: number) => {
      owed += keptShare(monthIndex);
      if (owed >= 0.5) {
        owed -= 1;
        return true;
      }
      return false;
    };
    const participantsFor = (n: number) => {
      const chosen = new Set<string>();
      while (chosen.size < Math.min(n, others.length)) chosen.add(input.people.get(rng.pick(others))!);
      return [...chosen];
    };
    const confirm = (day: string, participants: string[]) => {
      const ageDays = dayNumber(today) - dayNumber(day);
      if (participants.length === 0 || ageDays < 5 || !rng.chance(profile.confirmed)) return {};
      return { confirmedByPersonId: participants[0]!, confirmedAt: at(addDays(day, rng.int(1, 4)), 10) };
    };

    for (const key of profile.behaviours) {
      const behaviour = byKey.get(key)!;
      const commitmentId = uuidv7({ msecs: at(startsOn, 9).getTime() });
      rows.commitments.push({
        id: commitmentId,
        organisationId: org,
        personId,
        behaviourId: behaviour.id,
        target: 1,
        startsOn,
        createdAt: at(startsOn, 9),
        updatedAt: at(startsOn, 9),
      });
      const occurrences =
        behaviour.cadence === 'quarterly'
          ? months.filter((m) => Number(m.first.slice(5, 7)) % 3 === 0)
          : behaviour.cadence === 'review_cycle'
            ? months.filter((m) => m.first.slice(5, 7) === '06' || m.first.slice(5, 7) === '12')
            : months;
      for (const [i, month] of occurrences.entries()) {
        const monthIndex = months.indexOf(month);
        const current = month.first === thisMonth.first;
        if (behaviour.cadence === 'per_decision') {
          const n = rng.int(1, 2);
          for (let d = 0; d < n; d++) {
            const day = withinMonth(month);
            if (!day) continue;
            const [title, benefit, impact, clv] = DECISIONS[rng.int(0, DECISIONS.length - 1)]!;
            const recorded = keep(monthIndex);
            rows.decisions.push({
              organisationId: org,
              title,
              decidedOn: day,
              decidedByPersonId: personId,
              customerBenefit: recorded || key === 'clv-in-decisions' ? benefit : null,
              customerImpact: recorded || key === 'clv-in-decisions' ? impact : null,
              expectedClvEffect: recorded && key === 'clv-in-decisions' ? clv : null,
              clvNote:
                recorded && key === 'clv-in-decisions'
                  ? 'Segment CLV × customers affected, 3-year horizon'
                  : null,
              unitIds: myUnit ? [input.units.get(myUnit)!] : [],
              createdAt: at(day),
              updatedAt: at(day),
            });
          }
          continue;
        }
        // The running month counts only when already met: walkers are often early, others are not.
        if (current && !(profile.keptLate > 0.9 && rng.chance(0.7))) continue;
        if (!keep(monthIndex)) continue;
        const day = current
          ? withinMonth(month)
          : addDays(month.first, rng.int(0, dayNumber(month.last) - dayNumber(month.first)));
        if (!day || day >= today) continue;
        const common = {
          organisationId: org,
          commitmentId,
          personId,
          kind: behaviour.evidenceKind,
          occurredOn: day,
          loggedByPersonId: personId,
          loggedAt: at(addDays(day, rng.int(0, 2)), 19),
          createdAt: at(day, 19),
          updatedAt: at(day, 19),
        };
        if (key === 'monthly-feedback-review') {
          const reviewId = uuidv7({ msecs: at(day).getTime() });
          const invited = participantsFor(4);
          const came = invited.filter((_, j) => j < 2 || rng.chance(0.6));
          rows.reviews.push({
            id: reviewId,
            organisationId: org,
            unitId: myUnit ? input.units.get(myUnit)! : null,
            organiserPersonId: personId,
            heldOn: day,
            feedbackDiscussed: `${rng.pick(LEARNED)} NPS and comments of the month, with the open cases.`,
            decisions: ['Share the verbatims with every store manager', rng.pick(DECISIONS)[0]],
            createdAt: at(day),
            updatedAt: at(day),
          });
          for (const p of invited)
            rows.attendees.push({
              reviewId,
              personId: p,
              unitId: input.units.get(input.unitOfPerson.get(keyOf.get(p)!) ?? '') ?? null,
              attended: came.includes(p),
            });
          const due = addDays(day, 21);
          const done = due < today ? rng.chance(0.75) : false;
          rows.actions.push({
            organisationId: org,
            title: rng.pick([
              'Call back every detractor from the month within 48 hours',
              'Fix the click-and-collect signage',
              'Add evening delivery slots to the trial',
              'Brief the store managers on the returns rule',
            ]),
            ownerPersonId: rng.chance(0.5) ? personId : (came[0] ?? personId),
            dueOn: due,
            state: done ? 'done' : rng.chance(0.3) ? 'in_progress' : 'open',
            sourceKind: 'feedback_review',
            sourceId: reviewId,
            createdByPersonId: personId,
            doneAt: done ? at(addDays(day, rng.int(3, 20))) : null,
            createdAt: at(day),
            updatedAt: at(day),
          });
          rows.evidence.push({
            ...common,
            summary: `Feedback review with ${came.length} colleagues from other departments`,
            details: { invited: invited.length, attended: came.length, decisions: 2, actionItems: 1 },
            feedbackReviewId: reviewId,
            participantIds: came,
            ...confirm(day, came),
          });
          continue;
        }
        const participants = participantsFor(1);
        const { summary, details } = evidenceContent(key, rng, i);
        rows.evidence.push({
          ...common,
          summary,
          details,
          participantIds: participants,
          ...confirm(day, participants),
        });
      }
    }
  }
  if (rows.commitments.length) await tx.insert(commitments).values(rows.commitments);
  if (rows.decisions.length) await tx.insert(decisions).values(rows.decisions);
  if (rows.reviews.length) await tx.insert(feedbackReviews).values(rows.reviews);
  if (rows.attendees.length) await tx.insert(feedbackReviewAttendees).values(rows.attendees);
  if (rows.actions.length) await tx.insert(actionItems).values(rows.actions);
  if (rows.evidence.length) await tx.insert(evidence).values(rows.evidence);
  return {
    commitments: rows.commitments.length,
    evidence: rows.evidence.length,
    decisions: rows.decisions.length,
    feedbackReviews: rows.reviews.length,
    actionItems: rows.actions.length,
  };
}

function evidenceContent(
  key: BehaviourKey,
  rng: Random,
  i: number,
): { summary: string; details: Record<string, unknown> } {
  switch (key) {
    case 'customer-day': {
      const place = rng.pick(PLACES);
      return {
        summary: `A day with customers in ${place}`,
        details: { minutes: rng.int(5, 8) * 60, learned: rng.pick(LEARNED), where: place },
      };
    }
    case 'online-comments': {
      const platform = rng.pick(PLATFORMS);
      return {
        summary: `Answered customers on ${platform}`,
        details: {
          url: `https://reviews.example.com/northwind/${rng.int(10000, 99999)}`,
          platform,
          replied: rng.chance(0.8),
        },
      };
    }
    case 'staff-time-for-customers':
      return {
        summary: 'Granted time for store teams to call lapsed customers',
        details: {
          hours: rng.int(10, 60),
          grantedTo: rng.pick(['Leeds store team', 'Contact centre', 'North region stores']),
          staffContacts: rng.int(20, 200),
        },
      };
    case 'quarterly-new-focus': {
      const [type, title] = FOCUS[i % FOCUS.length]!;
      return { summary: title, details: { type, kpi: 'NPS of the customers involved' } };
    }
    case 'customer-objectives-in-reviews':
      return {
        summary: 'Customer objectives set in the team’s performance reviews',
        details: {
          objectives: ['NPS of own unit +5 points', 'Detractors called back within 48 hours'],
          reviewCycle: 'half-year',
        },
      };
    default:
      return { summary: 'Evidence', details: {} };
  }
}
