import { type Action, PERMISSIONS } from '@centric/core/access/permissions';
import { ROLES, type Role, roleAtLeast } from '@centric/core/organisation/roles';
import { testEngines } from '@centric/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVALUATE_JOB } from '../../src/cases/case-opener';
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
  'GET /api/v1/api-keys': { action: 'apiKey.create' },
  'DELETE /api/v1/api-keys/{id}': { action: 'apiKey.create' },
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
  'POST /api/v1/responses/imports': { action: 'response.import', body: () => 'responded_at,score,survey\n' },
  'POST /api/v1/responses/imports/preview': {
    action: 'response.import',
    body: () => 'responded_at,score,survey\n',
  },
  'GET /api/v1/responses/imports': { action: 'response.import' },
  // The id filled in is a response's, not an import's: let in, then not found.
  'GET /api/v1/responses/imports/{id}': { action: 'response.import', passed: [404] },
  'PATCH /api/v1/responses/{id}': { action: 'response.write', body: () => ({ comment: 'edited' }) },
  'DELETE /api/v1/responses/{id}': { action: 'response.write' },
  'GET /api/v1/surveys/{id}/links': { action: 'survey.read' },
  'POST /api/v1/surveys/{id}/links': { action: 'survey.write', body: () => ({ kind: 'link' }) },
  'GET /api/v1/surveys/{id}/invitations': { action: 'survey.invite' },
  'POST /api/v1/surveys/{id}/invitations': {
    action: 'survey.invite',
    body: (ids) => ({ customerIds: [ids.customer] }),
  },
  'GET /api/v1/voice/settings': { action: 'case.read' },
  'PUT /api/v1/voice/settings': {
    action: 'voice.settings',
    body: () => ({
      caseRules: { npsAtMost: 6, csatAtMost: 2, cesAtLeast: 5, slaHours: 48, rootCauses: ['Other'] },
      reminderDays: 3,
      contactEveryDays: 30,
      editMinutes: 30,
    }),
  },
  'GET /api/v1/cases': { action: 'case.read' },
  'GET /api/v1/cases/stats': { action: 'case.read' },
  'GET /api/v1/cases/{id}': { action: 'case.read' },
  'PATCH /api/v1/cases/{id}': { action: 'case.write', body: () => ({ note: 'Called the customer' }) },
  'GET /api/v1/webhooks': { action: 'webhook.manage' },
  'POST /api/v1/webhooks': { action: 'webhook.manage', body: () => ({ url: 'https://example.com/hook' }) },
  'DELETE /api/v1/webhooks/{id}': { action: 'webhook.manage' },
  'GET /api/v1/webhooks/{id}/deliveries': { action: 'webhook.manage' },
  'GET /api/v1/transactions': { action: 'transaction.read' },
  'GET /api/v1/metrics/{metric}': { action: 'metric.read' },
  'GET /api/v1/metrics/{metric}/comparison': { action: 'metric.read' },
  'POST /api/v1/transactions': {
    action: 'transaction.write',
    body: (ids) => ({ customerId: ids.customer, occurredAt: '2026-10-01T10:00:00Z', amount: 12.5 }),
  },
  'GET /api/v1/text/codeframe': { action: 'text.read' },
  'POST /api/v1/text/codeframe/changes': {
    action: 'text.curate',
    body: () => ({ change: { kind: 'add', name: `Theme ${Math.random()}`, terms: ['parking'] } }),
  },
  'GET /api/v1/text/proposals': { action: 'text.read' },
  'POST /api/v1/text/reanalysis': { action: 'text.curate', body: () => ({}) },
  'GET /api/v1/text/themes': { action: 'text.read' },
  'GET /api/v1/text/themes/top': { action: 'text.read' },
  'GET /api/v1/text/trends': { action: 'text.read' },
  'POST /api/v1/transactions/import': {
    action: 'transaction.write',
    body: (ids) => ({ csv: `customer_id,date,amount\n${ids.customer},2026-10-02,5\n`, dryRun: true }),
  },
  'GET /api/v1/clv': { action: 'clv.read' },
  'POST /api/v1/clv/refit': { action: 'clv.refit', body: () => ({}) },
  'GET /api/v1/clv/segments/{id}': { action: 'clv.read' },
  'GET /api/v1/customers/{id}/value': { action: 'clv.read' },
  'GET /api/v1/behaviours': { action: 'behaviour.read' },
  'POST /api/v1/behaviours': {
    action: 'behaviour.write',
    body: () => ({ name: `Behaviour ${Math.random()}`, cadence: 'monthly', evidenceKind: 'new_focus' }),
  },
  'PATCH /api/v1/behaviours/{id}': { action: 'behaviour.write', body: () => ({ evidenceHint: 'changed' }) },
  'GET /api/v1/commitments': { action: 'commitment.read' },
  // Each role's person commits themselves to a behaviour nobody has committed to yet, so none is a duplicate.
  'POST /api/v1/commitments': {
    action: 'commitment.write',
    body: (ids) => ({ behaviourId: ids.openBehaviour }),
  },
  // Pausing, resuming and ending are for the leader themself (or an admin): tested in leaders.test.ts.
  'POST /api/v1/commitments/{id}/pause': { action: 'self', body: () => ({ reason: 'leave' }) },
  'POST /api/v1/commitments/{id}/resume': { action: 'self', body: () => ({}) },
  'POST /api/v1/commitments/{id}/end': { action: 'self', body: () => ({ reason: 'done' }) },
  'GET /api/v1/evidence': { action: 'evidence.read' },
  // Evidence is logged for one's own commitment, and confirmed only by a participant: tested in leaders.test.ts.
  'POST /api/v1/evidence': {
    action: 'self',
    body: (ids) => ({
      commitmentId: ids.commitment,
      kind: 'new_focus',
      occurredOn: '2026-10-01',
      summary: 'Started a pilot',
      details: { type: 'pilot' },
    }),
  },
  'POST /api/v1/evidence/{id}/confirm': { action: 'self' },
  'GET /api/v1/decisions': { action: 'decision.read' },
  'POST /api/v1/decisions': { action: 'decision.write', body: () => ({ title: 'A decision' }) },
  'GET /api/v1/decisions/{id}': { action: 'decision.read' },
  'PATCH /api/v1/decisions/{id}': { action: 'self', body: () => ({ customerImpact: 'positive' }) },
  'GET /api/v1/feedback-reviews': { action: 'feedbackReview.read' },
  'POST /api/v1/feedback-reviews': {
    action: 'feedbackReview.write',
    body: (ids) => ({
      heldOn: '2026-10-01',
      feedbackDiscussed: 'October comments',
      attendees: [{ personId: ids.person, attended: true }],
    }),
  },
  'GET /api/v1/feedback-reviews/{id}': { action: 'feedbackReview.read' },
  'GET /api/v1/action-items': { action: 'actionItem.read' },
  'POST /api/v1/action-items': {
    action: 'actionItem.write',
    body: (ids) => ({ title: 'Call the customer back', ownerId: ids.person }),
  },
  'PATCH /api/v1/action-items/{id}': { action: 'actionItem.write', body: () => ({ state: 'in_progress' }) },
  'GET /api/v1/leaders/walker-index': { action: 'walker.read' },
  'GET /api/v1/leaders/board': { action: 'walker.read' },
  'GET /api/v1/leaders/teams': { action: 'walker.read' },
  'GET /api/v1/leaders/walker-rules': { action: 'walker.read' },
  'PUT /api/v1/leaders/walker-rules': {
    action: 'walker.configure',
    body: () => ({
      unconfirmedGraceDays: 30,
      unconfirmedWeight: 0.5,
      lateLoggingDays: 31,
      walkingAt: 0.8,
      slippingAt: 0.5,
      reviewCycleMonths: 6,
      minimumActiveShare: 0.5,
    }),
  },
  'GET /api/v1/leaders/{personId}': { action: 'walker.read' },
  'GET /api/v1/leave': { action: 'leave.read' },
  // Each role's person records their own leave (recording it for a colleague is tested in leader-records.test.ts).
  'POST /api/v1/leave': {
    action: 'leave.write',
    body: () => ({ startsOn: '2026-12-01', endsOn: '2026-12-05' }),
  },
  'DELETE /api/v1/leave/{id}': { action: 'leave.write' },
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
  'PATCH /api/v1/direction/goals/{id}': { action: 'goal.write', body: () => ({ weight: 2 }) },
  'DELETE /api/v1/direction/goals/{id}': { action: 'goal.write' },
  'GET /api/v1/direction/standings': { action: 'goal.read' },
  'GET /api/v1/direction/my-part': { action: 'initiative.read' },
  'GET /api/v1/direction/incentive-plans': { action: 'incentive.read' },
  'POST /api/v1/direction/incentive-plans': { action: 'incentive.write', body: () => PLAN },
  'PUT /api/v1/direction/incentive-plans/{id}': { action: 'incentive.write', body: () => PLAN },
  'GET /api/v1/direction/incentive-actuals': { action: 'incentive.read' },
  'GET /api/v1/direction/review-cycles': { action: 'reviewCycle.read' },
  'POST /api/v1/direction/review-cycles': {
    action: 'reviewCycle.manage',
    body: () => ({ kind: 'year', year: 2027 }),
  },
  'GET /api/v1/direction/review-cycles/{id}': { action: 'reviewCycle.read' },
  // The seeded cycle's leaders are open and the CEO's review is not complete: both are refused after the check.
  'POST /api/v1/direction/review-cycles/{id}/open-leaders': { action: 'reviewCycle.manage', passed: [409] },
  'POST /api/v1/direction/review-cycles/{id}/open-everyone': { action: 'reviewCycle.manage', passed: [409] },
  'GET /api/v1/direction/reviews': { action: 'review.read' },
  // The seeded review is the owner's: others are let past the role check and refused as not theirs (403).
  'GET /api/v1/direction/reviews/{id}': { action: 'review.read', passed: [403] },
  'PUT /api/v1/direction/reviews/{id}/self': {
    action: 'review.write',
    body: () => ({ rating: 3, text: 'draft' }),
    passed: [403],
  },
  'PUT /api/v1/direction/reviews/{id}/manager': {
    action: 'review.write',
    body: () => ({ rating: 3, text: 'draft' }),
    passed: [403],
  },
  'POST /api/v1/direction/reviews/{id}/sign-off': { action: 'review.write', passed: [403, 409] },
  'POST /api/v1/direction/incentive-plans/{id}/simulation': {
    action: 'incentive.read',
    body: () => ({ actuals: { nps: 25 } }),
  },
  // Last of the vision routes: the comments above are unanswered, so publishing is refused after the check.
  'POST /api/v1/direction/visions/{id}/publish': { action: 'vision.write', passed: [409] },
  // Last: closing the seeded cycle succeeds once, then answers 409.
  'POST /api/v1/direction/review-cycles/{id}/close': { action: 'reviewCycle.manage', passed: [409] },
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
  case: string;
  webhook: string;
  apiKey: string;
  segment: string;
  behaviour: string;
  openBehaviour: string;
  commitment: string;
  evidence: string;
  decision: string;
  feedbackReview: string;
  actionItem: string;
  leave: string;
  vision: string;
  comment: string;
  initiative: string;
  plan: string;
  goal: string;
  cycle: string;
  review: string;
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
  const key = await post('/api/v1/api-keys', { name: 'seeded' });
  const behaviour = await post('/api/v1/behaviours', {
    name: 'Start a pilot',
    cadence: 'quarterly',
    evidenceKind: 'new_focus',
  });
  const openBehaviour = await post('/api/v1/behaviours', {
    name: 'Reply to a review',
    cadence: 'monthly',
    evidenceKind: 'online_engagement',
  });
  const commitment = await post('/api/v1/commitments', { behaviourId: behaviour.id, startsOn: '2026-09-01' });
  const evidence = await post('/api/v1/evidence', {
    commitmentId: commitment.id,
    kind: 'new_focus',
    occurredOn: '2026-10-01',
    summary: 'Started a click-and-collect pilot',
    participantIds: [invited.person!.id],
    details: { type: 'pilot' },
  });
  const decision = await post('/api/v1/decisions', { title: 'Open on Sundays', unitIds: [unit.id] });
  const feedbackReview = await post('/api/v1/feedback-reviews', {
    heldOn: '2026-10-01',
    feedbackDiscussed: 'Store 1 comments',
    attendees: [{ personId: invited.person!.id, attended: true }],
  });
  const actionItem = await post('/api/v1/action-items', {
    title: 'Fix the door',
    ownerId: invited.person!.id,
  });
  const leave = await post('/api/v1/leave', {
    personId: invited.person!.id,
    startsOn: '2026-08-01',
    endsOn: '2026-08-14',
  });
  const webhook = await post('/api/v1/webhooks', { url: 'https://example.com/seeded' });
  await centric.deps.jobs.drain(CASE_EVALUATE_JOB);
  const cases = await centric.app.inject({ method: 'GET', url: '/api/v1/cases', headers: { cookie } });
  const vision = await post('/api/v1/direction/visions', VISION);
  const commented = (await post(`/api/v1/direction/visions/${vision.id}/comments`, {
    body: 'How?',
  })) as unknown as {
    comments: { id: string }[];
  };
  const initiative = await post('/api/v1/direction/initiatives', INITIATIVE);
  const plan = await post('/api/v1/direction/incentive-plans', PLAN);
  const goal = await post('/api/v1/direction/goals', { ...GOAL, unitId: unit.id });
  const me = await centric.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
  const ownerId = (me.json() as { memberships: { personId: string }[] }).memberships[0]!.personId;
  const named = await centric.app.inject({
    method: 'PATCH',
    url: '/api/v1/organisation',
    headers: { cookie, origin: ORIGIN },
    payload: { ceoPersonId: ownerId },
  });
  expect(named.statusCode, named.body).toBe(200);
  const cycle = await post('/api/v1/direction/review-cycles', { kind: 'quarter', year: 2026, quarter: 4 });
  const opened = await centric.app.inject({
    method: 'POST',
    url: `/api/v1/direction/review-cycles/${cycle.id}/open-leaders`,
    headers: { cookie, origin: ORIGIN },
    payload: {},
  });
  expect(opened.statusCode, opened.body).toBe(200);
  const reviews = await centric.app.inject({
    method: 'GET',
    url: '/api/v1/direction/reviews',
    headers: { cookie },
  });
  const review = (reviews.json() as { mine: { id: string }[] }).mine[0]!;
  return {
    goal: goal.id,
    cycle: cycle.id,
    review: review.id,
    webhook: webhook.id,
    case: (cases.json() as { items: { id: string }[] }).items[0]!.id,
    apiKey: key.id,
    behaviour: behaviour.id,
    openBehaviour: openBehaviour.id,
    commitment: commitment.id,
    evidence: evidence.id,
    decision: decision.id,
    feedbackReview: feedbackReview.id,
    actionItem: actionItem.id,
    leave: leave.id,
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
    segment: segment.id,
  };
}

function fill(path: string, id: string): string {
  return path.replace('{id}', id).replace('{metric}', 'nps').replace('{personId}', id);
}

function idFor(path: string, ids: Ids): string {
  if (path.includes('/segments/')) return ids.segment;
  if (path.includes('/units/')) return ids.unit;
  if (path.includes('/people/')) return ids.person;
  if (path.includes('/customers/')) return ids.customer;
  if (path.includes('/surveys/')) return ids.survey;
  if (path.includes('/responses/')) return ids.response;
  if (path.includes('/cases/')) return ids.case;
  if (path.includes('/webhooks/')) return ids.webhook;
  if (path.includes('/api-keys/')) return ids.apiKey;
  if (path.includes('/behaviours/')) return ids.behaviour;
  if (path.includes('/commitments/')) return ids.commitment;
  if (path.includes('/evidence/')) return ids.evidence;
  if (path.includes('/decisions/')) return ids.decision;
  if (path.includes('/feedback-reviews/')) return ids.feedbackReview;
  if (path.includes('/action-items/')) return ids.actionItem;
  if (path.includes('/leave/')) return ids.leave;
  if (path.includes('/leaders/{personId}')) return ids.person;
  if (path.includes('/visions/')) return ids.vision;
  if (path.includes('/vision-comments/')) return ids.comment;
  if (path.includes('/initiatives/')) return ids.initiative;
  if (path.includes('/incentive-plans/')) return ids.plan;
  if (path.includes('/goals/')) return ids.goal;
  if (path.includes('/review-cycles/')) return ids.cycle;
  if (path.includes('/direction/reviews/')) return ids.review;
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
      if (!/\{(id|personId)\}/.test(path)) continue;
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
      if (method !== 'GET' || /\{(id|personId)\}/.test(path)) continue;
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
    // Five roles on every route: several hundred requests on a shared 2-core machine.
  }, 300_000);

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
