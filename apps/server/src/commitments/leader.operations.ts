import { recordLeaveBody } from '@centric/contracts/commitments/leave.schemas';
import { id, isoDate } from '@centric/contracts/common/fields';
import { WALKER_PERIODS, type WalkerPeriod } from '@centric/core/commitments/calendar';
import { fail } from '@centric/core/errors';
import { findOrganisationBySlug } from '@centric/db/organisations/organisation.repository';
import { findPerson, findPersonByEmail } from '@centric/db/people/person.repository';
import { z } from 'zod';
import type { OrgContext } from '../context';
import type { Centric } from '../server';
import { listLeave, recordLeave } from './leave.service';
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
  'leaders.leave': {
    input: z.object({
      org: z.string().min(1),
      person: z.string().min(1),
      from: isoDate,
      to: isoDate,
      note: z.string().max(300).optional(),
    }),
    async run(
      centric: Centric,
      input: { org: string; person: string; from: string; to: string; note?: string | undefined },
    ) {
      const ctx = await operatorContext(centric, input.org);
      const person = input.person.includes('@')
        ? await findPersonByEmail(centric.deps.db, ctx.organisation.id, input.person.toLowerCase())
        : id.safeParse(input.person).success
          ? await findPerson(centric.deps.db, ctx.organisation.id, input.person)
          : undefined;
      if (!person) throw fail.notFound(`person ${input.person}`);
      const body = recordLeaveBody.safeParse({
        personId: person.id,
        startsOn: input.from,
        endsOn: input.to,
        note: input.note ?? null,
      });
      if (!body.success) throw fail.invalid(body.error.issues[0]?.message ?? 'invalid leave');
      const leave = await recordLeave(ctx, body.data);
      return {
        message: `${person.name} is on leave from ${leave.startsOn} to ${leave.endsOn}: nothing of theirs falls due on those days`,
        leave,
      };
    },
  },
  'leaders.leave-list': {
    input: z.object({ org: z.string().min(1) }),
    async run(centric: Centric, input: { org: string }) {
      const { items } = await listLeave(await operatorContext(centric, input.org), {});
      return { message: `${items.length} periods of leave in ${input.org}`, rows: items };
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
