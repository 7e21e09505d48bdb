// Segments, channels, touchpoints and surveys of the demo company, as plain data keyed by names.

import type { SurveyQuestion } from '@centric/contracts/surveys/survey.schemas';

/** The customer segments. */
export type SegmentKey = 'loyalty' | 'occasional' | 'new' | 'business';
/** The channels. */
export type ChannelKey = 'store' | 'web' | 'app' | 'phone' | 'delivery';
/** The touchpoints (each belongs to one channel). */
export type TouchpointKey =
  | 'checkout'
  | 'store-returns'
  | 'click-collect'
  | 'online-ordering'
  | 'online-returns'
  | 'app-ordering'
  | 'app-account'
  | 'support-call'
  | 'home-delivery'
  | 'delivery-booking';
/** The customer surveys (the employee pulse is separate). */
export type CustomerSurveyKey = 'nps' | 'csat' | 'ces';
/** Every demo survey. */
export type SurveyKey = CustomerSurveyKey | 'enps';

/** A segment and how its customers behave (rates per day; BG/NBD and Gamma-Gamma parameters). */
export interface SegmentSpec {
  name: string;
  description: string;
  /** Share of all customers. */
  share: number;
  /** Purchase rate λ ~ Gamma(shape, rate), per day. */
  lambdaShape: number;
  lambdaRate: number;
  /** Drop-out probability after each repeat purchase, p ~ Beta(a, b). */
  dropoutA: number;
  dropoutB: number;
  /** Mean basket in pounds (the Gamma-Gamma population mean). */
  meanSpend: number;
  /** Mean share of purchases made online. */
  online: number;
  /** How much happier than average its customers are (latent score units). */
  mood: number;
}

/** The segments, in display order. */
export const SEGMENTS: Readonly<Record<SegmentKey, SegmentSpec>> = {
  loyalty: {
    name: 'Loyalty members',
    description: 'Members of the Northwind Rewards card who shop often',
    share: 0.3,
    lambdaShape: 2,
    lambdaRate: 40,
    dropoutA: 1,
    dropoutB: 16,
    meanSpend: 42,
    online: 0.25,
    mood: 0.35,
  },
  occasional: {
    name: 'Occasional',
    description: 'Customers who buy a few times a year',
    share: 0.45,
    lambdaShape: 1.2,
    lambdaRate: 90,
    dropoutA: 1.5,
    dropoutB: 6,
    meanSpend: 36,
    online: 0.3,
    mood: 0,
  },
  new: {
    name: 'New',
    description: 'First purchase in the last four months',
    share: 0.17,
    lambdaShape: 1,
    lambdaRate: 40,
    dropoutA: 1.2,
    dropoutB: 4,
    meanSpend: 30,
    online: 0.45,
    mood: 0.1,
  },
  business: {
    name: 'Business',
    description: 'Trade customers buying for a business account',
    share: 0.08,
    lambdaShape: 2.5,
    lambdaRate: 55,
    dropoutA: 1,
    dropoutB: 12,
    meanSpend: 240,
    online: 0.2,
    mood: -0.2,
  },
};

/** The channels' display names and how their experience compares (latent score units). */
export const CHANNELS: Readonly<Record<ChannelKey, { name: string; quality: number }>> = {
  store: { name: 'Store', quality: 0 },
  web: { name: 'Web', quality: 0.1 },
  app: { name: 'App', quality: -0.1 },
  phone: { name: 'Phone', quality: -0.2 },
  // The delivery partner is the company's weak spot: the data's second story.
  delivery: { name: 'Delivery', quality: -1.05 },
};

/** A touchpoint: its channel, name, the unit its responses go to and which survey asks about it. */
export interface TouchpointSpec {
  channel: ChannelKey;
  name: string;
  /** `store` means the store where it happened; otherwise a unit key. */
  unit: 'store' | 'ecommerce' | 'contact-centre' | 'delivery';
  quality: number;
  surveys: Readonly<Partial<Record<CustomerSurveyKey, number>>>;
  /** Hours between the moment and the answer (min, max). */
  delayHours: readonly [number, number];
}

/** The touchpoints. */
export const TOUCHPOINTS: Readonly<Record<TouchpointKey, TouchpointSpec>> = {
  checkout: {
    channel: 'store',
    name: 'Checkout',
    unit: 'store',
    quality: 0,
    surveys: { nps: 0.65, csat: 0.35 },
    delayHours: [1, 30],
  },
  'store-returns': {
    channel: 'store',
    name: 'Returns',
    unit: 'store',
    quality: -0.3,
    surveys: { csat: 0.5, ces: 0.5 },
    delayHours: [72, 400],
  },
  'click-collect': {
    channel: 'store',
    name: 'Click & Collect',
    unit: 'store',
    quality: 0.1,
    surveys: { csat: 0.6, ces: 0.4 },
    delayHours: [24, 96],
  },
  'online-ordering': {
    channel: 'web',
    name: 'Online ordering',
    unit: 'ecommerce',
    quality: 0,
    surveys: { nps: 0.5, ces: 0.3, csat: 0.2 },
    delayHours: [0.2, 6],
  },
  'online-returns': {
    channel: 'web',
    name: 'Online returns',
    unit: 'ecommerce',
    quality: -0.3,
    surveys: { ces: 0.6, csat: 0.4 },
    delayHours: [96, 500],
  },
  'app-ordering': {
    channel: 'app',
    name: 'App ordering',
    unit: 'ecommerce',
    quality: 0,
    surveys: { nps: 0.5, ces: 0.3, csat: 0.2 },
    delayHours: [0.2, 6],
  },
  'app-account': {
    channel: 'app',
    name: 'App account',
    unit: 'ecommerce',
    quality: -0.1,
    surveys: { ces: 1 },
    delayHours: [0.1, 2],
  },
  'support-call': {
    channel: 'phone',
    name: 'Support call',
    unit: 'contact-centre',
    quality: -0.1,
    surveys: { ces: 0.55, csat: 0.45 },
    delayHours: [0.5, 48],
  },
  'home-delivery': {
    channel: 'delivery',
    name: 'Home delivery',
    unit: 'delivery',
    quality: 0,
    surveys: { nps: 0.55, csat: 0.45 },
    delayHours: [48, 150],
  },
  'delivery-booking': {
    channel: 'delivery',
    name: 'Delivery booking',
    unit: 'delivery',
    quality: 0.2,
    surveys: { ces: 1 },
    delayHours: [1, 24],
  },
};

const text = (en: string, fr?: string): Record<string, string> => (fr ? { en, fr } : { en });

/** The four live surveys. The `reason` text question's answer is stored as the response's comment. */
export const SURVEYS: Readonly<
  Record<SurveyKey, { name: string; kind: SurveyKey; questions: SurveyQuestion[] }>
> = {
  nps: {
    name: 'Customer NPS',
    kind: 'nps',
    questions: [
      {
        id: 'reason',
        type: 'text',
        text: text(
          'What is the main reason for your score?',
          'Quelle est la principale raison de votre note ?',
        ),
      },
    ],
  },
  csat: {
    name: 'Customer satisfaction (CSAT)',
    kind: 'csat',
    questions: [{ id: 'reason', type: 'text', text: text('What could we have done better?') }],
  },
  ces: {
    name: 'Customer effort (CES: 1 very difficult – 7 very easy)',
    kind: 'ces',
    questions: [{ id: 'reason', type: 'text', text: text('What made it easy or difficult?') }],
  },
  enps: {
    name: 'Employee pulse (eNPS)',
    kind: 'enps',
    questions: [
      { id: 'reason', type: 'text', text: text('What would make Northwind a better place to work?') },
    ],
  },
};
