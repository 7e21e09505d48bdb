import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVALUATE_JOB } from '../../src/cases/case-opener';
import { MAIL_SEND_JOB } from '../../src/platform/mailer';
import { runVoiceSweep } from '../../src/voice/voice-sweep.job';
import { startSmtp } from '../support/smtp';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

const HOUR = 3_600_000;

describe.each(testEngines())('voice of the customer (%s)', (engine) => {
  let centric: TestCentric;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let owner: string;
  let ids: { region: string; store: string; survey: string; customer: string; quiet: string };
  let storeHead: { id: string; cookie: string; email: string };
  let regionHead: { id: string; cookie: string; email: string };

  const api = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: unknown,
    cookie = owner,
  ) => {
    const r = await centric.app.inject({
      method,
      url,
      headers: { cookie, origin: ORIGIN },
      ...(payload ? { payload: payload as object } : {}),
    });
    return {
      status: r.statusCode,
      body: r.json() as Record<string, unknown> & { items?: unknown[] },
      raw: r.body,
    };
  };
  const answer = (token: string, body: object, lang?: string) =>
    centric.app.inject({
      method: 'POST',
      url: `/s/${token}/answer`,
      headers: lang ? { 'accept-language': lang } : {},
      payload: body,
    });
  const mailsTo = (email: string) => smtp.received.filter((m) => m.includes(`To: ${email}`));
  const linkIn = (mail: string) => /\/s\/([A-Za-z0-9_-]{43})(?!\/unsubscribe)/.exec(mail)![1]!;
  const delivered = async () => {
    await centric.deps.jobs.drain(CASE_EVALUATE_JOB);
    await centric.deps.jobs.drain(MAIL_SEND_JOB);
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    centric = await startTestCentric(engine, { smtpUrl: smtp.url });
    const org = await centric.organisation('voice');
    owner = org.ownerCookie;
    const region = (await api('POST', '/api/v1/units', { name: 'North', kind: 'region' })).body.id as string;
    const store = (await api('POST', '/api/v1/units', { name: 'Store 7', kind: 'store', parentId: region }))
      .body.id as string;
    regionHead = await centric.person(org.id, 'manager', { unitId: region });
    storeHead = await centric.person(org.id, 'manager', { unitId: store });
    await api('PATCH', `/api/v1/units/${region}`, { headPersonId: regionHead.id });
    await api('PATCH', `/api/v1/units/${store}`, { headPersonId: storeHead.id });
    const survey = (
      await api('POST', '/api/v1/surveys', { name: 'After visit', kind: 'nps', status: 'live' })
    ).body.id as string;
    const customer = (
      await api('POST', '/api/v1/customers', { name: 'Ann', email: 'ann@example.com', homeUnitId: store })
    ).body.id as string;
    const quiet = (
      await api('POST', '/api/v1/customers', { name: 'Bob', email: 'bob@example.com', homeUnitId: store })
    ).body.id as string;
    ids = { region, store, survey, customer, quiet };
  });
  afterAll(async () => {
    await centric?.close();
    await smtp?.close();
  });

  it('e-mails personal links over SMTP; the page asks the score in the customer’s language', async () => {
    const sent = await api('POST', `/api/v1/surveys/${ids.survey}/invitations`, {
      customerIds: [ids.customer, ids.quiet],
      contactsCsv: 'email,name,language\nclaire@example.fr,Claire,fr\nnot-an-address,X,en\n',
    });
    expect(sent.status, sent.raw).toBe(201);
    expect(sent.body.invited).toBe(3);
    expect(sent.body.skipped).toEqual([
      { email: 'not-an-address', reason: 'not an e-mail address', line: 3 },
    ]);
    await delivered();
    expect(mailsTo('ann@example.com')).toHaveLength(1);
    const claire = mailsTo('claire@example.fr')[0]!;
    expect(claire).toMatch(/aimerait/);
    const page = await centric.app.inject({ method: 'GET', url: `/s/${linkIn(claire)}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toMatch(/<html lang="fr">/);
    expect(page.body).toMatch(/recommandiez Org voice/);
    expect(page.body.match(/class="score"/g)).toHaveLength(11);
    const script = await centric.app.inject({ method: 'GET', url: '/s/assets/survey.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body.length).toBeLessThan(30_000);
  });

  it('stores one response per invitation through retries, double taps and the “why?” step', async () => {
    const token = linkIn(mailsTo('ann@example.com')[0]!);
    const [a, b] = await Promise.all([
      answer(token, { submissionId: 'tap-one-aaaa', score: 2 }),
      answer(token, { submissionId: 'tap-two-bbbb', score: 3 }),
    ]);
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([200, 200]);
    expect(a.json().responseId).toBe(b.json().responseId);
    const why = await answer(token, {
      submissionId: 'tap-one-aaaa',
      score: 3,
      comment: 'Queue was far too slow',
    });
    expect(why.statusCode, why.body).toBe(200);
    const retry = await answer(token, {
      submissionId: 'tap-one-aaaa',
      score: 3,
      comment: 'Queue was far too slow',
    });
    expect(retry.json().responseId).toBe(a.json().responseId);
    const list = await api('GET', `/api/v1/responses?customerId=${ids.customer}`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items![0]).toMatchObject({
      score: 3,
      comment: 'Queue was far too slow',
      source: 'email',
      unitId: ids.store,
    });
  });

  it('opens a case for the detractor, routed to the head of the store', async () => {
    await delivered();
    const mine = await api('GET', '/api/v1/cases?mine=true', undefined, storeHead.cookie);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items![0]).toMatchObject({
      ownerPersonId: storeHead.id,
      status: 'new',
      overdue: false,
      score: 3,
      unitId: ids.store,
    });
    expect(mailsTo(storeHead.email).some((m) => /call back/.test(m))).toBe(true);
    const inbox = await api(
      'GET',
      `/api/v1/responses?scoreMax=6&hasOpenCase=true&q=slow&unitId=${ids.region}`,
    );
    expect(inbox.body.items).toHaveLength(1);
    const none = await api('GET', '/api/v1/responses?hasOpenCase=false&scoreMax=6');
    expect(none.body.items).toHaveLength(0);
  });

  it('goes overdue after the SLA, escalates to the region’s head, and closes only with a root cause', async () => {
    centric.clock.advance(49 * HOUR);
    const swept = await runVoiceSweep(centric.deps);
    expect(swept.overdue).toBe(1);
    await delivered();
    const escalated = await api('GET', '/api/v1/cases?mine=true&overdue=true', undefined, regionHead.cookie);
    expect(escalated.body.items).toHaveLength(1);
    const kase = escalated.body.items![0] as { id: string; overdue: boolean; escalatedToPersonId: string };
    expect(kase).toMatchObject({ overdue: true, escalatedToPersonId: regionHead.id });
    expect(mailsTo(regionHead.email).some((m) => /Overdue/.test(m))).toBe(true);
    expect((await runVoiceSweep(centric.deps)).overdue).toBe(0);

    const contacted = await api(
      'PATCH',
      `/api/v1/cases/${kase.id}`,
      { status: 'contacted', note: 'Called Ann' },
      storeHead.cookie,
    );
    expect(contacted.status, contacted.raw).toBe(200);
    expect(contacted.body).toMatchObject({ status: 'contacted', overdue: false });
    const noCause = await api('PATCH', `/api/v1/cases/${kase.id}`, { status: 'resolved' }, storeHead.cookie);
    expect(noCause.status).toBe(400);
    expect(noCause.body.error).toMatchObject({ message: expect.stringMatching(/root cause/) });
    const resolved = await api(
      'PATCH',
      `/api/v1/cases/${kase.id}`,
      { status: 'resolved', rootCause: 'Waiting time', followUp: true },
      storeHead.cookie,
    );
    expect(resolved.status, resolved.raw).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      rootCause: 'Waiting time',
      recovered: 'pending',
    });
    expect((resolved.body.notes as { text: string }[]).map((n) => n.text)).toEqual(
      expect.arrayContaining(['Called Ann', expect.stringMatching(/new → contacted/)]),
    );

    // The follow-up question: still unhappy reopens the case.
    await delivered();
    const followUp = mailsTo('ann@example.com').at(-1)!;
    const reply = await answer(linkIn(followUp), { submissionId: 'follow-up-1', score: 4 });
    expect(reply.statusCode, reply.body).toBe(200);
    await delivered();
    const reopened = await api('GET', `/api/v1/cases/${kase.id}`, undefined, storeHead.cookie);
    expect(reopened.body).toMatchObject({ status: 'contacted', recovered: 'no', reopenedCount: 1 });
    const all = await api('GET', '/api/v1/cases', undefined, owner);
    expect(all.body.items).toHaveLength(1);
    const stats = await api('GET', '/api/v1/cases/stats');
    expect(stats.body).toMatchObject({
      opened: 1,
      open: 1,
      contacted: 1,
      followUpsAnswered: 1,
      recoveryRate: 0,
    });
    expect(stats.body.medianHoursToContact).toBeCloseTo(49, 5);
  });

  it('refuses a change of answer after the edit window', async () => {
    const token = linkIn(mailsTo('ann@example.com')[0]!);
    const late = await answer(token, { submissionId: 'tap-one-aaaa', score: 10 });
    expect(late.statusCode).toBe(409);
    const page = await centric.app.inject({ method: 'GET', url: `/s/${token}` });
    expect(page.body).toMatch(/already answered/);
  });

  it('sends one reminder to who has not answered, honours unsubscribe and the contact rule', async () => {
    const bobBefore = mailsTo('bob@example.com').length;
    centric.clock.advance(24 * HOUR);
    const swept = await runVoiceSweep(centric.deps);
    expect(swept.reminders).toBe(2); // Bob and Claire; Ann answered
    await delivered();
    expect(mailsTo('bob@example.com')).toHaveLength(bobBefore + 1);
    expect(mailsTo('bob@example.com').at(-1)).toMatch(/Reminder/);
    expect(mailsTo('claire@example.fr').at(-1)).toMatch(/Rappel/);
    expect((await runVoiceSweep(centric.deps)).reminders).toBe(0);

    const bobToken = linkIn(mailsTo('bob@example.com')[0]!);
    const form = await centric.app.inject({
      method: 'POST',
      url: `/s/${bobToken}/unsubscribe`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/no more surveys/);
    centric.clock.advance(40 * 24 * HOUR);
    const again = await api('POST', `/api/v1/surveys/${ids.survey}/invitations`, {
      customerIds: [ids.quiet, ids.customer],
    });
    expect(again.body).toMatchObject({
      invited: 1,
      skipped: [{ email: 'bob@example.com', reason: 'unsubscribed' }],
    });
    const tooSoon = await api('POST', `/api/v1/surveys/${ids.survey}/invitations`, {
      customerIds: [ids.customer],
    });
    expect(tooSoon.body).toMatchObject({ invited: 0, skipped: [{ email: 'ann@example.com' }] });
  });

  it('answers through an anonymous link and a website widget, attributed to the link’s unit', async () => {
    const link = await api('POST', `/api/v1/surveys/${ids.survey}/links`, {
      kind: 'widget',
      unitId: ids.store,
    });
    expect(link.status, link.raw).toBe(201);
    expect(link.body.snippet).toMatch(
      /<script async src="http:\/\/localhost:3999\/s\/widget\/.+\.js"><\/script>/,
    );
    const token = /\/s\/([^/]+)$/.exec(link.body.url as string)![1]!;
    const widget = await centric.app.inject({ method: 'GET', url: `/s/widget/${token}.js` });
    expect(widget.statusCode).toBe(200);
    const page = await centric.app.inject({
      method: 'GET',
      url: `/s/${token}`,
      headers: { 'accept-language': 'fr-CA,en;q=0.5' },
    });
    expect(page.body).toMatch(/lang="fr"/);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors \*/);
    const first = await answer(token, { submissionId: 'anon-00001', score: 9, language: 'fr' });
    const second = await answer(token, { submissionId: 'anon-00002', score: 10 });
    expect(first.json().responseId).not.toBe(second.json().responseId);
    const listed = await api('GET', `/api/v1/responses?surveyId=${ids.survey}&scoreMin=9`);
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.items![0]).toMatchObject({ source: 'widget', unitId: ids.store });
    const bad = await centric.app.inject({
      method: 'GET',
      url: '/s/not-a-real-token-at-all-0000000000000000000',
    });
    expect(bad.statusCode).toBe(404);
    const outOfRange = await answer(token, { submissionId: 'anon-00003', score: 11 });
    expect(outOfRange.statusCode).toBe(400);
  });
});
