// The demo organisation: Northwind Retail, a UK homeware and clothing retailer with a head office, four regions,
// twenty stores, 64 people, 20,000 customers (× scale) with two years of purchases and ~42,000 survey responses
// (× scale), deterministic for a seed and a "now". Leeds struggles throughout, Croydon recovers six months
// before "now", and home delivery is the weak channel, so the dashboards have a story to tell.
//
// Generation streams: every customer is a pure function of (seed, index), so each pass regenerates the slice it
// is writing instead of keeping rows in memory, and every batch is its own transaction.

import { fail } from '@centric/core/errors';
import type { UserRow } from '@centric/db/auth/user.repository';
import { findUserByEmail, insertUserWithPassword } from '@centric/db/auth/user.repository';
import { insertChannel, insertSegment, insertTouchpoint } from '@centric/db/catalogue/catalogue.repository';
import type { Executor } from '@centric/db/database';
import {
  findOrganisationBySlug,
  type OrganisationRow,
  updateOrganisation,
} from '@centric/db/organisations/organisation.repository';
import { insertPerson, updatePerson } from '@centric/db/people/person.repository';
import type { ResponseRow } from '@centric/db/responses/response.repository';
import {
  customers as customersTable,
  organisations,
  transactions as transactionsTable,
} from '@centric/db/schema';
import { insertSurvey } from '@centric/db/surveys/survey.repository';
import { insertUnit } from '@centric/db/units/unit.repository';
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { hashUserPassword } from '../auth/password';
import type { TransactionDay } from '../clv/clv-refit';
import type { Deps, OrgContext } from '../context';
import { rebuildOrganisationRollups } from '../metrics/rollup-rebuild';
import { createOrganisation } from '../organisations/organisation.service';
import { audit } from '../platform/audit';
import {
  countOrganisationRows,
  customerIdsInRange,
  type DemoCounts,
  insertResponseRows,
  insertRows,
  type NewCustomerRow,
  type NewTransactionRow,
  WritePipeline,
} from './demo-bulk';
import { writeDemoCases } from './demo-cases';
import {
  CHANNELS,
  type ChannelKey,
  SEGMENTS,
  type SegmentKey,
  SURVEYS,
  type SurveyKey,
  TOUCHPOINTS,
  type TouchpointKey,
} from './demo-catalogue';
import { writeDemoCustomerValues } from './demo-clv';
import {
  buildCompany,
  type CompanyBlueprint,
  DEMO_COMPANY,
  DEMO_PASSWORD,
  DEMO_SIGN_IN,
} from './demo-company';
import { type CustomerWorld, customerCount, customerExternalId, generateCustomer } from './demo-customers';
import { writeDirectionDemo } from './demo-direction';
import { writeDemoLeaders } from './demo-leaders';
import { writeDemoText } from './demo-text';
import {
  customerResponses,
  employeePulse,
  type GeneratedResponse,
  type VoiceWorld,
  voiceWorld,
} from './demo-voice';

export type { DemoCounts } from './demo-bulk';
export {
  DEMO_EXECUTIVE_EMAILS,
  DEMO_PASSWORD,
  DEMO_SIGN_IN,
  DEMO_STORE_MANAGER_EMAIL,
} from './demo-company';

/** The seed of the demo everyone sees; another seed gives another, equally realistic company. */
export const DEMO_SEED = 20_240_601;

/** Customers generated and written per pass step, and rows per insert (each batch is one JSON parameter). */
const CUSTOMER_CHUNK = 5_000;
const TRANSACTION_BATCH = 5_000;
const RESPONSE_BATCH = 5_000;
/** Batches in flight at once on PostgreSQL (the next one is built while the server stores the last). */
const PIPELINE_DEPTH = 3;
/** A run that has not reported for this long was interrupted (its organisation is deleted and rebuilt). */
const STALE_AFTER_MS = 120_000;

/** What to generate. */
export interface DemoOptions {
  /** The end of the two years of history (the CLI passes the clock). */
  now: Date;
  /** Multiplies customers, purchases and responses (1 ≈ 42,000 responses; 25 ≈ 1M). */
  scale?: number;
  slug?: string;
  seed?: number;
  /**
   * Only what the metrics engine reads: the customers and their answers, without purchases, text analysis,
   * customer values and cases (the metrics bench at 10M answers, where those would take most of an hour).
   */
  voiceOnly?: boolean;
  /** Called as work progresses: stage, rows done, rows in the stage. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** The outcome: whether anything was created, the organisation, how to sign in, and its row counts. */
export interface DemoResult {
  created: boolean;
  organisation: OrganisationRow;
  signIn: { email: string; password: string };
  counts: DemoCounts;
}

/** The marker the generator keeps in `organisations.settings.demo`. */
interface DemoMarker {
  status: 'generating' | 'complete';
  seed: number;
  scale: number;
  /** Wall-clock ms of the last progress, to tell an interrupted run from a running one. */
  heartbeat: number;
}

/**
 * Creates the demo organisation unless one with the slug exists (then it creates nothing and answers its
 * counts). A run that was interrupted is detected by its stale marker, deleted and started again.
 */
export async function createDemoOrganisation(deps: Deps, options: DemoOptions): Promise<DemoResult> {
  const slug = options.slug ?? 'demo';
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEMO_SEED;
  const now = options.now.getTime();
  const progress = options.onProgress ?? (() => {});
  if (!(scale > 0)) throw fail.invalid('the demo scale must be a positive number');

  const existing = await findOrganisationBySlug(deps.db, slug);
  if (existing) {
    const marker = existing.settings.demo as DemoMarker | undefined;
    if (marker?.status !== 'generating') {
      return {
        created: false,
        organisation: existing,
        signIn: { ...DEMO_SIGN_IN },
        counts: await countOrganisationRows(deps.db, existing.id),
      };
    }
    // Liveness is about real processes, so it is measured on the wall clock, not the (settable) service clock.
    if (Date.now() - marker.heartbeat < STALE_AFTER_MS) {
      throw fail.conflict(
        `the demo organisation "${slug}" is being generated by another process; try again later`,
      );
    }
    // An interrupted run: start again from nothing (deleting the organisation cascades to all its rows).
    await deps.db.delete(organisations).where(eq(organisations.id, existing.id));
  }

  const company = buildCompany(seed);
  const setup = await createSkeleton(deps, { slug, seed, scale, now: options.now, company });
  const { organisation } = setup;
  progress('organisation', 1, 1);

  const mark = (status: DemoMarker['status']): Record<string, unknown> => ({
    ...organisation.settings,
    demo: { status, seed, scale, heartbeat: Date.now() } satisfies DemoMarker,
  });
  const run: Run = {
    deps,
    setup,
    company,
    world: { seed, now, customers: customerCount(scale), stores: company.stores },
    voices: voiceWorld(seed, now, company),
    pipeline: new WritePipeline(deps.handle.engine === 'postgres' ? PIPELINE_DEPTH : 1),
    progress,
    heartbeat: () => updateOrganisation(deps.db, organisation.id, { settings: mark('generating') }),
  };
  let counts: DemoCounts;
  try {
    const { customers, totalTransactions, totalResponses } = await writeCustomers(run);
    const voiceOnly = options.voiceOnly === true;
    const { written: transactions, log } = voiceOnly
      ? { written: 0, log: [] }
      : await writeTransactions(run, totalTransactions);
    const responses = await writeResponses(run, totalResponses);
    if (!voiceOnly) {
      await writeDemoText(deps, organisation, progress);
      await writeDemoCustomerValues(deps, organisation, options.now, log, progress);
      await writeDemoCases(deps.db, organisation.id, seed, now);
    }
    await run.pipeline.drain();
    await writeDirectionDemo(deps, {
      organisation,
      units: setup.units,
      people: setup.people,
      stores: company.stores,
      now: options.now,
    });
    progress('direction', 1, 1);
    counts = {
      units: company.units.length,
      people: company.people.length,
      customers,
      transactions,
      responses,
    };
  } catch (error) {
    // Let the writes still in flight settle before failing; the stale marker lets the next run start over.
    await run.pipeline.drain().catch(() => {});
    throw error;
  }

  const done = await deps.db.transaction(async (tx) => {
    const leaders = await writeDemoLeaders(tx, {
      organisationId: organisation.id,
      timeZone: organisation.timeZone,
      seed,
      now: options.now,
      people: setup.people,
      units: setup.units,
      unitOfPerson: new Map(company.people.map((p) => [p.key, p.unit])),
    });
    progress('leaders', leaders.evidence, leaders.evidence);
    const row = await updateOrganisation(tx, organisation.id, { settings: mark('complete') });
    const ctx: OrgContext = {
      deps,
      organisation: row,
      actor: { kind: 'system', userId: null, personId: null, role: 'owner', unitId: null },
    };
    await audit(ctx, tx, {
      action: 'create',
      entity: 'demo',
      entityId: row.id,
      changes: { seed, scale, ...counts, leaders },
    });
    return row;
  });
  return { created: true, organisation: done, signIn: { ...DEMO_SIGN_IN }, counts };
}

/** What every pass of one generation shares. */
interface Run {
  deps: Deps;
  setup: Skeleton;
  company: CompanyBlueprint;
  world: CustomerWorld;
  voices: VoiceWorld;
  pipeline: WritePipeline;
  progress: (stage: string, done: number, total: number) => void;
  /** Records that the run is alive (see {@link STALE_AFTER_MS}). */
  heartbeat: () => Promise<unknown>;
}

/** Collects rows and writes them in batches, each in its own transaction, reporting progress in rows. */
function batchWriter<T>(
  run: Run,
  stage: string,
  size: number,
  total: () => number,
  write: (tx: Executor, rows: T[]) => Promise<unknown>,
) {
  let rows: T[] = [];
  let done = 0;
  const flush = async () => {
    const batch = rows;
    rows = [];
    if (batch.length === 0) return;
    await run.pipeline.push(async () => {
      await run.deps.db.transaction((tx) => write(tx, batch));
      done += batch.length;
      run.progress(stage, done, total());
    });
  };
  return {
    async add(row: T): Promise<void> {
      rows.push(row);
      if (rows.length >= size) await flush();
    },
    /** Writes what is left, waits for every batch and answers the rows written. */
    async end(): Promise<number> {
      await flush();
      await run.pipeline.drain();
      return done;
    },
  };
}

/** Writes the customers; counting their purchases and answers on the way gives the later stages' totals. */
async function writeCustomers(run: Run) {
  const { setup, company, world } = run;
  let totalTransactions = 0;
  let totalResponses = 0;
  for (const _ of employeePulse(run.voices)) totalResponses++;
  const writer = batchWriter<NewCustomerRow>(
    run,
    'customers',
    CUSTOMER_CHUNK,
    () => world.customers,
    (tx, rows) => insertRows(tx, customersTable, rows),
  );
  for (let i = 0; i < world.customers; i++) {
    const { profile, purchases, moments } = generateCustomer(world, i);
    totalTransactions += purchases.length;
    totalResponses += moments.length;
    const since = new Date(profile.acquiredAt);
    await writer.add({
      id: uuidv7({ msecs: profile.acquiredAt }),
      organisationId: setup.organisation.id,
      externalId: profile.externalId,
      name: profile.name,
      email: profile.email,
      segmentId: setup.segments[profile.segment],
      account: profile.account,
      homeUnitId: setup.units.get(company.stores[profile.homeStore]!.key)!,
      attributes: profile.language === 'fr' ? { language: 'fr' } : {},
      createdAt: since,
      updatedAt: since,
    });
    if ((i + 1) % CUSTOMER_CHUNK === 0) await run.heartbeat();
  }
  return { customers: await writer.end(), totalTransactions, totalResponses };
}

/** Writes every customer's purchases (in-store ones to the store, online ones to E-commerce). */
async function writeTransactions(
  run: Run,
  total: number,
): Promise<{ written: number; log: TransactionDay[] }> {
  const { setup, company } = run;
  // What the CLV fit needs of each row, kept as it is written so that the fit need not read them all back.
  const days = new Intl.DateTimeFormat('en-CA', {
    timeZone: setup.organisation.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const kept: (TransactionDay & { at: number })[] = [];
  const writer = batchWriter<NewTransactionRow>(
    run,
    'transactions',
    TRANSACTION_BATCH,
    () => total,
    (tx, rows) => insertRows(tx, transactionsTable, rows),
  );
  for await (const { history, customerId } of customerSlices(run)) {
    for (const [k, purchase] of history.purchases.entries()) {
      const at = new Date(purchase.at);
      kept.push({ customerId, day: days.format(at), amount: purchase.amount, at: purchase.at });
      await writer.add({
        id: uuidv7({ msecs: purchase.at }),
        organisationId: setup.organisation.id,
        customerId,
        occurredAt: at,
        amount: purchase.amount,
        unitId: setup.units.get(purchase.store === null ? 'ecommerce' : company.stores[purchase.store]!.key)!,
        externalId: `${history.profile.externalId}-${String(k + 1).padStart(4, '0')}`,
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  const written = await writer.end();
  // The order the refit reads them in (customer, then time), so the fit adds up its terms in the same order.
  kept.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.at - b.at));
  return { written, log: kept.map(({ customerId, day, amount }) => ({ customerId, day, amount })) };
}

/**
 * Writes the customers' answers and the employee pulse. Each batch runs, in its own transaction, the
 * in-transaction response hooks that have no set-based form, and the metric rollups are rebuilt once at the end
 * (set-based, as after an import); the rows are
 * complete (every column set), so the hooks get exactly what was stored without a RETURNING (which tripled the
 * cost on PGlite). The after-commit hooks are deliberately not run: they enqueue per-response jobs (cases, text
 * analysis, webhooks) that bulk demo data must not flood the queue with; the capabilities behind them rebuild
 * their derived data from the stored responses.
 */
async function writeResponses(run: Run, total: number): Promise<number> {
  const { setup, deps } = run;
  const writer = batchWriter<ResponseRow>(
    run,
    'responses',
    RESPONSE_BATCH,
    () => total,
    async (tx, batch) => {
      await insertResponseRows(tx, batch);
      await deps.responseHooks.runForBulkChunk(tx, () => batch.map((after) => ({ kind: 'created', after })));
    },
  );
  const toRow = (r: GeneratedResponse, customer: { id: string; segment: SegmentKey } | null): ResponseRow => {
    const at = new Date(r.respondedAt);
    return {
      id: uuidv7({ msecs: r.respondedAt }),
      organisationId: setup.organisation.id,
      surveyId: setup.surveys[r.survey],
      customerId: customer?.id ?? null,
      score: r.score,
      comment: r.comment,
      channelId: r.channel ? setup.channels[r.channel] : null,
      touchpointId: r.touchpoint ? setup.touchpoints[r.touchpoint] : null,
      // Like the write path: a response takes its customer's segment.
      segmentId: customer ? setup.segments[customer.segment] : null,
      unitId: setup.units.get(r.unit)!,
      employeeId: r.employee ? setup.people.get(r.employee)! : null,
      answers: {},
      source: 'demo',
      language: r.language,
      respondedAt: at,
      importId: null,
      createdAt: at,
      updatedAt: at,
    };
  };
  for await (const { history, customerId } of customerSlices(run)) {
    const customer = { id: customerId, segment: history.profile.segment };
    for (const r of customerResponses(run.voices, history)) await writer.add(toRow(r, customer));
  }
  for (const r of employeePulse(run.voices)) await writer.add(toRow(r, null));
  const written = await writer.end();
  // The rollups are counted once, set-based, when every answer is in (per batch they cost more than the insert).
  run.progress('rollups', 0, 1);
  await rebuildOrganisationRollups(deps, setup.organisation);
  run.progress('rollups', 1, 1);
  return written;
}

/** Every customer's history with their stored id, a chunk at a time (ids are read back by external id). */
async function* customerSlices(run: Run) {
  const { world } = run;
  for (let from = 0; from < world.customers; from += CUSTOMER_CHUNK) {
    const to = Math.min(world.customers, from + CUSTOMER_CHUNK);
    const ids = await customerIdsInRange(
      run.deps.db,
      run.setup.organisation.id,
      customerExternalId(from),
      customerExternalId(to - 1),
    );
    if (ids.length !== to - from) throw new Error(`demo customers ${from}–${to - 1} are missing`);
    for (let i = from; i < to; i++) yield { history: generateCustomer(world, i), customerId: ids[i - from]! };
    await run.heartbeat();
  }
}

/** The ids of everything the bulk passes refer to. */
interface Skeleton {
  organisation: OrganisationRow;
  units: Map<string, string>;
  people: Map<string, string>;
  segments: Record<SegmentKey, string>;
  channels: Record<ChannelKey, string>;
  touchpoints: Record<TouchpointKey, string>;
  surveys: Record<SurveyKey, string>;
}

/** The organisation (its CEO the owner), its sign-ins, units, people, catalogue and surveys. */
async function createSkeleton(
  deps: Deps,
  input: { slug: string; seed: number; scale: number; now: Date; company: CompanyBlueprint },
): Promise<Skeleton> {
  const { company, now } = input;
  const ceoSpec = company.people.find((p) => p.key === 'ceo')!;
  // One hash serves every demo sign-in: they share a published password, and scrypt costs ~0.2 s a hash.
  let hash: Promise<string> | undefined;
  const userFor = async (email: string, name: string): Promise<UserRow> => {
    const found = await findUserByEmail(deps.db, email);
    if (found) return found;
    hash ??= hashUserPassword(DEMO_PASSWORD);
    return insertUserWithPassword(deps.db, { id: uuidv7(), email, name, passwordHash: await hash, at: now });
  };
  const signInUsers = new Map<string, UserRow>();
  for (const p of company.people) if (p.signIn) signInUsers.set(p.key, await userFor(p.email, p.name));

  const { organisation, ownerPersonId } = await createOrganisation(
    deps,
    { slug: input.slug, ...DEMO_COMPANY },
    signInUsers.get('ceo')!,
    'cli',
  );

  return deps.db.transaction(async (tx) => {
    const org = organisation.id;
    const units = new Map<string, string>();
    const paths = new Map<string, string>();
    const people = new Map<string, string>([['ceo', ownerPersonId]]);
    for (const p of company.people) if (!people.has(p.key)) people.set(p.key, uuidv7());
    for (const u of company.units) {
      const id = uuidv7();
      const row = await insertUnit(
        tx,
        {
          id,
          organisationId: org,
          name: u.name,
          kind: u.kind,
          parentId: u.parent ? units.get(u.parent)! : null,
          headPersonId: people.get(u.head)!,
        },
        u.parent ? paths.get(u.parent)! : null,
      );
      units.set(u.key, id);
      paths.set(u.key, row.path);
    }
    await updatePerson(tx, org, ownerPersonId, {
      name: ceoSpec.name,
      title: ceoSpec.title,
      unitId: units.get(ceoSpec.unit)!,
    });
    for (const p of company.people) {
      if (p.key === 'ceo') continue;
      await insertPerson(tx, {
        id: people.get(p.key)!,
        organisationId: org,
        userId: signInUsers.get(p.key)?.id ?? null,
        email: p.email,
        name: p.name,
        title: p.title,
        role: p.role,
        unitId: units.get(p.unit)!,
        managerId: p.manager ? people.get(p.manager)! : null,
        status: 'active',
      });
    }

    const segments = {} as Record<SegmentKey, string>;
    for (const [key, s] of Object.entries(SEGMENTS) as [SegmentKey, (typeof SEGMENTS)[SegmentKey]][]) {
      segments[key] = (
        await insertSegment(tx, { organisationId: org, name: s.name, description: s.description })
      ).id;
    }
    const channels = {} as Record<ChannelKey, string>;
    for (const [key, c] of Object.entries(CHANNELS) as [ChannelKey, { name: string }][]) {
      channels[key] = (await insertChannel(tx, { organisationId: org, name: c.name })).id;
    }
    const touchpoints = {} as Record<TouchpointKey, string>;
    for (const [key, t] of Object.entries(TOUCHPOINTS) as [
      TouchpointKey,
      (typeof TOUCHPOINTS)[TouchpointKey],
    ][]) {
      touchpoints[key] = (
        await insertTouchpoint(tx, { organisationId: org, channelId: channels[t.channel], name: t.name })
      ).id;
    }
    const surveys = {} as Record<SurveyKey, string>;
    for (const [key, s] of Object.entries(SURVEYS) as [SurveyKey, (typeof SURVEYS)[SurveyKey]][]) {
      surveys[key] = (
        await insertSurvey(tx, {
          organisationId: org,
          name: s.name,
          kind: s.kind,
          status: 'live',
          questions: s.questions,
        })
      ).id;
    }
    const marker: DemoMarker = {
      status: 'generating',
      seed: input.seed,
      scale: input.scale,
      heartbeat: Date.now(),
    };
    const settings = { ...organisation.settings, demo: marker };
    const row = await updateOrganisation(tx, org, { ceoPersonId: ownerPersonId, settings });
    return { organisation: row, units, people, segments, channels, touchpoints, surveys };
  });
}
