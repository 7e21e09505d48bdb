import { z } from 'zod';
import { id, isoDate } from '../common/fields';
import { beforeAfterBody, targetBody, targetInput } from './target.schemas';

/** Kinds of initiatives. */
export const INITIATIVE_KINDS = ['programme', 'pilot', 'quick-win'] as const;
/** Statuses of an initiative. */
export const INITIATIVE_STATUSES = ['planned', 'active', 'done', 'stopped'] as const;
/** RACI roles. */
export const RACI_ROLES = ['responsible', 'accountable', 'consulted', 'informed'] as const;

/** A milestone. */
export const milestone = z.object({
  title: z.string().trim().min(1).max(200),
  due: isoDate,
  done: z.boolean().default(false),
});

/** A person's RACI role. */
export const initiativeRole = z.object({ personId: id, role: z.enum(RACI_ROLES) });

/** Body of POST /direction/initiatives. */
export const createInitiativeBody = z.object({
  pillarKey: z.string().min(1).max(48).describe('a pillar of the published (or draft) vision'),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000).default(''),
  rank: z.number().int().min(1).optional().describe('default: after the last'),
  kind: z.enum(INITIATIVE_KINDS),
  status: z.enum(INITIATIVE_STATUSES).default('active'),
  ownerPersonId: id.nullable().default(null),
  sponsorPersonId: id.nullable().default(null).describe('the sponsoring executive'),
  unitIds: z.array(id).max(100).default([]).describe('participating units'),
  roles: z.array(initiativeRole).max(200).default([]),
  budget: z.number().min(0).nullable().default(null),
  milestones: z.array(milestone).max(50).default([]),
  target: targetInput,
});

/** Body of PATCH /direction/initiatives/{id}: the plan's fields (the target stays as set at the start). */
export const updateInitiativeBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().max(4000),
    rank: z.number().int().min(1),
    status: z.enum(INITIATIVE_STATUSES),
    ownerPersonId: id.nullable(),
    sponsorPersonId: id.nullable(),
    unitIds: z.array(id).max(100),
    roles: z.array(initiativeRole).max(200),
    budget: z.number().min(0).nullable(),
    milestones: z.array(milestone).max(50),
  })
  .partial();

/** An initiative with its live progress. */
export const initiative = z.object({
  id,
  pillarKey: z.string(),
  title: z.string(),
  description: z.string(),
  rank: z.number().int(),
  kind: z.enum(INITIATIVE_KINDS),
  status: z.enum(INITIATIVE_STATUSES),
  ownerPersonId: id.nullable(),
  ownerName: z.string().nullable(),
  sponsorPersonId: id.nullable(),
  sponsorName: z.string().nullable(),
  unitIds: z.array(id),
  roles: z.array(initiativeRole.extend({ name: z.string().nullable() })),
  budget: z.number().nullable(),
  milestones: z.array(milestone),
  target: targetBody,
  beforeAfter: beforeAfterBody.nullable().describe('once the initiative is done or past due'),
});
/** An initiative as the API shows it. */
export type Initiative = z.infer<typeof initiative>;

/** Answer of GET /direction/initiatives: the ranked action plan. */
export const initiativeList = z.object({ items: z.array(initiative) });

/** A win: a quick win or pilot that reached its target. */
export const win = z.object({
  initiativeId: id,
  title: z.string(),
  kind: z.enum(INITIATIVE_KINDS),
  metric: z.string(),
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  target: z.number(),
});
/** Answer of GET /direction/wins. */
export const winList = z.object({ items: z.array(win) });
