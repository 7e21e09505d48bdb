import { WALKER_PERIODS, type WalkerPeriod } from '@centric/core/commitments/calendar';
import { fail } from '@centric/core/errors';
import { findOrganisationBySlug } from '@centric/db/organisations/organisation.repository';
import { z } from 'zod';
import type { OrgContext } from '../context';
import type { Centric } from '../server';
import { runLeaderNudges } from './nudge.service';
import { walkerIndex } from './walker.service';

async function operatorContext(centric: Centric, slug: string): Promise<OrgContext> {
  const organisation = await findOrganisationBySlug(centric.deps.db, slug);
  if (!organisation) throw fail.notFound(`organisation ${slug}`);
  return {
    deps: centric.deps,
    organisation,
    actor: { kind: 'cli', userId: null, personId: null, role: 'owner', unitId: null },
  };
}

/** The operator commands of leadership commitments (registered in operations/operations.ts). */
export const LEADER_OPERATIONS = {
  'leaders.walker-index': {
    input: z.object({ org: z.string().min(1), period: z.enum(WALKER_PERIODS).default('quarter') }),
    async run(centric: Centric, input: { org: string; period: WalkerPeriod }) {
      const rows = await walkerIndex(await operatorContext(centric, input.org), input.period);
      return { message: `Walker index of ${rows.length} leaders in ${input.org} this ${input.period}`, rows };
    },
  },
  'leaders.nudge': {
    input: z.object({}),
    async run(centric: Centric) {
      const { reminders, digests } = await runLeaderNudges(centric.deps);
      return { message: `sent ${reminders} reminders and ${digests} digests`, reminders, digests };
    },
  },
} as const;
