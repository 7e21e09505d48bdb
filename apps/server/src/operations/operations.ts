import { readFile } from 'node:fs/promises';
import { currency, isoDate, slug as slugSchema, timeZone } from '@centric/contracts/common/fields';
import { TIME_UNITS, type TimeUnit } from '@centric/core/clv/time-unit';
import { AppError, fail } from '@centric/core/errors';
import { ROLES } from '@centric/core/organisation/roles';
import { findUserByEmail, insertUserWithPassword, type UserRow } from '@centric/db/auth/user.repository';
import { migrateDatabase } from '@centric/db/migrate';
import { findOrganisationBySlug } from '@centric/db/organisations/organisation.repository';
import {
  findActivePersonOfUser,
  findPersonByEmail,
  insertPerson,
  updatePerson,
} from '@centric/db/people/person.repository';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { createApiKey } from '../api-keys/api-key.service';
import { generatePassword, hashUserPassword } from '../auth/password';
import { writeBackup } from '../backup/backup';
import { restoreBackup } from '../backup/restore';
import { fitStoredTransactions } from '../clv/clv-operation';
import { LEADER_OPERATIONS } from '../commitments/leader.operations';
import type { OrgContext } from '../context';
import { createDemoOrganisation } from '../demo/demo.generator';
import { listActionPlan } from '../direction/initiative.service';
import { REVIEW_OPERATIONS } from '../direction/review.operations';
import { RESPONSE_IMPORT_OPERATIONS } from '../imports/response-import.operation';
import { rebuildOrganisationRollups } from '../metrics/rollup-rebuild';
import { createOrganisation } from '../organisations/organisation.service';
import type { Centric } from '../server';
import { importTransactions } from '../transactions/transaction-import.service';

const email = z.email({ message: 'must be an e-mail address' }).transform((e) => e.toLowerCase());
const password = z.string().min(10, 'the password needs at least 10 characters').max(128);

/**
 * The operator's commands, run by the CLI either on its own connection or, when a server holds the embedded
 * data directory, by that server on the CLI's behalf. Each validates its input and answers plain JSON.
 */
export const OPERATIONS = {
  migrate: {
    input: z.object({}),
    async run(centric: Centric) {
      await migrateDatabase(centric.deps.handle);
      return { message: `migrations applied to the ${centric.deps.handle.location}` };
    },
  },
  'org.create': {
    input: z.object({
      slug: slugSchema,
      name: z.string().trim().min(1).max(200),
      owner: email,
      ownerName: z.string().trim().min(1).max(200).optional(),
      password: password.optional(),
      timeZone: timeZone.default('UTC'),
      currency: currency.default('EUR'),
    }),
    async run(
      centric: Centric,
      input: {
        slug: string;
        name: string;
        owner: string;
        ownerName?: string | undefined;
        password?: string | undefined;
        timeZone: string;
        currency: string;
      },
    ) {
      const { user, password: generated } = await ensureUser(
        centric,
        input.owner,
        input.ownerName ?? input.owner.split('@')[0]!,
        input.password,
      );
      const { organisation } = await createOrganisation(centric.deps, input, user, 'cli');
      return {
        message: `created organisation ${organisation.slug} (${organisation.name}) owned by ${user.email}`,
        organisation: { id: organisation.id, slug: organisation.slug },
        owner: user.email,
        ...(generated ? { oneTimePassword: generated } : {}),
      };
    },
  },
  'user.create': {
    input: z.object({
      email,
      name: z.string().trim().min(1).max(200),
      password: password.optional(),
      org: slugSchema.optional(),
      role: z.enum(ROLES).default('employee'),
    }),
    async run(
      centric: Centric,
      input: {
        email: string;
        name: string;
        password?: string | undefined;
        org?: string | undefined;
        role: (typeof ROLES)[number];
      },
    ) {
      const existing = await findUserByEmail(centric.deps.db, input.email);
      if (existing && !input.org) throw fail.conflict(`a user with e-mail ${input.email} already exists`);
      const { user, password: generated } = await ensureUser(
        centric,
        input.email,
        input.name,
        input.password,
      );
      let membership = '';
      if (input.org) {
        const organisation = await requireOrganisation(centric, input.org);
        const person = await findPersonByEmail(centric.deps.db, organisation.id, input.email);
        if (person?.userId && person.status === 'active')
          throw fail.conflict(`${input.email} is already a person of ${organisation.slug}`);
        if (person)
          await updatePerson(centric.deps.db, organisation.id, person.id, {
            userId: user.id,
            status: 'active',
            role: input.role,
          });
        else
          await insertPerson(centric.deps.db, {
            organisationId: organisation.id,
            userId: user.id,
            email: user.email,
            name: input.name,
            role: input.role,
            status: 'active',
          });
        membership = ` and added to ${organisation.slug} as ${input.role}`;
      }
      return {
        message: `created user ${user.email}${membership}`,
        user: { id: user.id, email: user.email },
        ...(generated ? { oneTimePassword: generated } : {}),
      };
    },
  },
  'api-key.create': {
    input: z.object({ org: slugSchema, email, name: z.string().trim().min(1).max(200).default('CLI key') }),
    async run(centric: Centric, input: { org: string; email: string; name: string }) {
      const organisation = await requireOrganisation(centric, input.org);
      const user = await findUserByEmail(centric.deps.db, input.email);
      const person = user
        ? await findActivePersonOfUser(centric.deps.db, organisation.id, user.id)
        : undefined;
      if (!user || !person)
        throw fail.notFound(`an active person with e-mail ${input.email} in ${organisation.slug}`);
      const ctx: OrgContext = {
        deps: centric.deps,
        organisation,
        actor: {
          kind: 'cli',
          userId: user.id,
          personId: person.id,
          role: person.role,
          unitId: person.unitId,
        },
      };
      const key = await createApiKey(ctx, centric.auth, { name: input.name });
      return {
        message: `API key "${key.name}" acting as ${user.email} (${person.role}) in ${organisation.slug}`,
        key: key.key,
      };
    },
  },
  demo: {
    input: z.object({ scale: z.number().positive().max(1000).default(1), slug: slugSchema.default('demo') }),
    async run(
      centric: Centric,
      input: { scale: number; slug: string },
      onProgress?: (stage: string, done: number, total: number) => void,
    ) {
      const result = await createDemoOrganisation(centric.deps, {
        now: centric.deps.clock.now(),
        scale: input.scale,
        slug: input.slug,
        ...(onProgress ? { onProgress } : {}),
      });
      return {
        message: result.created
          ? `created the demo organisation ${input.slug}`
          : `the demo organisation ${input.slug} already exists; nothing created`,
        created: result.created,
        signIn: result.signIn,
        counts: result.counts,
      };
    },
  },
  'clv.fit': {
    input: z.object({
      org: slugSchema,
      period: z.enum(TIME_UNITS).optional(),
      calibrationEnd: isoDate.optional(),
    }),
    async run(
      centric: Centric,
      input: { org: string; period?: TimeUnit | undefined; calibrationEnd?: string | undefined },
      onProgress?: (stage: string, done: number, total: number) => void,
    ) {
      const organisation = await requireOrganisation(centric, input.org);
      const report = await fitStoredTransactions(centric.deps, organisation, input, (stage) =>
        onProgress?.(stage, 0, 0),
      );
      return report;
    },
  },
  'import.transactions': {
    input: z.object({ org: slugSchema, file: z.string().min(1), dryRun: z.boolean().default(false) }),
    async run(centric: Centric, input: { org: string; file: string; dryRun: boolean }) {
      const organisation = await requireOrganisation(centric, input.org);
      let csv: string;
      try {
        csv = await readFile(input.file, 'utf8');
      } catch {
        throw fail.notFound(`file ${input.file}`);
      }
      const ctx: OrgContext = {
        deps: centric.deps,
        organisation,
        actor: { kind: 'cli', userId: null, personId: null, role: 'owner', unitId: null },
      };
      const result = await importTransactions(ctx, { csv, dryRun: input.dryRun });
      return {
        message: input.dryRun
          ? `checked ${result.rows} line(s) of ${input.file}: ${result.errors.length} error(s), ${result.warnings.length} warning(s); nothing imported (dry run)`
          : `imported ${result.imported} transaction(s) into ${organisation.slug}${result.refitQueued ? '; CLV refit queued' : ''}`,
        ...result,
      };
    },
  },
  'metrics.rebuild': {
    input: z.object({ org: slugSchema }),
    async run(centric: Centric, input: { org: string }) {
      const organisation = await requireOrganisation(centric, input.org);
      const started = performance.now();
      const written = await rebuildOrganisationRollups(centric.deps, organisation);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      return {
        message: `rebuilt the metric rollups of ${organisation.slug} in ${seconds} s: ${written.daily} daily and ${written.monthly} monthly keys`,
        ...written,
      };
    },
  },
  'direction.plan': {
    input: z.object({ org: slugSchema }),
    async run(centric: Centric, input: { org: string }) {
      const organisation = await requireOrganisation(centric, input.org);
      const ctx: OrgContext = {
        deps: centric.deps,
        organisation,
        actor: { kind: 'cli', userId: null, personId: null, role: 'owner', unitId: null },
      };
      const plan = await listActionPlan(ctx);
      const figure = (v: number | null) => (v === null ? '—' : v.toFixed(1));
      const lines = plan.items.map(
        (i) =>
          `#${i.rank} ${i.title} (${i.kind}, ${i.status}): ${i.target.metric} ${figure(i.target.baseline)} → ${figure(i.target.current)} / target ${figure(i.target.target)} by ${i.target.dueDate} — ${i.target.status}`,
      );
      return {
        message:
          lines.length === 0
            ? `${organisation.slug} has no initiatives yet`
            : `the action plan of ${organisation.slug}:\n${lines.join('\n')}`,
        initiatives: plan.items.length,
      };
    },
  },
  backup: {
    input: z.object({ file: z.string().min(1) }),
    async run(
      centric: Centric,
      input: { file: string },
      onProgress?: (stage: string, done: number, total: number) => void,
    ) {
      const counts = await writeBackup(
        centric.deps.handle,
        input.file,
        onProgress ? (t, n) => onProgress(t, n, 0) : undefined,
      );
      return {
        message: `backed up ${Object.values(counts).reduce((a, b) => a + b, 0)} rows of ${Object.keys(counts).length} tables to ${input.file}`,
        counts,
      };
    },
  },
  restore: {
    input: z.object({ file: z.string().min(1) }),
    async run(
      centric: Centric,
      input: { file: string },
      onProgress?: (stage: string, done: number, total: number) => void,
    ) {
      const counts = await restoreBackup(
        centric.deps.handle,
        input.file,
        onProgress ? (t, n) => onProgress(t, n, 0) : undefined,
      );
      return {
        message: `restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows of ${Object.keys(counts).length} tables from ${input.file}; restart Centric if it is running, so that it uses the restored sign-in secret`,
        counts,
      };
    },
  },
  ...LEADER_OPERATIONS,
  ...RESPONSE_IMPORT_OPERATIONS,
  ...REVIEW_OPERATIONS,
} as const;

/** The name of an operator command. */
export type OperationName = keyof typeof OPERATIONS;

/** Validates the input and runs an operation. */
export async function runOperation(
  centric: Centric,
  name: string,
  rawInput: unknown,
  onProgress?: (stage: string, done: number, total: number) => void,
): Promise<Record<string, unknown> & { message: string }> {
  const operation = OPERATIONS[name as OperationName];
  if (!operation) throw new AppError('not_found', `no operation ${name}`);
  const parsed = operation.input.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail.invalid(`${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'is not valid'}`, {
      issues: parsed.error.issues,
    });
  }
  return (
    operation.run as (
      c: Centric,
      i: unknown,
      p?: typeof onProgress,
    ) => Promise<Record<string, unknown> & { message: string }>
  )(centric, parsed.data, onProgress);
}

async function requireOrganisation(centric: Centric, slug: string) {
  const organisation = await findOrganisationBySlug(centric.deps.db, slug);
  if (!organisation) throw fail.notFound(`organisation ${slug}`);
  return organisation;
}

/** Finds the user with this e-mail or creates one (with the given password, or a generated one-time password). */
async function ensureUser(
  centric: Centric,
  mail: string,
  name: string,
  given?: string,
): Promise<{ user: UserRow; password?: string }> {
  const existing = await findUserByEmail(centric.deps.db, mail);
  if (existing) return { user: existing };
  const chosen = given ?? generatePassword();
  const user = await insertUserWithPassword(centric.deps.db, {
    id: uuidv7(),
    email: mail,
    name,
    passwordHash: await hashUserPassword(chosen),
    at: centric.deps.clock.now(),
  });
  return { user, ...(given ? {} : { password: chosen }) };
}
