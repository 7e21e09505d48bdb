import { type Action, PERMISSIONS } from '@centric/core/access/permissions';
import { ROLES, type Role, roleAtLeast } from '@centric/core/organisation/roles';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startTestCentric, type TestCentric } from '../support/test-centric';

/**
 * Walks every /api/v1 route of the OpenAPI document: each must refuse another organisation's data and every
 * role below its level. The table below must name every route, so a new route cannot skip this test.
 */
const ROUTES: Record<
  string,
  {
    action: Action | 'self';
    body?: (ids: Ids) => unknown;
    /** Statuses that also prove the caller was let in: a business rule answering after the role check. */
    passed?: number[];
  }
> = {
  'GET /api/v1/me': { action: 'self' },
  'POST /api/v1/organisations': { action: 'self' },
  'GET /api/v1/organisation': { action: 'organisation.read' },
  'PATCH /api/v1/organisation': { action: 'organisation.update', body: () => ({ name: 'Renamed' }) },
  'POST /api/v1/api-keys': { action: 'apiKey.create', body: () => ({ name: 'k' }) },
  'GET /api/v1/audit': { action: 'audit.read' },
  'GET /api/v1/outbox': { action: 'outbox.read' },
  'GET /api/v1/units': { action: 'unit.read' },
  'POST /api/v1/units': { action: 'unit.write', body: () => ({ name: 'New unit', kind: 'team' }) },
  'GET /api/v1/units/{id}': { action: 'unit.read' },
  'PATCH /api/v1/units/{id}': { action: 'unit.write', body: () => ({ name: 'Renamed unit' }) },
  'DELETE /api/v1/units/{id}': { action: 'unit.write' },
  'GET /api/v1/people': { action: 'person.read' },
  'GET /api/v1/people/{id}': { action: 'person.read' },
  'PATCH /api/v1/people/{id}': { action: 'person.update', body: () => ({ title: 'Changed' }) },
  'POST /api/v1/people/invitations': {
    action: 'person.invite',
    body: () => ({ email: `new-${Math.random()}@example.com`, name: 'New person' }),
  },
  'POST /api/v1/invitations/accept': { action: 'self' },
  'GET /api/v1/customers': { action: 'customer.read' },
  'POST /api/v1/customers': { action: 'customer.write', body: () => ({ name: 'New customer' }) },
  'GET /api/v1/customers/{id}': { action: 'customer.read' },
  'PATCH /api/v1/customers/{id}': { action: 'customer.write', body: () => ({ name: 'Renamed customer' }) },
  'GET /api/v1/segments': { action: 'catalogue.read' },
  'POST /api/v1/segments': { action: 'catalogue.write', body: () => ({ name: `Segment ${Math.random()}` }) },
  'GET /api/v1/channels': { action: 'catalogue.read' },
  'POST /api/v1/channels': { action: 'catalogue.write', body: () => ({ name: `Channel ${Math.random()}` }) },
  'GET /api/v1/touchpoints': { action: 'catalogue.read' },
  'POST /api/v1/touchpoints': {
    action: 'catalogue.write',
    body: (ids) => ({ channelId: ids.channel, name: `Touchpoint ${Math.random()}` }),
  },
  'GET /api/v1/surveys': { action: 'survey.read' },
  'POST /api/v1/surveys': { action: 'survey.write', body: () => ({ name: 'New survey', kind: 'nps' }) },
  'GET /api/v1/surveys/{id}': { action: 'survey.read' },
  'PATCH /api/v1/surveys/{id}': { action: 'survey.write', body: () => ({ name: 'Renamed survey' }) },
  'GET /api/v1/responses': { action: 'response.read' },
  'POST /api/v1/responses': { action: 'response.write', body: (ids) => ({ surveyId: ids.survey, score: 9 }) },
  'GET /api/v1/responses/{id}': { action: 'response.read' },
  'PATCH /api/v1/responses/{id}': { action: 'response.write', body: () => ({ comment: 'edited' }) },
  'DELETE /api/v1/responses/{id}': { action: 'response.write' },
  'GET /api/v1/transactions': { action: 'transaction.read' },
  'GET /api/v1/metrics/{metric}': { action: 'metric.read' },
  'GET /api/v1/metrics/{metric}/comparison': { action: 'metric.read' },
  'POST /api/v1/transactions': {
    action: 'transaction.write',
    body: (ids) => ({ customerId: ids.customer, occurredAt: '2026-10-01T10:00:00Z', amount: 12.5 }),
  },
  'GET /api/v1/direction/visions': { action: 'vision.read' },
  // The seeded draft stays open, so a second draft is refused once the role check has passed.
  'POST /api/v1/direction/visions': { action: 'vision.write', body: () => VISION, passed: [409] },
  'PUT /api/v1/direction/visions/{id}': { action: 'vision.write', body: () => VISION },
  'POST /api/v1/direction/visions/{id}/comments': {
    action: 'vision.comment',
    body: () => ({ body: 'Why?' }),
  },
  'POST /api/v1/direction/vision-comments/{id}/answer': {
    action: 'vision.write',
    body: () => ({ answer: 'Because.' }),
  },
  'GET /api/v1/direction/announcements': { action: 'vision.read' },
  'GET /api/v1/direction/initiatives': { action: 'initiative.read' },
  'POST /api/v1/direction/initiatives': { action: 'initiative.write', body: () => INITIATIVE },
  'GET /api/v1/direction/initiatives/{id}': { action: 'initiative.read' },
  'PATCH /api/v1/direction/initiatives/{id}': {
    action: 'initiative.write',
    body: () => ({ title: 'Renamed' }),
  },
  'GET /api/v1/direction/wins': { action: 'initiative.read' },
  'GET /api/v1/direction/goals': { action: 'goal.read' },
  'POST /api/v1/direction/goals': { action: 'goal.write', body: (ids) => ({ ...GOAL, unitId: ids.unit }) },
  'GET /api/v1/direction/standings': { action: 'goal.read' },
  'GET /api/v1/direction/my-part': { action: 'initiative.read' },
  'GET /api/v1/direction/incentive-plans': { action: 'incentive.read' },
  'POST /api/v1/direction/incentive-plans': { action: 'incentive.write', body: () => PLAN },
  'POST /api/v1/direction/incentive-plans/{id}/simulation': {
    action: 'incentive.read',
    body: () => ({ actuals: { nps: 25 } }),
  },
  // Last of the vision routes: the comments above are unanswered, so publishing is refused after the check.
  'POST /api/v1/direction/visions/{id}/publish': { action: 'vision.write', passed: [409] },
};

const VISION = {
  statement: 'Every customer leaves happier.',
  pillars: [{ key: 'service', name: 'Service', description: '' }],
};
const PLAN = {
  name: 'Store managers',
  role: 'manager',
  pool: 1000,
  components: [{ metric: 'nps', weight: 1, threshold: 20, target: 30 }],
};
const GOAL = {
  title: 'Store NPS',
  target: { metric: 'nps', target: 40, startDate: '2026-10-01', dueDate: '2026-12-31' },
};
const INITIATIVE = {
  pillarKey: 'service',
  title: 'Call back detractors',
  kind: 'quick-win',
  target: { metric: 'nps', target: 40, startDate: '2026-10-01', dueDate: '2026-12-31' },
};

interface Ids {
  unit: string;
  person: string;
  customer: string;
  channel: string;
  survey: string;
  response: string;
  vision: string;
  comment: string;
  initiative: string;
  plan: string;
}

/** Creates one of each resource in an organisation through the API, as its owner. */
async function seed(centric: TestCentric, cookie: string): Promise<Ids> {
  const post = async (url: string, payload: unknown) => {
    const r = await centric.app.inject({
      method: 'POST',
      url,
      headers: { cookie, origin: ORIGIN },
      payload: payload as object,
    });
    expect(r.statusCode, `${url}: ${r.body}`).toBe(201);
    return r.json() as { id: string; person?: { id: string } };
  };
  const unit = await post('/api/v1/units', { name: 'Store 1', kind: 'store' });
  const invited = await post('/api/v1/people/invitations', {
    email: `p-${Math.random()}@example.com`,
    name: 'Pat',
    unitId: unit.id,
  });
  const segment = await post('/api/v1/segments', { name: 'Loyal' });
  const customer = await post('/api/v1/customers', {
    name: 'Cus Tomer',
    segmentId: segment.id,
    homeUnitId: unit.id,
  });
  const channel = await post('/api/v1/channels', { name: 'Store' });
  const survey = await post('/api/v1/surveys', { name: 'NPS', kind: 'nps', status: 'live' });
  const response = await post('/api/v1/responses', {
    surveyId: survey.id,
    score: 3,
    comment: 'slow',
    customerId: customer.id,
    unitId: unit.id,
    channelId: channel.id,
  });
  await post('/api/v1/transactions', {
    customerId: customer.id,
    occurredAt: '2026-10-01T10:00:00Z',
    amount: 30,
  });
  const vision = await post('/api/v1/direction/visions', VISION);
  const commented = (await post(`/api/v1/direction/visions/${vision.id}/comments`, {
    body: 'How?',
  })) as unknown as {
    comments: { id: string }[];
  };
  const initiative = await post('/api/v1/direction/initiatives', INITIATIVE);
  const plan = await post('/api/v1/direction/incentive-plans', PLAN);
  return {
    vision: vision.id,
    comment: commented.comments[0]!.id,
    initiative: initiative.id,
    plan: plan.id,
    unit: unit.id,
    person: invited.person!.id,
    customer: customer.id,
    channel: channel.id,
    survey: survey.id,
    response: response.id,
  };
}

function fill(path: string, id: string): string {
  return path.replace('{id}', id).replace('{metric}', 'nps');
}

function idFor(path: string, ids: Ids): string {
  if (path.includes('/units/')) return ids.unit;
  if (path.includes('/people/')) return ids.person;
  if (path.includes('/customers/')) return ids.customer;
  if (path.includes('/surveys/')) return ids.survey;
  if (path.includes('/responses/')) return ids.response;
  if (path.includes('/visions/')) return ids.vision;
  if (path.includes('/vision-comments/')) return ids.comment;
  if (path.includes('/initiatives/')) return ids.initiative;
  if (path.includes('/incentive-plans/')) return ids.plan;
  return '';
}

describe.each(testEngines())('access control on every route (%s)', (engine) => {
  let centric: TestCentric;
  let a: Awaited<ReturnType<TestCentric['organisation']>>;
  let b: Awaited<ReturnType<TestCentric['organisation']>>;
  let idsA: Ids;
  let idsB: Ids;
  let routes: string[];

  beforeAll(async () => {
    centric = await startTestCentric(engine);
    a = await centric.organisation('org-a');
    b = await centric.organisation('org-b');
    idsA = await seed(centric, a.ownerCookie);
    idsB = await seed(centric, b.ownerCookie);
    const doc = (await centric.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
  });
  afterAll(async () => {
    await centric?.close();
  });

  it('knows every route of the API', () => {
    const v1 = routes.filter((r) => r.includes('/api/v1/'));
    expect(v1.length).toBeGreaterThan(30);
    expect(v1.filter((r) => !(r in ROUTES))).toEqual([]);
  });

  it('never shows or changes another organisation’s records', async () => {
    for (const route of Object.keys(ROUTES)) {
      const [method, path] = route.split(' ') as [string, string];
      if (!path.includes('{id}')) continue;
      const url = fill(path, idFor(path, idsA));
      const spec = ROUTES[route]!;
      const r = await centric.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: b.ownerCookie, origin: ORIGIN },
        ...(spec.body ? { payload: spec.body(idsB) as object } : {}),
      });
      expect(
        [403, 404],
        `${route} as another organisation's owner answered ${r.statusCode}: ${r.body}`,
      ).toContain(r.statusCode);
    }
  });

  it('lists only the caller’s own organisation', async () => {
    const aIds = new Set(Object.values(idsA));
    for (const route of Object.keys(ROUTES)) {
      const [method, path] = route.split(' ') as [string, string];
      if (method !== 'GET' || path.includes('{id}')) continue;
      const r = await centric.app.inject({
        method: 'GET',
        url: fill(path, ''),
        headers: { cookie: b.ownerCookie },
      });
      expect(r.statusCode, `${route}: ${r.body}`).toBe(200);
      const leaked = [...aIds].filter((id) => r.body.includes(id));
      expect(leaked, `${route} leaked organisation A's records`).toEqual([]);
    }
  });

  it('refuses ids of another organisation inside request bodies', async () => {
    const r = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/responses',
      headers: { cookie: b.ownerCookie, origin: ORIGIN },
      payload: { surveyId: idsB.survey, score: 5, customerId: idsA.customer },
    });
    expect(r.statusCode).toBe(400);
    const t = await centric.app.inject({
      method: 'POST',
      url: '/api/v1/transactions',
      headers: { cookie: b.ownerCookie, origin: ORIGIN },
      payload: { customerId: idsA.customer, occurredAt: '2026-10-01T10:00:00Z', amount: 5 },
    });
    expect(t.statusCode).toBe(400);
  });

  it('refuses every role below each route’s level, and lets the level in', async () => {
    const cookies = {} as Record<Role, string>;
    for (const role of ROLES)
      cookies[role] =
        role === 'owner' ? a.ownerCookie : (await centric.person(a.id, role, { unitId: idsA.unit })).cookie;
    for (const [route, spec] of Object.entries(ROUTES)) {
      if (spec.action === 'self') continue;
      const [method, path] = route.split(' ') as [string, string];
      const minimum = PERMISSIONS[spec.action];
      for (const role of ROLES) {
        // Deleting succeeds only once; check refusals on DELETE, and the allowed level elsewhere.
        const allowed = roleAtLeast(role, minimum);
        if (allowed && method === 'DELETE') continue;
        const r = await centric.app.inject({
          method: method as 'GET',
          url: fill(path, idFor(path, idsA)),
          headers: { cookie: cookies[role], origin: ORIGIN },
          ...(spec.body ? { payload: spec.body(idsA) as object } : {}),
        });
        if (allowed && spec.passed?.includes(r.statusCode)) continue;
        if (allowed) expect(r.statusCode, `${route} as ${role}: ${r.body}`).toBeLessThan(300);
        else expect(r.statusCode, `${route} as ${role} should be refused: ${r.body}`).toBe(403);
      }
    }
  });

  it('answers 401 without a session or key', async () => {
    for (const route of Object.keys(ROUTES)) {
      const [method, path] = route.split(' ') as [string, string];
      if (route === 'POST /api/v1/invitations/accept') continue;
      const r = await centric.app.inject({
        method: method as 'GET',
        url: fill(path, idFor(path, idsA)),
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      });
      expect(r.statusCode, `${route} unauthenticated answered ${r.statusCode}`).toBe(401);
      expect(r.json().error.code).toBe('unauthenticated');
    }
  });
});
