import { describe, expect, it } from 'vitest';
import {
  customerSectionProblems,
  cyclePeriod,
  cycleProgress,
  isReviewLeader,
  mayClose,
  mayOpenForEveryone,
  mayOpenLeaders,
  mayWritePart,
  type ReviewEvent,
  type ReviewState,
  reviewIsOpen,
  reviewTransition,
} from './review-cycle';

describe('cycle periods', () => {
  it.each([
    ['quarter', 2026, 1, '2026-01-01', '2026-03-31', '2026 Q1'],
    ['quarter', 2024, 1, '2024-01-01', '2024-03-31', '2024 Q1'],
    ['quarter', 2026, 2, '2026-04-01', '2026-06-30', '2026 Q2'],
    ['quarter', 2026, 4, '2026-10-01', '2026-12-31', '2026 Q4'],
    ['year', 2027, undefined, '2027-01-01', '2027-12-31', '2027'],
  ] as const)('%s %i Q%s runs %s to %s', (kind, year, quarter, start, end, label) => {
    expect(cyclePeriod(kind, year, quarter)).toEqual({ startDate: start, endDate: end, label });
  });
  it('refuses a quarter outside 1–4', () => {
    expect(() => cyclePeriod('quarter', 2026, 5)).toThrow(RangeError);
    expect(() => cyclePeriod('quarter', 2026)).toThrow(RangeError);
  });
});

describe('who is a leader', () => {
  it.each([
    [{ id: 'ceo', role: 'owner' }, true],
    [{ id: 'x', role: 'owner' }, true],
    [{ id: 'x', role: 'executive' }, true],
    [{ id: 'x', role: 'admin' }, false],
    [{ id: 'x', role: 'manager' }, false],
    [{ id: 'ceo', role: 'manager' }, true],
    [{ id: 'x', role: 'employee' }, false],
  ] as const)('%o: %s', (person, leader) => {
    expect(isReviewLeader(person, 'ceo')).toBe(leader);
  });
});

describe('who may open the cycle', () => {
  it.each([
    ['draft', 'ceo', null],
    ['draft', null, 'name the organisation’s CEO first'],
    ['leaders', 'ceo', 'already open'],
    ['everyone', 'ceo', 'already open'],
  ] as const)('leaders in %s with CEO %s', (phase, ceo, refusal) => {
    const r = mayOpenLeaders(phase, ceo);
    if (refusal === null) expect(r).toBeNull();
    else expect(r).toContain(refusal);
  });

  it.each([
    ['draft', 'complete', 'open the leaders’ reviews first'],
    ['leaders', null, 'the CEO has no review'],
    ['leaders', 'not-started', 'only when the CEO’s own review is complete (it is not started)'],
    ['leaders', 'self-done', 'only when the CEO’s own review is complete'],
    ['leaders', 'manager-done', 'only when the CEO’s own review is complete (it is manager done)'],
    ['leaders', 'complete', null],
    ['everyone', 'complete', 'already open to everyone'],
    ['closed', 'complete', 'already closed'],
  ] as const)('everyone in %s with the CEO’s review %s', (phase, ceoState, refusal) => {
    const r = mayOpenForEveryone(phase, ceoState);
    if (refusal === null) expect(r).toBeNull();
    else expect(r).toContain(refusal);
  });

  it.each([
    ['draft', 'never opened'],
    ['leaders', null],
    ['everyone', null],
    ['closed', 'already closed'],
  ] as const)('closing in %s', (phase, refusal) => {
    const r = mayClose(phase);
    if (refusal === null) expect(r).toBeNull();
    else expect(r).toContain(refusal);
  });

  it.each([
    ['draft', true, 'has not opened'],
    ['leaders', true, null],
    ['leaders', false, 'opens once the CEO’s review is complete'],
    ['everyone', false, null],
    ['everyone', true, null],
    ['closed', true, 'closed'],
  ] as const)('a review in %s (leader %s)', (phase, leader, refusal) => {
    const r = reviewIsOpen(phase, leader);
    if (refusal === null) expect(r).toBeNull();
    else expect(r).toContain(refusal);
  });
});

describe('review states', () => {
  const cases: [ReviewState, ReviewEvent, ReviewState | string][] = [
    ['not-started', 'submit-self', 'self-done'],
    ['self-done', 'submit-manager', 'manager-done'],
    ['manager-done', 'sign-off', 'complete'],
    ['not-started', 'submit-manager', 'follows the self assessment'],
    ['not-started', 'sign-off', 'only after both assessments'],
    ['self-done', 'sign-off', 'only after both assessments'],
    ['self-done', 'submit-self', 'already submitted'],
    ['manager-done', 'submit-manager', 'already submitted'],
    ['complete', 'submit-self', 'already submitted'],
    ['complete', 'sign-off', 'already complete'],
  ];
  it.each(cases)('%s + %s → %s', (state, event, expected) => {
    const r = reviewTransition(state, event);
    if (expected === 'self-done' || expected === 'manager-done' || expected === 'complete')
      expect(r).toEqual({ ok: true, state: expected });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.refusal).toContain(expected);
    }
  });
});

describe('who writes which part', () => {
  const review = { personId: 'pat', reviewerPersonId: 'boss' };
  const noManager = { personId: 'ceo', reviewerPersonId: null };
  it.each([
    [{ personId: 'pat', role: 'employee' }, review, 'self', null],
    [{ personId: 'boss', role: 'manager' }, review, 'self', 'only the person reviewed'],
    [{ personId: 'adm', role: 'admin' }, review, 'self', 'only the person reviewed'],
    [{ personId: 'boss', role: 'manager' }, review, 'manager', null],
    [{ personId: 'pat', role: 'employee' }, review, 'manager', 'your own review'],
    [{ personId: 'adm', role: 'admin' }, review, 'manager', 'only the reviewer'],
    [{ personId: 'other', role: 'manager' }, review, 'manager', 'only the reviewer'],
    [{ personId: 'adm', role: 'admin' }, noManager, 'manager', null],
    [{ personId: 'ceo', role: 'owner' }, noManager, 'manager', 'your own review'],
    [{ personId: 'exec', role: 'executive' }, noManager, 'manager', 'an admin writes'],
  ] as const)('%o on %o writes %s: %s', (actor, r, part, refusal) => {
    const result = mayWritePart(actor, r, part);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toContain(refusal);
  });
});

describe('the customer-objectives section is required', () => {
  const done = { rating: 4, comment: 'Detractors down from 30 % to 22 %' };
  const overall = { rating: 3, comment: 'A good quarter' };
  it.each([
    ['complete', [{ title: 'Fewer detractors', customer: true, assessment: done }], overall, []],
    ['no objectives at all', [], overall, ['at least one customer objective']],
    [
      'only a financial goal',
      [{ title: 'Revenue', customer: false, assessment: done }],
      overall,
      ['at least one customer objective'],
    ],
    [
      'an objective not rated',
      [{ title: 'NPS', customer: true, assessment: { rating: null, comment: 'ok' } }],
      overall,
      ['rate the customer objective “NPS”'],
    ],
    [
      'a rating out of range',
      [{ title: 'NPS', customer: true, assessment: { rating: 6, comment: 'ok' } }],
      overall,
      ['rate the customer objective “NPS”'],
    ],
    [
      'an objective without words',
      [{ title: 'NPS', customer: true, assessment: { rating: 3, comment: '  ' } }],
      overall,
      ['say what happened on the customer objective “NPS”'],
    ],
    [
      'an objective never assessed',
      [{ title: 'NPS', customer: true, assessment: null }],
      overall,
      ['rate the customer objective “NPS”', 'say what happened on the customer objective “NPS”'],
    ],
    [
      'no overall assessment',
      [{ title: 'NPS', customer: true, assessment: done }],
      { rating: null, comment: '' },
      ['give an overall rating', 'write the overall assessment'],
    ],
  ] as const)('%s', (_name, objectives, o, expected) => {
    const problems = customerSectionProblems(objectives, o);
    expect(problems).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(problems[i]).toContain(e);
  });
});

describe('cycle progress', () => {
  it('counts reviews per state', () => {
    const p = cycleProgress(['complete', 'complete', 'self-done', 'not-started']);
    expect(p).toEqual({
      total: 4,
      byState: { 'not-started': 1, 'self-done': 1, 'manager-done': 0, complete: 2 },
      completeShare: 0.5,
    });
    expect(cycleProgress([]).completeShare).toBe(0);
  });
});
