import type { Theme } from '@centric/core/text/codeframe';
import type { ThemeProposal } from '@centric/core/text/theme.proposer';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, utc } from './columns';
import { organisations } from './organisation.schema';

/** The three sentiment labels. */
export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;

/** An organisation's codeframe: its curated themes, versioned, and the latest proposals computed from its comments. */
export const textCodeframes = pgTable('text_codeframes', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** The themes (id, name, terms, parentId, ignored), in the analysts' order. */
  themes: jsonb('themes').$type<Theme[]>().notNull(),
  /** Bumped on every change; analyses record the version they were tagged with. */
  version: integer('version').notNull().default(1),
  /** Themes proposed from all comments (not yet covered by the codeframe). */
  proposals: jsonb('proposals').$type<StoredProposal[]>().notNull().default([]),
  /** Themes proposed from the comments no theme tags ("Other"). */
  otherProposals: jsonb('other_proposals').$type<StoredProposal[]>().notNull().default([]),
  /** The codeframe version the proposals were computed against, and when. */
  proposalsVersion: integer('proposals_version'),
  proposalsAt: utc('proposals_at'),
  updatedAt: utc('updated_at').notNull().defaultNow(),
});

/** A proposal as stored: the core proposal with its example comments' text instead of indexes. */
export type StoredProposal = Omit<ThemeProposal, 'examples'> & { readonly examples: readonly string[] };

/** Sentiment of a response's comment, and of each of its sentences. */
export const textAnalyses = pgTable(
  'text_analyses',
  {
    /**
     * The response (no foreign key on purpose: the response write path takes an analysis out of the rollups
     * and deletes it in the delete's transaction, which a cascade would do before the hook could read it).
     */
    responseId: uuid('response_id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    label: text('label', { enum: SENTIMENT_LABELS }).notNull(),
    /** −1..1. */
    score: real('score').notNull(),
    /** Each sentence's label and score, in order. */
    sentences: jsonb('sentences').$type<{ label: string; score: number }[]>().notNull(),
    /** True when no theme tags the comment (it belongs to "Other"). */
    other: boolean('other').notNull(),
    /** The codeframe version it was tagged with. */
    codeframeVersion: integer('codeframe_version').notNull(),
    analysedAt: utc('analysed_at').notNull(),
    /**
     * Where the analysis counts in the rollups, as it was when analysed: the month (organisation's time zone),
     * the unit and the NPS group. Kept so the exact contribution can be taken out again on edit or delete.
     */
    month: text('month').notNull(),
    unitId: uuid('unit_id'),
    npsGroup: text('nps_group').notNull(),
  },
  (t) => [index('text_analyses_org_label_idx').on(t.organisationId, t.label)],
);

/** A theme found in a comment (theme "other" when none), with the sentiment of the sentence(s) mentioning it. */
export const textTags = pgTable(
  'text_tags',
  {
    /** The response (deleted with its analysis by the response write path, see textAnalyses). */
    responseId: uuid('response_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The codeframe theme id, or "other". */
    themeId: text('theme_id').notNull(),
    label: text('label', { enum: SENTIMENT_LABELS }).notNull(),
    score: real('score').notNull(),
    /** The terms that matched, for showing why a comment was tagged. */
    terms: jsonb('terms').$type<string[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.themeId] }),
    index('text_tags_org_theme_idx').on(t.organisationId, t.themeId, t.responseId),
  ],
);

/** A background (re-)analysis of every comment of an organisation, with its progress for the web app. */
export const textRuns = pgTable(
  'text_runs',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Why it runs: a codeframe change, a request, the demo. */
    reason: text('reason').notNull(),
    codeframeVersion: integer('codeframe_version').notNull(),
    /** queued → running → done | failed; `superseded` when a newer codeframe version started another run. */
    status: text('status', { enum: ['queued', 'running', 'done', 'failed', 'superseded'] }).notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    error: text('error'),
    createdAt: utc('created_at').notNull(),
    startedAt: utc('started_at'),
    finishedAt: utc('finished_at'),
  },
  (t) => [index('text_runs_org_idx').on(t.organisationId, t.id)],
);

/**
 * Theme counts per month, unit, NPS group and sentiment label, rebuilt from the tags after analysis: the
 * theme pages read these, never the raw tags. Theme "*" counts every analysed comment.
 */
export const textRollups = pgTable(
  'text_rollups',
  {
    /** A random key (rows are written by set-based SQL, which leaves ids to the database). */
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Calendar month in the organisation's time zone, YYYY-MM. */
    month: text('month').notNull(),
    unitId: uuid('unit_id'),
    themeId: text('theme_id').notNull(),
    /** promoter | passive | detractor for NPS answers, none otherwise. */
    npsGroup: text('nps_group').notNull(),
    label: text('label', { enum: SENTIMENT_LABELS }).notNull(),
    comments: integer('comments').notNull(),
    /** Sum of the sentiment scores, for means. */
    scoreSum: real('score_sum').notNull(),
  },
  (t) => [
    index('text_rollups_org_month_idx').on(t.organisationId, t.month),
    unique('text_rollups_key')
      .on(t.organisationId, t.month, t.unitId, t.themeId, t.npsGroup, t.label)
      .nullsNotDistinct(),
  ],
);
