// The demo company, Northwind Retail: its unit tree, its people and the quality of each store, as plain data
// keyed by names (the generator turns keys into ids). Pure: the same seed always builds the same company.

import type { Role } from '@centric/core/organisation/roles';
import type { UnitKind } from '@centric/core/organisation/unit-kinds';
import { FIRST_NAMES, LAST_NAMES } from './demo-names';
import { mixSeed, Random } from './demo-random';

/** The password of every demo sign-in (the CEO, the executives and one store manager). */
export const DEMO_PASSWORD = 'walk-the-talk';
/** The demo CEO's sign-in, printed by `centric serve --demo`. */
export const DEMO_SIGN_IN = { email: 'ceo@northwind.example', password: DEMO_PASSWORD } as const;
/** The six executives' sign-in e-mails (password {@link DEMO_PASSWORD}). */
export const DEMO_EXECUTIVE_EMAILS = [
  'coo@northwind.example',
  'cfo@northwind.example',
  'cmo@northwind.example',
  'cco@northwind.example',
  'cpo@northwind.example',
  'cdo@northwind.example',
] as const;
/** The sign-in e-mail of the Leeds store manager, a manager who sees one (struggling) store. */
export const DEMO_STORE_MANAGER_EMAIL = 'manager.leeds@northwind.example';

/** The organisation's name, time zone and currency. */
export const DEMO_COMPANY = { name: 'Northwind Retail', timeZone: 'Europe/London', currency: 'GBP' } as const;

/** A unit of the tree; `parent` and `head` are keys. */
export interface UnitSpec {
  key: string;
  name: string;
  kind: UnitKind;
  parent: string | null;
  head: string;
}

/** A person; `unit` and `manager` are keys. */
export interface PersonSpec {
  key: string;
  name: string;
  email: string;
  title: string;
  role: Role;
  unit: string;
  manager: string | null;
  /** Whether the person gets a sign-in (the demo password). */
  signIn: boolean;
  /** How much better or worse than average this person serves customers (latent score units). */
  service: number;
  /** How engaged this person is at work (latent eNPS units). */
  engagement: number;
}

/** A store: where most customers shop and where responses are attributed. */
export interface StoreSpec {
  key: string;
  name: string;
  region: string;
  /** Relative footfall: how many customers call it home. */
  size: number;
  /** Latent quality of the experience before and after `changedDaysAgo` (equal when nothing changed). */
  qualityBefore: number;
  qualityAfter: number;
  changedDaysAgo: number;
  /** Topics its unhappy customers complain about more than elsewhere. */
  weakTopics: readonly string[];
  /** Keys of the people serving in the store (its manager first). */
  staff: readonly string[];
}

/** The whole company. */
export interface CompanyBlueprint {
  units: readonly UnitSpec[];
  people: readonly PersonSpec[];
  stores: readonly StoreSpec[];
  /** Keys of the contact-centre advisers, who are credited on phone responses. */
  phoneAgents: readonly string[];
}

const REGIONS = [
  { key: 'north', name: 'North' },
  { key: 'midlands', name: 'Midlands' },
  { key: 'south', name: 'South' },
  { key: 'scotland', name: 'Scotland' },
] as const;

const STORES: readonly { key: string; name: string; region: string; size: number }[] = [
  { key: 'leeds', name: 'Leeds', region: 'north', size: 1.3 },
  { key: 'manchester', name: 'Manchester', region: 'north', size: 1.6 },
  { key: 'newcastle', name: 'Newcastle', region: 'north', size: 1.0 },
  { key: 'sheffield', name: 'Sheffield', region: 'north', size: 0.9 },
  { key: 'york', name: 'York', region: 'north', size: 0.6 },
  { key: 'liverpool', name: 'Liverpool', region: 'north', size: 1.2 },
  { key: 'birmingham', name: 'Birmingham', region: 'midlands', size: 1.6 },
  { key: 'nottingham', name: 'Nottingham', region: 'midlands', size: 1.0 },
  { key: 'leicester', name: 'Leicester', region: 'midlands', size: 0.9 },
  { key: 'coventry', name: 'Coventry', region: 'midlands', size: 0.7 },
  { key: 'derby', name: 'Derby', region: 'midlands', size: 0.6 },
  { key: 'london-oxford-street', name: 'London Oxford Street', region: 'south', size: 2.0 },
  { key: 'croydon', name: 'Croydon', region: 'south', size: 1.1 },
  { key: 'brighton', name: 'Brighton', region: 'south', size: 0.9 },
  { key: 'reading', name: 'Reading', region: 'south', size: 0.8 },
  { key: 'bristol', name: 'Bristol', region: 'south', size: 1.2 },
  { key: 'southampton', name: 'Southampton', region: 'south', size: 0.8 },
  { key: 'glasgow', name: 'Glasgow', region: 'scotland', size: 1.3 },
  { key: 'edinburgh', name: 'Edinburgh', region: 'scotland', size: 1.1 },
  { key: 'aberdeen', name: 'Aberdeen', region: 'scotland', size: 0.6 },
];

/** Stores with a second sales assistant (the busiest). */
const BUSY_STORES = new Set(['manchester', 'birmingham', 'london-oxford-street', 'glasgow']);

/** Days before "now" at which Croydon's new store manager turned it around. */
export const CROYDON_TURNAROUND_DAYS_AGO = 180;

/** Builds Northwind Retail for a seed. */
export function buildCompany(seed: number): CompanyBlueprint {
  const rng = new Random(mixSeed(seed, 'company'));
  const units: UnitSpec[] = [];
  const people: PersonSpec[] = [];
  const usedNames = new Set<string>();

  const newName = () => {
    for (;;) {
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const staffEmail = (name: string) =>
    `${name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z ]/g, '')
      .replace(/ /g, '.')}@northwind.example`;
  const person = (
    p: Omit<PersonSpec, 'email' | 'name' | 'service' | 'engagement' | 'signIn'> &
      Partial<Pick<PersonSpec, 'email' | 'name' | 'signIn'>>,
  ): PersonSpec => {
    const name = p.name ?? newName();
    usedNames.add(name);
    const spec: PersonSpec = {
      ...p,
      name,
      email: p.email ?? staffEmail(name),
      signIn: p.signIn ?? false,
      service: rng.normal(0, 0.2),
      engagement: rng.normal(0, 0.6),
    };
    people.push(spec);
    return spec;
  };

  // The leadership is named by hand so that the demo reads the same every time.
  const unit = (u: UnitSpec) => units.push(u);
  unit({ key: 'company', name: 'Northwind Retail', kind: 'company', parent: null, head: 'ceo' });
  unit({ key: 'head-office', name: 'Head Office', kind: 'department', parent: 'company', head: 'ceo' });
  const departments = [
    ['operations', 'Operations', 'coo'],
    ['finance', 'Finance', 'cfo'],
    ['marketing', 'Marketing', 'cmo'],
    ['customer-service', 'Customer Service', 'cco'],
    ['hr', 'HR', 'cpo'],
    ['ecommerce', 'E-commerce', 'cdo'],
    ['it', 'IT', 'head-of-it'],
  ] as const;
  for (const [key, name, head] of departments)
    unit({ key, name, kind: 'department', parent: 'head-office', head });
  unit({
    key: 'contact-centre',
    name: 'Contact Centre',
    kind: 'team',
    parent: 'customer-service',
    head: 'contact-centre-manager',
  });
  unit({
    key: 'delivery',
    name: 'Delivery & Fulfilment',
    kind: 'team',
    parent: 'operations',
    head: 'delivery-manager',
  });

  person({
    key: 'ceo',
    name: 'Eleanor Whitfield',
    email: DEMO_SIGN_IN.email,
    title: 'Chief Executive Officer',
    role: 'owner',
    unit: 'head-office',
    manager: null,
    signIn: true,
  });
  const executives = [
    ['coo', 'Marcus Bell', 'Chief Operating Officer', 'operations'],
    ['cfo', 'Priya Natarajan', 'Chief Financial Officer', 'finance'],
    ['cmo', 'Sophie Turner', 'Chief Marketing Officer', 'marketing'],
    ['cco', 'David Okafor', 'Chief Customer Officer', 'customer-service'],
    ['cpo', 'Hannah Morgan', 'Chief People Officer', 'hr'],
    ['cdo', 'Tom Fletcher', 'Chief Digital Officer', 'ecommerce'],
  ] as const;
  for (const [index, [key, name, title, home]] of executives.entries()) {
    person({
      key,
      name,
      email: DEMO_EXECUTIVE_EMAILS[index]!,
      title,
      role: 'executive',
      unit: home,
      manager: 'ceo',
      signIn: true,
    });
  }
  person({ key: 'head-of-it', title: 'Head of IT', role: 'manager', unit: 'it', manager: 'cdo' });
  person({ key: 'admin', title: 'Systems Administrator', role: 'admin', unit: 'it', manager: 'head-of-it' });
  person({
    key: 'contact-centre-manager',
    title: 'Contact Centre Manager',
    role: 'manager',
    unit: 'contact-centre',
    manager: 'cco',
  });
  person({
    key: 'delivery-manager',
    title: 'Delivery & Fulfilment Manager',
    role: 'manager',
    unit: 'delivery',
    manager: 'coo',
  });
  const phoneAgents: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const agent = person({
      key: `phone-agent-${i}`,
      title: 'Customer Service Adviser',
      role: 'employee',
      unit: 'contact-centre',
      manager: 'contact-centre-manager',
    });
    phoneAgents.push(agent.key);
  }
  person({
    key: 'cx-analyst',
    title: 'Customer Insight Analyst',
    role: 'employee',
    unit: 'customer-service',
    manager: 'cco',
  });
  person({
    key: 'marketing-analyst',
    title: 'CRM Marketing Executive',
    role: 'employee',
    unit: 'marketing',
    manager: 'cmo',
  });

  for (const region of REGIONS) {
    unit({ key: region.key, name: region.name, kind: 'region', parent: 'company', head: `rm-${region.key}` });
    person({
      key: `rm-${region.key}`,
      title: `Regional Manager, ${region.name}`,
      role: 'manager',
      unit: region.key,
      manager: 'coo',
    });
  }

  const stores: StoreSpec[] = [];
  for (const s of STORES) {
    unit({ key: s.key, name: s.name, kind: 'store', parent: s.region, head: `sm-${s.key}` });
    const leeds = s.key === 'leeds';
    person({
      key: `sm-${s.key}`,
      title: `Store Manager, ${s.name}`,
      role: 'manager',
      unit: s.key,
      manager: `rm-${s.region}`,
      ...(leeds ? { email: DEMO_STORE_MANAGER_EMAIL, signIn: true } : {}),
    });
    const staff = [`sm-${s.key}`];
    const assistants = BUSY_STORES.has(s.key) ? 2 : 1;
    for (let i = 1; i <= assistants; i++) {
      const title = i === 1 ? 'Senior Sales Assistant' : 'Sales Assistant';
      staff.push(
        person({ key: `sa-${s.key}-${i}`, title, role: 'employee', unit: s.key, manager: `sm-${s.key}` }).key,
      );
    }
    // Two stores carry the story: Leeds struggles throughout; Croydon struggled until a new manager turned it round.
    const base = rng.normal(0.05, 0.12);
    const qualityBefore = leeds ? -1.0 : s.key === 'croydon' ? -0.9 : base;
    const qualityAfter = leeds ? -1.0 : s.key === 'croydon' ? 0.15 : base;
    const weakTopics = leeds ? ['waiting', 'staff'] : s.key === 'croydon' ? ['cleanliness', 'stock'] : [];
    stores.push({
      ...s,
      qualityBefore,
      qualityAfter,
      changedDaysAgo: s.key === 'croydon' ? CROYDON_TURNAROUND_DAYS_AGO : 0,
      weakTopics,
      staff,
    });
  }
  // Unhappy stores have unhappy staff: the eNPS tells the same story as the NPS.
  for (const p of people) {
    if (p.unit === 'leeds') p.engagement -= 1.1;
    if (p.unit === 'croydon') p.engagement -= 0.5;
    if (p.unit === 'contact-centre') p.engagement -= 0.3;
  }
  return { units, people, stores, phoneAgents };
}

/** The latent quality of a store's experience `daysAgo` days before now. */
export function storeQuality(store: StoreSpec, daysAgo: number): number {
  return daysAgo > store.changedDaysAgo ? store.qualityBefore : store.qualityAfter;
}
