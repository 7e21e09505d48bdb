// Customers and their purchases: each customer is a pure function of (seed, index), so the generator can stream
// any slice of them, as often as it needs, without keeping any in memory.
//
// Purchases follow the BG/NBD story (Fader, Hardie & Lee 2005): after the first purchase a customer buys at a
// Poisson rate λ ~ Gamma(r, α) and, after each repeat purchase, drops out for good with probability p ~ Beta(a, b).
// Basket values follow Gamma-Gamma: each customer's amounts ~ Gamma(4, ν) with ν ~ Gamma(4, γ) around a segment
// mean. So CLV models fitted to the demo recover heterogeneous, sensible parameters.

import {
  type ChannelKey,
  type CustomerSurveyKey,
  SEGMENTS,
  type SegmentKey,
  TOUCHPOINTS,
  type TouchpointKey,
} from './demo-catalogue';
import type { StoreSpec } from './demo-company';
import {
  BUSINESS_SUFFIXES,
  BUSINESS_WORDS_A,
  BUSINESS_WORDS_B,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  FRENCH_FIRST_NAMES,
  FRENCH_LAST_NAMES,
  LAST_NAMES,
} from './demo-names';
import { mixSeed, Random } from './demo-random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Days of history the demo covers, ending at "now". */
export const HISTORY_DAYS = 730;
/** Customers at scale 1. */
export const BASE_CUSTOMERS = 20_000;
/** Customers acquired within this many days of "now" are the New segment. */
const NEW_CUSTOMER_DAYS = 120;
/** Share of purchases followed by a survey answer. */
const RESPONSE_RATE = 0.3;
/** Shape of every customer's basket distribution (Gamma-Gamma's p) and of the spread of their means (q). */
const SPEND_SHAPE = 4;
const SPEND_HETEROGENEITY = 4;
/** Business contacts per business account, on average. */
const CONTACTS_PER_ACCOUNT = 5;

/** What every customer of one demo run shares: the seed, the window and the stores. */
export interface CustomerWorld {
  seed: number;
  /** The end of the history (ms since the epoch). */
  now: number;
  customers: number;
  stores: readonly StoreSpec[];
}

/** A customer as stored. */
export interface CustomerProfile {
  index: number;
  externalId: string;
  name: string;
  firstName: string;
  email: string;
  segment: SegmentKey;
  account: string | null;
  /** Index of the home store in `world.stores`. */
  homeStore: number;
  /** `fr` customers answer the NPS survey in French. */
  language: 'en' | 'fr';
  acquiredAt: number;
  /** The hidden behaviour, kept for tests (never stored). */
  lambda: number;
  dropout: number;
  meanSpend: number;
}

/** One purchase. */
export interface Purchase {
  at: number;
  amount: number;
  channel: Extract<ChannelKey, 'store' | 'web' | 'app'>;
  /** Index of the store for in-store purchases and click & collect, else null (the E-commerce unit). */
  store: number | null;
}

/** A moment after a purchase when the customer answered a survey. */
export interface SurveyMoment {
  purchase: number;
  touchpoint: TouchpointKey;
  survey: CustomerSurveyKey;
  respondedAt: number;
}

/** A customer with everything they did in the window. */
export interface CustomerHistory {
  profile: CustomerProfile;
  purchases: Purchase[];
  moments: SurveyMoment[];
}

/** How many customers a scale gives. */
export function customerCount(scale: number): number {
  return Math.max(50, Math.round(BASE_CUSTOMERS * scale));
}

/** The external id of the customer at `index` (ordered like the index). */
export function customerExternalId(index: number): string {
  return `NW${String(index + 1).padStart(8, '0')}`;
}

const SEGMENT_KEYS = Object.keys(SEGMENTS) as SegmentKey[];

/** Generates customer `index` and their history; a pure function of the world and the index. */
export function generateCustomer(world: CustomerWorld, index: number): CustomerHistory {
  const rng = new Random(mixSeed(world.seed, 'customer', index));
  const start = world.now - HISTORY_DAYS * DAY;
  const segment = rng.weighted(SEGMENT_KEYS, (k) => SEGMENTS[k].share);
  const spec = SEGMENTS[segment];
  const french = segment !== 'business' && rng.chance(0.04);
  const firstName = rng.pick(french ? FRENCH_FIRST_NAMES : FIRST_NAMES);
  const lastName = rng.pick(french ? FRENCH_LAST_NAMES : LAST_NAMES);
  const homeStore = world.stores.indexOf(rng.weighted(world.stores, (s) => s.size));
  let account: string | null = null;
  let email: string;
  const local = emailLocalPart(rng, firstName, lastName, index);
  if (segment === 'business') {
    const accounts = Math.max(1, Math.round((world.customers * spec.share) / CONTACTS_PER_ACCOUNT));
    account = businessName(world.seed, rng.int(0, accounts - 1));
    email = `${local}@${account
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/g, '')}.example`;
  } else {
    email = `${local}@${rng.pick(EMAIL_DOMAINS)}`;
  }

  const newSince = world.now - NEW_CUSTOMER_DAYS * DAY;
  const acquiredAt = Math.round(
    segment === 'new' ? rng.between(newSince, world.now - DAY) : rng.between(start, newSince),
  );
  const lambda = rng.gamma(spec.lambdaShape, spec.lambdaRate);
  const dropout = rng.beta(spec.dropoutA, spec.dropoutB);
  const nu = rng.gamma(SPEND_HETEROGENEITY, (spec.meanSpend * (SPEND_HETEROGENEITY - 1)) / SPEND_SHAPE);
  const meanSpend = SPEND_SHAPE / nu;
  const online = rng.beta(spec.online * 4, (1 - spec.online) * 4);
  const appUser = rng.chance(0.5);

  const purchases: Purchase[] = [];
  const buy = (at: number) => {
    const channel = rng.chance(online) ? (appUser && rng.chance(0.8) ? 'app' : 'web') : 'store';
    const away = channel === 'store' && rng.chance(0.1);
    const store = channel === 'store' ? (away ? rng.int(0, world.stores.length - 1) : homeStore) : null;
    const when = channel === 'store' ? inOpeningHours(rng, at, world.now) : Math.round(at);
    const amount = Math.max(1, Math.round(rng.gamma(SPEND_SHAPE, nu) * 100) / 100);
    purchases.push({ at: when, amount, channel, store });
  };
  buy(acquiredAt);
  // BG/NBD: alive customers buy at rate λ; after each repeat purchase they leave with probability p.
  let t = acquiredAt;
  for (;;) {
    t += rng.exponential(lambda) * DAY;
    if (t >= world.now) break;
    buy(t);
    if (rng.chance(dropout)) break;
  }

  const moments: SurveyMoment[] = [];
  for (const [i, purchase] of purchases.entries()) {
    if (!rng.chance(RESPONSE_RATE)) continue;
    const touchpoint = momentOf(rng, purchase);
    const tp = TOUCHPOINTS[touchpoint];
    const survey = rng.choose(tp.surveys);
    const respondedAt = Math.round(purchase.at + rng.between(tp.delayHours[0], tp.delayHours[1]) * HOUR);
    if (respondedAt < world.now) moments.push({ purchase: i, touchpoint, survey, respondedAt });
  }

  return {
    profile: {
      index,
      externalId: customerExternalId(index),
      name: `${firstName} ${lastName}`,
      firstName,
      email,
      segment,
      account,
      homeStore,
      language: french ? 'fr' : 'en',
      acquiredAt,
      lambda,
      dropout,
      meanSpend,
    },
    purchases,
    moments,
  };
}

/** Which touchpoint a survey after this purchase asks about. */
function momentOf(rng: Random, purchase: Purchase): TouchpointKey {
  if (purchase.channel === 'store') {
    return rng.choose<TouchpointKey>({ checkout: 0.84, 'store-returns': 0.09, 'support-call': 0.07 });
  }
  const ordering = purchase.channel === 'app' ? 'app-ordering' : 'online-ordering';
  return rng.choose<TouchpointKey>({
    [ordering]: 0.3,
    'home-delivery': 0.38,
    'delivery-booking': 0.04,
    'click-collect': 0.1,
    'online-returns': 0.08,
    'support-call': 0.07,
    ...(purchase.channel === 'app' ? { 'app-account': 0.05 } : {}),
  });
}

/** Footfall by hour after opening (8:00 UTC): busier around lunch and after work. */
const OPENING_HOUR_WEIGHTS = [1, 3, 5, 7, 9, 8, 6, 6, 7, 8, 5, 2].map((w, i) => [i, w] as const);

/** Moves an in-store purchase into the day's opening hours (8:00–19:59 UTC), unless that passes "now". */
function inOpeningHours(rng: Random, at: number, now: number): number {
  const day = Math.floor(at / DAY) * DAY;
  const hour = 8 + rng.weighted(OPENING_HOUR_WEIGHTS, (w) => w[1])[0];
  const moved = day + hour * HOUR + rng.int(0, 3_599) * 1000;
  return moved < now ? moved : Math.round(at);
}

function emailLocalPart(rng: Random, first: string, last: string, index: number): string {
  const f = first
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  const l = last
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  // The index keeps every address unique without remembering the ones already given.
  const n = index + 1;
  switch (rng.int(0, 4)) {
    case 0:
      return `${f}.${l}${n}`;
    case 1:
      return `${f[0]}${l}${n}`;
    case 2:
      return `${f}${l}.${n}`;
    case 3:
      return `${f}_${l}${n}`;
    default:
      return `${l}.${f}${n}`;
  }
}

/** The name of business account `k`: distinct for every k. */
export function businessName(seed: number, k: number): string {
  const a = BUSINESS_WORDS_A.length;
  const b = BUSINESS_WORDS_B.length;
  const shiftA = mixSeed(seed, 'account-a') % a;
  const shiftB = mixSeed(seed, 'account-b') % b;
  const first = BUSINESS_WORDS_A[(k + shiftA) % a]!;
  const second = BUSINESS_WORDS_B[(Math.floor(k / a) + shiftB) % b]!;
  const suffix = BUSINESS_SUFFIXES[mixSeed(seed, 'suffix', k) % BUSINESS_SUFFIXES.length]!;
  const round = Math.floor(k / (a * b));
  return round === 0 ? `${first} ${second} ${suffix}` : `${first} ${second} ${round + 1} ${suffix}`;
}
