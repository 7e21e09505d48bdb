import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

const QUESTIONS = [
  {
    id: 'speed',
    type: 'rating',
    text: { en: 'How fast were we?', fr: 'Étions-nous rapides ?' },
    min: 1,
    max: 5,
  },
  {
    id: 'visit',
    type: 'choice',
    text: { en: 'Why did you come?' },
    options: [
      { id: 'buy', text: { en: 'To buy', fr: 'Acheter' } },
      { id: 'return', text: { en: 'To return something', fr: 'Rendre un article' } },
    ],
    multiple: false,
  },
  { id: 'idea', type: 'text', text: { en: 'One idea for us?', fr: 'Une idée pour nous ?' } },
];

describe.each(testEngines())('surveys: texts, targets, questions and invitation previews (%s)', (engine) => {
  let centric: TestCentric;
  let owner: string;
  let ids: { store: string; other: string; channel: string; survey: string };

  const api = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const r = await centric.app.inject({
      method,
      url,
      headers: { cookie: owner, origin: ORIGIN },
      ...(payload ? { payload: payload as object } : {}),
    });
    return { status: r.statusCode, body: r.json() as Record<string, unknown> & { items?: unknown[] } };
  };

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    owner = (await centric.organisation('surveys')).ownerCookie;
    const store = (await api('POST', '/api/v1/units', { name: 'Store 1', kind: 'store' })).body.id as string;
    const other = (await api('POST', '/api/v1/units', { name: 'Store 2', kind: 'store' })).body.id as string;
    const channel = (await api('POST', '/api/v1/channels', { name: 'In store' })).body.id as string;
    ids = { store, other, channel, survey: '' };
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('creates a draft with its own texts, targets and questions, and refuses bad ones', async () => {
    const created = await api('POST', '/api/v1/surveys', {
      name: 'Store visit',
      kind: 'csat',
      questions: QUESTIONS,
      texts: { en: { question: 'How was your visit to our store?', thanks: 'See you soon.' }, fr: {} },
      targets: { unitIds: [ids.store], channelIds: [ids.channel] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      responseCount: 0,
      targets: { unitIds: [ids.store], channelIds: [ids.channel], touchpointIds: [] },
    });
    ids.survey = created.body.id as string;
    const badTarget = await api('POST', '/api/v1/surveys', {
      name: 'x',
      kind: 'nps',
      targets: { unitIds: ['0190a0a0-0000-7000-8000-000000000000'] },
    });
    expect(badTarget.status).toBe(400);
    const badRating = await api('POST', '/api/v1/surveys', {
      name: 'x',
      kind: 'nps',
      questions: [{ id: 'r', type: 'rating', text: { en: 'R' }, min: 5, max: 1 }],
    });
    expect(badRating.status).toBe(400);
  });

  it('edits kind and questions only while draft, and never goes back from live', async () => {
    const edited = await api('PATCH', `/api/v1/surveys/${ids.survey}`, {
      kind: 'nps',
      texts: {
        en: { question: 'Would you recommend our store?', intro: 'Two minutes, no more.' },
        fr: { question: 'Recommanderiez-vous notre magasin ?' },
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.kind).toBe('nps');
    expect((await api('PATCH', `/api/v1/surveys/${ids.survey}`, { status: 'live' })).status).toBe(200);
    const late = await api('PATCH', `/api/v1/surveys/${ids.survey}`, { questions: [] });
    expect(late.status).toBe(409);
    expect((await api('PATCH', `/api/v1/surveys/${ids.survey}`, { kind: 'ces' })).status).toBe(409);
    expect((await api('PATCH', `/api/v1/surveys/${ids.survey}`, { status: 'draft' })).status).toBe(409);
    // Renaming and retexting stay possible on a live survey.
    expect((await api('PATCH', `/api/v1/surveys/${ids.survey}`, { name: 'Store visit 2026' })).status).toBe(
      200,
    );
  });

  it('keeps links within the targets', async () => {
    const outside = await api('POST', `/api/v1/surveys/${ids.survey}/links`, { unitId: ids.other });
    expect(outside.status).toBe(400);
    const inside = await api('POST', `/api/v1/surveys/${ids.survey}/links`, { unitId: ids.store });
    expect(inside.status).toBe(201);
  });

  it('asks the survey’s own questions in the customer’s language, English where a text is missing', async () => {
    const link = (await api('POST', `/api/v1/surveys/${ids.survey}/links`, { unitId: ids.store })).body;
    const token = /\/s\/([A-Za-z0-9_-]{43})$/.exec(link.url as string)![1]!;
    const fr = await centric.app.inject({
      method: 'GET',
      url: `/s/${token}`,
      headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' },
    });
    expect(fr.body).toContain('lang="fr"');
    expect(fr.body).toContain('Recommanderiez-vous notre magasin ?');
    expect(fr.body).toContain('Étions-nous rapides ?');
    expect(fr.body).toContain('Why did you come?'); // no French text: English
    expect(fr.body).toContain('Rendre un article');
    expect(fr.body).toContain('Two minutes, no more.'); // no French intro: English
    expect(fr.body).toContain('Quelle est la principale raison de votre note ?');
    const en = await centric.app.inject({ method: 'GET', url: `/s/${token}` });
    expect(en.body).toContain('lang="en"');
    expect(en.body).toContain('Would you recommend our store?');
    expect(en.body).toContain('How fast were we?');

    const post = (body: object) =>
      centric.app.inject({ method: 'POST', url: `/s/${token}/answer`, payload: body });
    const first = await post({ submissionId: 'sub-00000001', score: 9, language: 'fr' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await post({
      submissionId: 'sub-00000001',
      score: 9,
      comment: 'Très bien',
      language: 'fr',
      answers: { speed: 4, visit: 'return', idea: '  Plus de caisses  ' },
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().responseId).toBe(first.json().responseId);
    const stored = await api('GET', `/api/v1/responses/${first.json().responseId}`);
    expect(stored.body).toMatchObject({
      comment: 'Très bien',
      language: 'fr',
      answers: { speed: 4, visit: 'return', idea: 'Plus de caisses' },
    });
    for (const answers of [{ speed: 9 }, { visit: 'nope' }, { visit: ['buy', 'return'] }, { ghost: 'x' }]) {
      const bad = await post({ submissionId: 'sub-00000002', score: 8, answers });
      expect(bad.statusCode, JSON.stringify(answers)).toBe(400);
    }
    const listed = await api('GET', '/api/v1/surveys');
    const mine = (listed.body.items as { id: string; responseCount: number }[]).find(
      (s) => s.id === ids.survey,
    );
    expect(mine?.responseCount).toBe(1);
  });

  it('previews a contact CSV without sending, with the line of every skipped row', async () => {
    const csv =
      'email,name,language\nann@example.com,Ann,fr\nnot-an-address,X,en\n,Nobody,\nann@example.com,Ann again,\n';
    const preview = await api('POST', `/api/v1/surveys/${ids.survey}/invitations`, {
      contactsCsv: csv,
      dryRun: true,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    expect(preview.body).toMatchObject({
      invited: 0,
      recipients: [{ email: 'ann@example.com', name: 'Ann', language: 'fr' }],
      skipped: [
        { email: 'not-an-address', reason: 'not an e-mail address', line: 3 },
        { email: '', reason: 'no e-mail address', line: 4 },
        { email: 'ann@example.com', reason: 'listed twice', line: 5 },
      ],
    });
    expect((await api('GET', `/api/v1/surveys/${ids.survey}/invitations`)).body.items).toEqual([]);
    const sent = await api('POST', `/api/v1/surveys/${ids.survey}/invitations`, { contactsCsv: csv });
    expect(sent.body.invited).toBe(1);
    const outside = await api('POST', `/api/v1/surveys/${ids.survey}/invitations`, {
      contactsCsv: csv,
      unitId: ids.other,
    });
    expect(outside.status).toBe(400);
    const again = await api('POST', `/api/v1/surveys/${ids.survey}/invitations`, {
      contactsCsv: csv,
      dryRun: true,
    });
    expect(again.body.recipients).toEqual([]);
    expect((again.body.skipped as { reason: string }[])[0]!.reason).toMatch(/already invited/);
    const listed = await api('GET', `/api/v1/surveys/${ids.survey}/invitations`);
    expect(listed.body.items).toMatchObject([
      { email: 'ann@example.com', language: 'fr', unsubscribed: false },
    ]);
  });
});
