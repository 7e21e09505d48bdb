import { CADENCES, EVIDENCE_KINDS } from '@centric/core/commitments/behaviours';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { segments } from './catalogue.schema';
import { idColumn, timestamps, utc } from './columns';
import { customers } from './customer.schema';
import { decisions } from './decision.schema';
import { feedbackReviews } from './feedback-review.schema';
import { organisations } from './organisation.schema';
import { people } from './person.schema';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

/** A behaviour of the organisation's catalogue: something a leader can commit to, with a cadence and evidence. */
export const behaviours = pgTable(
  'behaviours',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Stable handle of a seeded behaviour (null for the organisation's own). */
    key: text('key'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** How often it falls due: monthly, quarterly, once per review cycle, or at every decision. */
    cadence: text('cadence', { enum: CADENCES }).notNull(),
    /** The kind of record that shows it was done. */
    evidenceKind: text('evidence_kind', { enum: EVIDENCE_KINDS }).notNull(),
    /** What the evidence looks like, in a leader's words. */
    evidenceHint: text('evidence_hint').notNull().default(''),
    /** Order in the catalogue. */
    position: integer('position').notNull().default(0),
    /** Retired behaviours stay for history but take no new commitments. */
    archived: boolean('archived').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('behaviours_org_key_uq').on(t.organisationId, t.key),
    index('behaviours_org_idx').on(t.organisationId, t.position),
    check('behaviours_cadence_check', sql`${t.cadence} in (${inList(CADENCES)})`),
    check('behaviours_evidence_kind_check', sql`${t.evidenceKind} in (${inList(EVIDENCE_KINDS)})`),
  ],
);

/** A leader's promise to practise a behaviour from a day on, with a target per occurrence. */
export const commitments = pgTable(
  'commitments',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    behaviourId: uuid('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'restrict' }),
    /** Pieces of evidence promised per month / quarter / cycle (e.g. one customer day a month). */
    target: integer('target').notNull().default(1),
    /** The leader's own words for the promise. */
    note: text('note'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Last active day once ended. */
    endsOn: date('ends_on', { mode: 'string' }),
    endReason: text('end_reason'),
    ...timestamps(),
  },
  (t) => [
    index('commitments_org_person_idx').on(t.organisationId, t.personId),
    index('commitments_behaviour_idx').on(t.behaviourId),
    check('commitments_target_check', sql`${t.target} between 1 and 31`),
  ],
);

/** A pause of a commitment (a leader's leave, a reorganisation), with its reason; open while `endsOn` is null. */
export const commitmentPauses = pgTable(
  'commitment_pauses',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Last paused day; null while paused. */
    endsOn: date('ends_on', { mode: 'string' }),
    reason: text('reason').notNull(),
    ...timestamps(),
  },
  (t) => [index('commitment_pauses_commitment_idx').on(t.commitmentId)],
);

/** A piece of evidence that a leader kept a commitment, tied to the real record it comes from. */
export const evidence = pgTable(
  'evidence',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    /** The leader whose commitment it evidences. */
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EVIDENCE_KINDS }).notNull(),
    /** The day it happened, in the organisation's calendar. */
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** One line of what was done. */
    summary: text('summary').notNull(),
    /** Kind-specific facts (minutes and learnings, link and platform, hours and budget...), validated by contracts. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** The customer spoken to, for customer conversations. */
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    /** The segment spoken to, when not one customer. */
    segmentId: uuid('segment_id').references(() => segments.id, { onDelete: 'set null' }),
    /** The feedback review meeting it records. */
    feedbackReviewId: uuid('feedback_review_id').references(() => feedbackReviews.id, {
      onDelete: 'cascade',
    }),
    /** The decision it records (quarterly efforts may start from one). */
    decisionId: uuid('decision_id').references(() => decisions.id, { onDelete: 'set null' }),
    /** Colleagues who took part: only they may confirm it. */
    participantIds: uuid('participant_ids').array().notNull().default(sql`'{}'::uuid[]`),
    loggedByPersonId: uuid('logged_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    loggedAt: utc('logged_at').notNull(),
    confirmedByPersonId: uuid('confirmed_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    confirmedAt: utc('confirmed_at'),
    ...timestamps(),
  },
  (t) => [
    index('evidence_org_person_idx').on(t.organisationId, t.personId, t.occurredOn),
    index('evidence_commitment_idx').on(t.commitmentId, t.occurredOn),
    index('evidence_review_idx').on(t.feedbackReviewId),
    check('evidence_kind_check', sql`${t.kind} in (${inList(EVIDENCE_KINDS)})`),
  ],
);

/** Nudges already sent (reminders, digests), so a restart or a second tick never sends one twice. */
export const leaderNudges = pgTable(
  'leader_nudges',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** What was sent to whom for which occurrence, e.g. `reminder:<commitment>:2026-11-30`. */
    key: text('key').notNull(),
    sentAt: utc('sent_at').notNull(),
  },
  (t) => [uniqueIndex('leader_nudges_org_key_uq').on(t.organisationId, t.key)],
);
