import { findUserByEmail } from '@centric/db/auth/user.repository';
import { readRollupRows, recountRollupRows } from '@centric/db/metrics/metric-rollup.repository';
import {
  findOrganisationById,
  findOrganisationBySlug,
  updateOrganisation,
} from '@centric/db/organisations/organisation.repository';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDemoOrganisation,
  DEMO_EXECUTIVE_EMAILS,
  DEMO_SIGN_IN,
  DEMO_STORE_MANAGER_EMAIL,
  type DemoResult,
} from '../../src/demo/demo.generator';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

describe.each(testEngines())('the demo organisation (%s)', (engine) => {
  let centric: TestCentric;
  let first: DemoResult;
  let hooked = 0;
  let afterCommits = 0;
  const stages = new Map<string, { done: number; total: number }>();
  const q = async <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    (await centric.deps.handle.query<T>(text, values)).rows;

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    centric.deps.responseHooks.register({
      name: 'count',
      async inTransaction(_tx, changes) {
        hooked += changes.filter((c) => c.kind === 'created' && c.after.id).length;
      },
      async afterCommit() {
        afterCommits++;
      },
    });
    first = await createDemoOrganisation(centric.deps, {
      now: centric.clock.now(),
      scale: 0.05,
      onProgress: (stage, done, total) => stages.set(stage, { done, total }),
    });
    // On PGlite on a loaded 2-core machine generation took longer than the default two minutes.
  }, 300_000);
  afterAll(async () => {
    await centric?.close();
  });

  it('creates Northwind Retail with its tree, people, customers, purchases and responses', async () => {
    expect(first.created).toBe(true);
    expect(first.organisation).toMatchObject({
      slug: 'demo',
      name: 'Northwind Retail',
      timeZone: 'Europe/London',
      currency: 'GBP',
    });
    expect(first.counts).toMatchObject({ units: 35, people: 64, customers: 1_000 });
    expect(first.counts.transactions).toBeGreaterThan(5_000);
    expect(first.counts.responses).toBeGreaterThan(2_000);
    const org = first.organisation.id;
    const [stored] = await q<Record<string, number>>(
      `select (select count(*)::int from units where organisation_id = $1) units,
              (select count(*)::int from people where organisation_id = $1) people,
              (select count(*)::int from customers where organisation_id = $1) customers,
              (select count(*)::int from transactions where organisation_id = $1) transactions,
              (select count(*)::int from responses where organisation_id = $1) responses`,
      [org],
    );
    expect(stored).toEqual(first.counts);
    expect(hooked).toBe(first.counts.responses);
    expect(afterCommits).toBe(0);
    // The rollups, counted once at the end, agree with a raw recount.
    for (const table of ['daily', 'monthly'] as const)
      expect(await readRollupRows(centric.deps.db, org, table)).toEqual(
        await recountRollupRows(centric.deps.db, org, 'Europe/London', table),
      );
    for (const stage of ['customers', 'transactions', 'responses']) {
      expect(stages.get(stage), stage).toEqual({ done: expect.any(Number), total: expect.any(Number) });
      expect(stages.get(stage)!.done, stage).toBe(stages.get(stage)!.total);
    }
  });

  it('makes the CEO the owner at head office, with a manager chain up to them', async () => {
    const org = first.organisation.id;
    const [ceo] = await q<{
      id: string;
      role: string;
      title: string;
      unit: string;
      manager_id: string | null;
    }>(
      `select p.id, p.role, p.title, u.name unit, p.manager_id from people p join units u on u.id = p.unit_id where p.id = $1`,
      [first.organisation.ceoPersonId],
    );
    expect(ceo).toMatchObject({
      role: 'owner',
      title: 'Chief Executive Officer',
      unit: 'Head Office',
      manager_id: null,
    });
    const roles = await q<{ role: string; n: number }>(
      `select role, count(*)::int n from people where organisation_id = $1 group by role`,
      [org],
    );
    expect(Object.fromEntries(roles.map((r) => [r.role, r.n]))).toMatchObject({
      owner: 1,
      executive: 6,
      admin: 1,
    });
    // Everyone reaches the CEO by following managers.
    const [chain] = await q<{ unreached: number }>(
      `with recursive up(id) as (select id from people where id = $2
         union select p.id from people p join up on p.manager_id = up.id where p.organisation_id = $1)
       select (select count(*)::int from people where organisation_id = $1) - (select count(*)::int from up) unreached`,
      [org, first.organisation.ceoPersonId],
    );
    expect(chain!.unreached).toBe(0);
    const stores = await q<{ n: number; headless: number }>(
      `select count(*)::int n, count(*) filter (where head_person_id is null)::int headless from units where organisation_id = $1 and kind = 'store'`,
      [org],
    );
    expect(stores[0]).toEqual({ n: 20, headless: 0 });
  });

  it('lets the CEO, the executives and one store manager sign in with the demo password', async () => {
    const cookie = await centric.signIn(DEMO_SIGN_IN.email, DEMO_SIGN_IN.password);
    const me = await centric.app.inject({
      method: 'GET',
      url: '/api/v1/organisation',
      headers: { cookie, origin: ORIGIN },
    });
    expect(me.json()).toMatchObject({ slug: 'demo', ceoPersonId: first.organisation.ceoPersonId });
    await centric.signIn(DEMO_EXECUTIVE_EMAILS[0], DEMO_SIGN_IN.password);
    await centric.signIn(DEMO_STORE_MANAGER_EMAIL, DEMO_SIGN_IN.password);
    for (const email of DEMO_EXECUTIVE_EMAILS)
      expect(await findUserByEmail(centric.deps.db, email)).toBeDefined();
    const [withSignIn] = await q<{ n: number }>(
      `select count(*)::int n from people where organisation_id = $1 and user_id is not null`,
      [first.organisation.id],
    );
    expect(withSignIn!.n).toBe(8);
  });

  it('attributes responses like the write path, anonymises the pulse and asks NPS in two languages', async () => {
    const org = first.organisation.id;
    const [mismatch] = await q<{ segment: number; unattributed: number; foreign: number }>(
      `select count(*) filter (where r.customer_id is not null and r.segment_id is distinct from c.segment_id)::int segment,
              count(*) filter (where r.unit_id is null)::int unattributed,
              count(*) filter (where t.channel_id is distinct from r.channel_id)::int foreign
         from responses r left join customers c on c.id = r.customer_id left join touchpoints t on t.id = r.touchpoint_id
        where r.organisation_id = $1`,
      [org],
    );
    expect(mismatch).toEqual({ segment: 0, unattributed: 0, foreign: 0 });
    const [pulse] = await q<{ n: number; identified: number }>(
      `select count(*)::int n, count(*) filter (where r.customer_id is not null or r.employee_id is not null)::int identified
         from responses r join surveys s on s.id = r.survey_id where r.organisation_id = $1 and s.kind = 'enps'`,
      [org],
    );
    expect(pulse!.n).toBeGreaterThan(500);
    expect(pulse!.identified).toBe(0);
    const surveys = await q<{ kind: string; status: string; questions: { text: Record<string, string> }[] }>(
      `select kind, status, questions from surveys where organisation_id = $1`,
      [org],
    );
    expect(surveys.map((s) => s.kind).sort()).toEqual(['ces', 'csat', 'enps', 'nps']);
    expect(surveys.every((s) => s.status === 'live')).toBe(true);
    expect(surveys.find((s) => s.kind === 'nps')!.questions[0]!.text).toEqual({
      en: 'What is the main reason for your score?',
      fr: expect.any(String),
    });
    const [timing] = await q<{ late: number }>(
      `select count(*)::int late from responses where organisation_id = $1 and responded_at > $2`,
      [org, centric.clock.now()],
    );
    expect(timing!.late).toBe(0);
  });

  it('stores a starter codeframe and analyses every English customer comment, as a finished run', async () => {
    const org = first.organisation.id;
    const [codeframe] = await q<{ version: number; themes: unknown[]; proposals: unknown[] }>(
      'select version, themes, proposals from text_codeframes where organisation_id = $1',
      [org],
    );
    expect(codeframe!.version).toBe(1);
    expect(codeframe!.themes.length).toBeGreaterThanOrEqual(10);
    expect(codeframe!.proposals.length).toBeGreaterThan(0);
    const [counts] = await q<{ comments: number; analysed: number; tagged: number; rollup: number }>(
      `select
         (select count(*)::int from responses r join surveys s on s.id = r.survey_id
           where r.organisation_id = $1 and s.kind <> 'enps' and btrim(coalesce(r.comment, '')) <> ''
             and (r.language is null or r.language ilike 'en%')) as comments,
         (select count(*)::int from text_analyses where organisation_id = $1) as analysed,
         (select count(distinct response_id)::int from text_tags where organisation_id = $1 and theme_id <> 'other') as tagged,
         (select coalesce(sum(comments), 0)::int from text_rollups where organisation_id = $1 and theme_id = '*') as rollup`,
      [org],
    );
    expect(counts!.comments).toBeGreaterThan(100);
    expect(counts!.analysed).toBe(counts!.comments);
    expect(counts!.rollup).toBe(counts!.comments);
    // The starter codeframe covers most of what the demo's customers write about.
    expect(counts!.tagged / counts!.analysed).toBeGreaterThan(0.6);
    const [run] = await q<{ status: string; done: number }>(
      'select status, done from text_runs where organisation_id = $1',
      [org],
    );
    expect(run).toMatchObject({ status: 'done', done: counts!.comments });
    expect(stages.get('comments analysed')?.done).toBe(counts!.comments);
  });

  it('creates nothing the second time, and the same data for the same seed under another slug', async () => {
    const again = await createDemoOrganisation(centric.deps, { now: centric.clock.now(), scale: 0.05 });
    expect(again.created).toBe(false);
    expect(again.organisation.id).toBe(first.organisation.id);
    expect(again.counts).toEqual(first.counts);
    expect(again.signIn).toEqual(DEMO_SIGN_IN);

    const twin = await createDemoOrganisation(centric.deps, {
      now: centric.clock.now(),
      scale: 0.05,
      slug: 'demo-twin',
    });
    expect(twin.created).toBe(true);
    expect(twin.counts).toEqual(first.counts);
    const fingerprint = (id: string) =>
      q<{ score: number; n: number; comments: string }>(
        `select score, count(*)::int n, md5(string_agg(coalesce(comment, ''), '|' order by responded_at, comment)) comments
           from responses where organisation_id = $1 group by score order by score`,
        [id],
      );
    expect(await fingerprint(twin.organisation.id)).toEqual(await fingerprint(first.organisation.id));
    // The CEO's sign-in is shared, not duplicated.
    const [users] = await q<{ n: number }>(`select count(*)::int n from "user" where email = $1`, [
      DEMO_SIGN_IN.email,
    ]);
    expect(users!.n).toBe(1);
  });

  it('starts over after an interrupted run, and refuses while another run is still alive', async () => {
    const db = centric.deps.db;
    const twin = (await findOrganisationBySlug(db, 'demo-twin'))!;
    const generating = (heartbeat: number) => ({
      demo: { status: 'generating', seed: 1, scale: 0.05, heartbeat },
    });
    await updateOrganisation(db, twin.id, { settings: generating(Date.now()) });
    const options = { now: centric.clock.now(), scale: 0.05, slug: 'demo-twin' };
    await expect(createDemoOrganisation(centric.deps, options)).rejects.toMatchObject({ code: 'conflict' });

    await updateOrganisation(db, twin.id, { settings: generating(Date.now() - 10 * 60_000) });
    const rebuilt = await createDemoOrganisation(centric.deps, options);
    expect(rebuilt.created).toBe(true);
    expect(rebuilt.organisation.id).not.toBe(twin.id);
    expect(rebuilt.counts).toEqual(first.counts);
    expect(await findOrganisationById(db, twin.id)).toBeUndefined();
  });
});
