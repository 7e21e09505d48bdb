import { CYCLE_KINDS, type CycleKind } from '@centric/core/direction/review-cycle';
import { fail } from '@centric/core/errors';
import { listReviewCycles } from '@centric/db/direction/review.repository';
import { findOrganisationBySlug } from '@centric/db/organisations/organisation.repository';
import { z } from 'zod';
import type { OrgContext } from '../context';
import type { Centric } from '../server';
import { createCycle, getCycle, openForEveryone, openLeaders } from './review.service';

async function operatorContext(centric: Centric, slug: string): Promise<OrgContext> {
  const organisation = await findOrganisationBySlug(centric.deps.db, slug);
  if (!organisation) throw fail.notFound(`organisation ${slug}`);
  return {
    deps: centric.deps,
    organisation,
    actor: { kind: 'cli', userId: null, personId: null, role: 'owner', unitId: null },
  };
}

/** The cycle named, or the organisation's newest. */
async function cycleId(ctx: OrgContext, id: string | undefined): Promise<string> {
  if (id) return id;
  const [newest] = await listReviewCycles(ctx.deps.db, ctx.organisation.id);
  if (!newest) throw fail.notFound(`a review cycle of ${ctx.organisation.slug}`);
  return newest.id;
}

const pct = (share: number) => `${Math.round(share * 100)} %`;

/** The operator commands of review cycles (registered in operations/operations.ts). */
export const REVIEW_OPERATIONS = {
  'direction.review-status': {
    input: z.object({ org: z.string().min(1), cycle: z.uuid().optional() }),
    async run(centric: Centric, input: { org: string; cycle?: string }) {
      const ctx = await operatorContext(centric, input.org);
      const c = await getCycle(ctx, await cycleId(ctx, input.cycle));
      const lines = c.reviews.map(
        (r) =>
          `${r.ceo ? 'CEO ' : r.leader ? 'leader ' : ''}${r.personName}: ${r.state.replace('-', ' ')} (reviewer ${r.reviewerName ?? 'an admin'})`,
      );
      return {
        message: [
          `${c.name} (${c.startDate} to ${c.endDate}): ${c.phase}; the CEO’s review is ${c.ceoReviewState?.replace('-', ' ') ?? 'not open'}`,
          `leaders ${c.leaders.byState.complete}/${c.leaders.total} complete (${pct(c.leaders.completeShare)}), everyone else ${c.everyone.byState.complete}/${c.everyone.total} (${pct(c.everyone.completeShare)})`,
          ...lines,
        ].join('\n'),
        cycleId: c.id,
        phase: c.phase,
        reviews: c.reviews.length,
      };
    },
  },
  'direction.review-create': {
    input: z.object({
      org: z.string().min(1),
      kind: z.enum(CYCLE_KINDS),
      year: z.coerce.number().int(),
      quarter: z.coerce.number().int().min(1).max(4).optional(),
    }),
    async run(centric: Centric, input: { org: string; kind: CycleKind; year: number; quarter?: number }) {
      const ctx = await operatorContext(centric, input.org);
      const c = await createCycle(ctx, { kind: input.kind, year: input.year, quarter: input.quarter });
      return { message: `created ${c.name} (${c.startDate} to ${c.endDate}), id ${c.id}`, cycleId: c.id };
    },
  },
  'direction.review-open': {
    input: z.object({
      org: z.string().min(1),
      cycle: z.uuid().optional(),
      stage: z.enum(['leaders', 'everyone']),
    }),
    async run(centric: Centric, input: { org: string; cycle?: string; stage: 'leaders' | 'everyone' }) {
      const ctx = await operatorContext(centric, input.org);
      const id = await cycleId(ctx, input.cycle);
      const c = input.stage === 'leaders' ? await openLeaders(ctx, id) : await openForEveryone(ctx, id);
      const opened = input.stage === 'leaders' ? c.leaders.total : c.everyone.total;
      return {
        message: `${c.name} is open to ${input.stage === 'leaders' ? 'the leaders' : 'everyone'}: ${opened} reviews`,
        cycleId: c.id,
        phase: c.phase,
      };
    },
  },
} as const;
