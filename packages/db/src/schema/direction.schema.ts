import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps, utc } from './columns';
import { organisations } from './organisation.schema';
import { people } from './person.schema';
import { units } from './unit.schema';

/** A strategic pillar of a vision; its key stays the same across versions so initiatives keep their place. */
export interface PillarValue {
  /** Stable key (a-z, digits, dashes). */
  key: string;
  /** Name of the pillar. */
  name: string;
  /** What it means. */
  description: string;
}

/** A value of the organisation. */
export interface ValueItem {
  /** Name of the value. */
  name: string;
  /** What it means in practice. */
  description: string;
}

/** The metric a target is bound to, in the metrics API's own filter shape. */
export interface MetricBinding {
  /** nps, csat, ces, enps, responses, or detractor-share (the NPS detractors' share in %). */
  metric: string;
  /** Filters of GET /metrics/{metric}: unit, segment, channel, survey, employee. */
  filters: Record<string, string>;
  /** Days of answers behind the baseline and each current reading. */
  windowDays: number;
}

/** A version of the organisation's vision: draft (open for comments) → published → superseded. */
export const visions = pgTable(
  'visions',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** 1, 2, 3 … per organisation. */
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published', 'superseded'] })
      .notNull()
      .default('draft'),
    /** The customer-centric vision statement. */
    statement: text('statement').notNull(),
    pillars: jsonb('pillars').$type<PillarValue[]>().notNull().default([]),
    values: jsonb('values').$type<ValueItem[]>().notNull().default([]),
    authorPersonId: uuid('author_person_id').references(() => people.id, { onDelete: 'set null' }),
    publishedAt: utc('published_at'),
    publishedByPersonId: uuid('published_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('visions_org_version_uq').on(t.organisationId, t.version),
    // At most one draft at a time, so comments gather on one text.
    uniqueIndex('visions_org_draft_uq').on(t.organisationId).where(sql`${t.status} = 'draft'`),
  ],
);

/** A comment by any employee on a draft vision, and a leader's answer. */
export const visionComments = pgTable(
  'vision_comments',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    visionId: uuid('vision_id')
      .notNull()
      .references(() => visions.id, { onDelete: 'cascade' }),
    authorPersonId: uuid('author_person_id').references(() => people.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    answer: text('answer'),
    answeredByPersonId: uuid('answered_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    answeredAt: utc('answered_at'),
    ...timestamps(),
  },
  (t) => [index('vision_comments_vision_idx').on(t.organisationId, t.visionId)],
);

/** An in-app announcement to everyone in the organisation (a published vision, a win). */
export const announcements = pgTable(
  'announcements',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** vision-published | … */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The vision or initiative it is about. */
    subjectId: uuid('subject_id'),
    ...timestamps(),
  },
  (t) => [index('announcements_org_idx').on(t.organisationId, t.id)],
);

/** A milestone of an initiative. */
export interface Milestone {
  /** What is delivered. */
  title: string;
  /** When (YYYY-MM-DD). */
  due: string;
  /** Whether it is done. */
  done: boolean;
}

/** A person's RACI role on an initiative. */
export interface InitiativeRole {
  /** The person. */
  personId: string;
  /** responsible, accountable, consulted or informed. */
  role: 'responsible' | 'accountable' | 'consulted' | 'informed';
}

/** The metric a goal or initiative target is bound to, with its baseline, target and dates. */
const targetColumns = () => ({
  /** nps, csat, ces, enps, responses or detractor-share. */
  metric: text('metric').notNull(),
  /** Filters of the metrics API (unit, segment, channel, survey, employee). */
  filters: jsonb('filters').$type<Record<string, string>>().notNull().default({}),
  /** Days of answers behind each reading (the baseline is the window before the start). */
  windowDays: integer('window_days').notNull().default(90),
  /** The metric's value over the window before the start; null when there were too few answers. */
  baseline: doublePrecision('baseline'),
  /** The value to reach. */
  target: doublePrecision('target').notNull(),
  /** First day of the effort. */
  startDate: date('start_date', { mode: 'string' }).notNull(),
  /** The day the target is due. */
  dueDate: date('due_date', { mode: 'string' }).notNull(),
});

/** An initiative of the action plan, under a pillar, with a target bound to a live metric. */
export const initiatives = pgTable(
  'initiatives',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Key of the pillar in the vision. */
    pillarKey: text('pillar_key').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Priority: 1 first. */
    rank: integer('rank').notNull(),
    kind: text('kind', { enum: ['programme', 'pilot', 'quick-win'] }).notNull(),
    status: text('status', { enum: ['planned', 'active', 'done', 'stopped'] })
      .notNull()
      .default('planned'),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    sponsorPersonId: uuid('sponsor_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Units taking part (cross-department initiatives list several). */
    unitIds: jsonb('unit_ids').$type<string[]>().notNull().default([]),
    roles: jsonb('roles').$type<InitiativeRole[]>().notNull().default([]),
    /** Budget in the organisation's currency. */
    budget: doublePrecision('budget'),
    milestones: jsonb('milestones').$type<Milestone[]>().notNull().default([]),
    ...targetColumns(),
    ...timestamps(),
  },
  (t) => [
    index('initiatives_org_rank_idx').on(t.organisationId, t.rank),
    check('initiatives_dates_check', sql`${t.dueDate} >= ${t.startDate}`),
  ],
);

/** A goal of a unit or a person, in the same metric-bound form, possibly cascaded from an initiative. */
export const goals = pgTable(
  'goals',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** The unit whose goal it is (exactly one of unit and person). */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'cascade' }),
    /** The person whose goal it is. */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    /** The initiative it cascades from. */
    initiativeId: uuid('initiative_id').references(() => initiatives.id, { onDelete: 'set null' }),
    /** Relative weight among the owner's goals. */
    weight: doublePrecision('weight').notNull().default(1),
    /** Whether it is a customer objective. */
    customer: boolean('customer').notNull().default(true),
    ...targetColumns(),
    ...timestamps(),
  },
  (t) => [
    index('goals_org_idx').on(t.organisationId),
    check('goals_owner_check', sql`(${t.unitId} is null) <> (${t.personId} is null)`),
    check('goals_dates_check', sql`${t.dueDate} >= ${t.startDate}`),
  ],
);
