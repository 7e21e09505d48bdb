// What customers and employees say: a score from a latent satisfaction (customer mood, segment, channel,
// touchpoint, store quality over time, the employee who served them, a slow company-wide improvement and noise),
// and a comment whose tone follows the score and whose topics follow where it happened. Pure.

import {
  CHANNELS,
  type ChannelKey,
  type CustomerSurveyKey,
  SEGMENTS,
  type SurveyKey,
  TOUCHPOINTS,
  type TouchpointKey,
} from './demo-catalogue';
import {
  type CustomerTopic,
  composeComment,
  composeEmployeeComment,
  EMPLOYEE_TOPICS,
  type Polarity,
} from './demo-comments';
import { type CompanyBlueprint, type PersonSpec, type StoreSpec, storeQuality } from './demo-company';
import { type CustomerHistory, HISTORY_DAYS } from './demo-customers';
import { mixSeed, Random } from './demo-random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A response before it has ids: attribution by key. */
export interface GeneratedResponse {
  survey: SurveyKey;
  score: number;
  comment: string | null;
  language: 'en' | 'fr';
  channel: ChannelKey | null;
  touchpoint: TouchpointKey | null;
  /** A store key or another unit key. */
  unit: string;
  /** The key of the person who served the customer, if known. */
  employee: string | null;
  respondedAt: number;
}

/** The company the voices talk about, with lookups prepared once. */
export interface VoiceWorld {
  seed: number;
  now: number;
  company: CompanyBlueprint;
  people: ReadonlyMap<string, PersonSpec>;
}

/** Prepares the lookups of a company. */
export function voiceWorld(seed: number, now: number, company: CompanyBlueprint): VoiceWorld {
  return { seed, now, company, people: new Map(company.people.map((p) => [p.key, p])) };
}

/** The responses of one customer, one per survey moment of their history. */
export function customerResponses(world: VoiceWorld, history: CustomerHistory): GeneratedResponse[] {
  const { profile } = history;
  const rng = new Random(mixSeed(world.seed, 'voice', profile.index));
  const mood = rng.normal(0, 0.6) + SEGMENTS[profile.segment].mood;
  const out: GeneratedResponse[] = [];
  for (const moment of history.moments) {
    const purchase = history.purchases[moment.purchase]!;
    const tp = TOUCHPOINTS[moment.touchpoint];
    const storeIndex = purchase.store ?? profile.homeStore;
    const store = tp.unit === 'store' ? world.company.stores[storeIndex]! : null;
    const daysAgo = (world.now - moment.respondedAt) / DAY;
    const employee = servedBy(rng, world, moment.touchpoint, store);
    const latent =
      mood +
      CHANNELS[tp.channel].quality +
      tp.quality +
      (store ? storeQuality(store, daysAgo) : 0) +
      (employee?.service ?? 0) +
      trend(daysAgo) +
      rng.normal(0, 1);
    const score = scoreOf(moment.survey, latent);
    const language = profile.language === 'fr' && moment.survey === 'nps' ? 'fr' : 'en';
    const comment = commentFor(rng, {
      survey: moment.survey,
      score,
      touchpoint: moment.touchpoint,
      weakTopics: store && daysAgo > store.changedDaysAgo ? store.weakTopics : [],
      language,
      staffName: employee ? employee.name.split(' ')[0]! : null,
    });
    out.push({
      survey: moment.survey,
      score,
      comment,
      language,
      channel: tp.channel,
      touchpoint: moment.touchpoint,
      unit: store ? store.key : tp.unit,
      employee: employee?.key ?? null,
      respondedAt: moment.respondedAt,
    });
  }
  return out;
}

/** A slow company-wide improvement over the two years (latent units). */
function trend(daysAgo: number): number {
  return 0.15 - (0.3 * daysAgo) / HISTORY_DAYS;
}

/** The employee credited with a moment: a store's staff in store, a contact-centre adviser on the phone. */
function servedBy(
  rng: Random,
  world: VoiceWorld,
  touchpoint: TouchpointKey,
  store: StoreSpec | null,
): PersonSpec | null {
  if (store && touchpoint !== 'click-collect' && rng.chance(0.75)) {
    // Assistants serve more customers than the manager.
    const key = rng.weighted(store.staff, (k) => (k.startsWith('sm-') ? 1 : 2));
    return world.people.get(key) ?? null;
  }
  if (touchpoint === 'support-call' && rng.chance(0.7)) {
    return world.people.get(rng.pick(world.company.phoneAgents)) ?? null;
  }
  return null;
}

/** Maps a latent satisfaction to a survey's scale. */
export function scoreOf(survey: SurveyKey, latent: number): number {
  switch (survey) {
    case 'nps':
    case 'enps': {
      // Real NPS answers bunch at 8–10 with a long tail down to 0.
      const x = survey === 'nps' ? 8.3 + 1.55 * latent : 7.4 + 1.9 * latent;
      return clamp(Math.round(x), 0, 10);
    }
    case 'csat':
      return clamp(Math.round(4.25 + 0.95 * latent), 1, 5);
    case 'ces':
      return clamp(Math.round(5.5 + 1.25 * latent), 1, 7);
  }
}

/** The tone a comment takes after a score, for each scale (a 7 or 8 may still complain or praise). */
export function polarityOf(rng: Random, survey: SurveyKey, score: number): Polarity {
  const bands: Record<SurveyKey, (s: number) => Record<Polarity, number>> = {
    nps: npsBand,
    enps: npsBand,
    csat: (s) =>
      s <= 2
        ? { negative: 1, mixed: 0, positive: 0 }
        : s === 3
          ? { negative: 0.45, mixed: 0.55, positive: 0 }
          : s === 4
            ? { negative: 0.05, mixed: 0.45, positive: 0.5 }
            : { negative: 0, mixed: 0.05, positive: 0.95 },
    ces: (s) =>
      s <= 3
        ? { negative: 1, mixed: 0, positive: 0 }
        : s === 4
          ? { negative: 0.4, mixed: 0.6, positive: 0 }
          : s === 5
            ? { negative: 0.05, mixed: 0.5, positive: 0.45 }
            : { negative: 0, mixed: 0.05, positive: 0.95 },
  };
  return rng.choose(bands[survey](score));
}

function npsBand(s: number): Record<Polarity, number> {
  if (s <= 4) return { negative: 1, mixed: 0, positive: 0 };
  if (s <= 6) return { negative: 0.75, mixed: 0.25, positive: 0 };
  if (s <= 8) return { negative: 0.1, mixed: 0.6, positive: 0.3 };
  return { negative: 0, mixed: 0.04, positive: 0.96 };
}

type TopicWeights = Partial<Record<CustomerTopic, number>>;

/** What customers talk about at each touchpoint, when unhappy and when happy. */
const TOPICS: Record<TouchpointKey, { negative: TopicWeights; positive: TopicWeights }> = {
  checkout: {
    negative: { waiting: 3, staff: 2.5, stock: 2, price: 1.5, cleanliness: 1, quality: 1 },
    positive: { staff: 4, waiting: 2, stock: 1.5, price: 1.5, cleanliness: 1, quality: 1 },
  },
  'store-returns': { negative: { returns: 5, staff: 1.5, waiting: 1 }, positive: { returns: 4, staff: 2 } },
  'click-collect': {
    negative: { waiting: 2, stock: 2, staff: 1, website: 1 },
    positive: { waiting: 2, staff: 2, website: 1 },
  },
  'online-ordering': {
    negative: { website: 4, stock: 2, price: 1.5, delivery: 1 },
    positive: { website: 3, price: 1.5, stock: 1.5, quality: 1 },
  },
  'online-returns': { negative: { returns: 5, website: 1 }, positive: { returns: 4, website: 1 } },
  'app-ordering': { negative: { app: 5, stock: 1, price: 1 }, positive: { app: 5, price: 1, quality: 1 } },
  'app-account': { negative: { app: 6 }, positive: { app: 6 } },
  'support-call': { negative: { phone: 6, returns: 1, delivery: 1 }, positive: { phone: 5, returns: 1 } },
  'home-delivery': { negative: { delivery: 6, quality: 1 }, positive: { delivery: 5, quality: 1 } },
  'delivery-booking': { negative: { delivery: 4, website: 1 }, positive: { delivery: 4, website: 1 } },
};

/** How often each tone comes with a comment at all. */
const COMMENT_RATE: Record<Polarity, number> = { negative: 0.72, mixed: 0.5, positive: 0.55 };

function commentFor(
  rng: Random,
  context: {
    survey: CustomerSurveyKey;
    score: number;
    touchpoint: TouchpointKey;
    weakTopics: readonly string[];
    language: 'en' | 'fr';
    staffName: string | null;
  },
): string | null {
  const polarity = polarityOf(rng, context.survey, context.score);
  if (!rng.chance(COMMENT_RATE[polarity])) return null;
  const topics = TOPICS[context.touchpoint];
  const complaintWeights: TopicWeights = { ...topics.negative };
  // A struggling store's customers complain about its particular problems.
  for (const weak of context.weakTopics) {
    const topic = weak as CustomerTopic;
    complaintWeights[topic] = (complaintWeights[topic] ?? 0) * 3 + 2;
  }
  const pickTopics = (weights: TopicWeights, count: number): CustomerTopic[] => {
    const first = rng.choose(weights);
    if (count < 2) return [first];
    const rest = { ...weights };
    delete rest[first];
    return Object.keys(rest).length > 0 ? [first, rng.choose(rest)] : [first];
  };
  const two = rng.chance(0.3) ? 2 : 1;
  const praise =
    polarity === 'negative' ? [] : pickTopics(topics.positive, polarity === 'positive' ? two : 1);
  if (polarity === 'mixed' && Object.keys(complaintWeights).length > 1) delete complaintWeights[praise[0]!];
  const complaints =
    polarity === 'positive' ? [] : pickTopics(complaintWeights, polarity === 'negative' ? two : 1);
  return composeComment(rng, {
    praise,
    complaints,
    language: context.language,
    staffName: context.staffName,
  });
}

/** The monthly employee pulse (eNPS): anonymous, attributed to each respondent's unit only. */
export function* employeePulse(world: VoiceWorld): Generator<GeneratedResponse> {
  const start = world.now - HISTORY_DAYS * DAY;
  const first = new Date(start);
  // Pulses open on the first of each month and stay open for ten days.
  for (let m = 1; ; m++) {
    const opens = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1, 8);
    if (opens >= world.now) return;
    for (const [i, person] of world.company.people.entries()) {
      const rng = new Random(mixSeed(world.seed, 'pulse', m, i));
      if (!rng.chance(0.6)) continue;
      const respondedAt = opens + rng.between(0, 10 * 24) * HOUR;
      if (respondedAt >= world.now) continue;
      const daysAgo = (world.now - respondedAt) / DAY;
      const score = scoreOf('enps', person.engagement + trend(daysAgo) + rng.normal(0, 0.8));
      const tone =
        score >= 9 ? 'positive' : score <= 6 ? 'negative' : rng.chance(0.5) ? 'positive' : 'negative';
      const comment = rng.chance(0.4) ? composeEmployeeComment(rng, rng.pick(EMPLOYEE_TOPICS), tone) : null;
      yield {
        survey: 'enps',
        score,
        comment,
        language: 'en',
        channel: null,
        touchpoint: null,
        unit: person.unit,
        employee: null,
        respondedAt: Math.round(respondedAt),
      };
    }
  }
}

function clamp(x: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, x));
}
