import { describe, expect, it } from 'vitest';
import { periodContaining } from './calendar';
import {
  type CommitmentFacts,
  combineScores,
  type DecisionFacts,
  dueThisMonth,
  type EvidenceFacts,
  leaderScore,
  leaderSeries,
  type WalkerFacts,
  walkerStreak,
  walkerTrend,
} from './walker-index';
import { DEFAULT_WALKER_RULES as RULES, resolveWalkerRules } from './walker-rules';

const monthly = (over: Partial<CommitmentFacts> = {}): CommitmentFacts => ({
  id: 'c1',
  personId: 'p1',
  cadence: 'monthly',
  evidenceKind: 'customer_conversation',
  target: 1,
  startsOn: '2026-01-01',
  endsOn: null,
  pauses: [],
  ...over,
});
const ev = (occurredOn: string, over: Partial<EvidenceFacts> = {}): EvidenceFacts => ({
  commitmentId: 'c1',
  occurredOn,
  loggedOn: occurredOn,
  confirmed: true,
  ...over,
});
const facts = (over: Partial<WalkerFacts>): WalkerFacts => ({
  commitments: [],
  evidence: [],
  decisions: [],
  leave: [],
  ...over,
});
const Q3 = periodContaining('2026-08-15', 'quarter');
const YEAR = periodContaining('2026-06-01', 'year');

describe('the Walker index by cadence', () => {
  it.each([
    // [what, commitment, evidence, period, asOf, due, evidenced]
    [
      'monthly, every month of Q3 evidenced',
      monthly(),
      [ev('2026-07-03'), ev('2026-08-09'), ev('2026-09-30')],
      Q3,
      '2026-10-05',
      3,
      3,
    ],
    ['monthly, August missed', monthly(), [ev('2026-07-03'), ev('2026-09-30')], Q3, '2026-10-05', 3, 2],
    [
      'monthly, two in July do not cover August',
      monthly(),
      [ev('2026-07-03'), ev('2026-07-20')],
      Q3,
      '2026-10-05',
      3,
      1,
    ],
    [
      'monthly target 2, one piece a month is half',
      monthly({ target: 2 }),
      [ev('2026-07-03'), ev('2026-08-09'), ev('2026-09-01'), ev('2026-09-02')],
      Q3,
      '2026-10-05',
      3,
      2,
    ],
    [
      'quarterly, due once in Q3',
      monthly({ cadence: 'quarterly', evidenceKind: 'new_focus' }),
      [ev('2026-08-20')],
      Q3,
      '2026-10-05',
      1,
      1,
    ],
    [
      'quarterly over a year: four due, two kept',
      monthly({ cadence: 'quarterly' }),
      [ev('2026-02-01'), ev('2026-11-01')],
      YEAR,
      '2027-01-10',
      4,
      2,
    ],
    [
      'review cycle of 6 months over a year: two due',
      monthly({ cadence: 'review_cycle' }),
      [ev('2026-03-01')],
      YEAR,
      '2027-01-10',
      2,
      1,
    ],
    [
      'quarterly behaviour is not due in a month the quarter does not end in',
      monthly({ cadence: 'quarterly' }),
      [],
      periodContaining('2026-08-01', 'month'),
      '2026-10-05',
      0,
      0,
    ],
  ] as const)('%s', (_what, commitment, evidence, period, asOf, due, evidenced) => {
    const score = leaderScore('p1', facts({ commitments: [commitment], evidence }), period, asOf, RULES);
    expect(score.due).toBe(due);
    expect(score.evidenced).toBeCloseTo(evidenced, 10);
    expect(score.index).toBe(due === 0 ? null : evidenced / due);
  });

  it('per decision: due at every decision the leader took, evidenced by the recorded customer impact or CLV', () => {
    const decisions: DecisionFacts[] = [
      { personId: 'p1', decidedOn: '2026-07-10', recordsCustomerImpact: true, recordsClvEffect: false },
      { personId: 'p1', decidedOn: '2026-08-10', recordsCustomerImpact: false, recordsClvEffect: true },
      { personId: 'p1', decidedOn: '2026-09-10', recordsCustomerImpact: true, recordsClvEffect: true },
      { personId: 'p2', decidedOn: '2026-09-11', recordsCustomerImpact: false, recordsClvEffect: false },
      // decided after "as of": not due yet
      { personId: 'p1', decidedOn: '2026-09-29', recordsCustomerImpact: false, recordsClvEffect: false },
    ];
    const impact = monthly({ id: 'ci', cadence: 'per_decision', evidenceKind: 'decision_customer_impact' });
    const clv = monthly({ id: 'cv', cadence: 'per_decision', evidenceKind: 'decision_clv' });
    const f = facts({ commitments: [impact], decisions });
    expect(leaderScore('p1', f, Q3, '2026-09-20', RULES)).toMatchObject({ due: 3, evidenced: 2 });
    expect(leaderScore('p1', { ...f, commitments: [clv] }, Q3, '2026-09-20', RULES)).toMatchObject({
      due: 3,
      evidenced: 2,
    });
    // No decisions in the period: nothing due, not a failure.
    expect(
      leaderScore('p1', f, periodContaining('2026-03-01', 'quarter'), '2026-09-20', RULES),
    ).toMatchObject({
      due: 0,
      index: null,
      state: 'not_due',
    });
  });
});

describe('the edges of the Walker index', () => {
  const july = periodContaining('2026-07-01', 'month');
  it.each([
    ['started on the 10th: July due', monthly({ startsOn: '2026-07-10' }), [], '2026-08-05', 1],
    ['started on the 20th: July not due', monthly({ startsOn: '2026-07-20' }), [], '2026-08-05', 0],
    ['started later than the month', monthly({ startsOn: '2026-09-01' }), [], '2026-09-05', 0],
    ['ended on the 5th: July not due', monthly({ endsOn: '2026-07-05' }), [], '2026-08-05', 0],
    ['ended on the 25th: July due', monthly({ endsOn: '2026-07-25' }), [], '2026-08-05', 1],
    [
      'paused most of July',
      monthly({ pauses: [{ first: '2026-07-04', last: '2026-07-31' }] }),
      [],
      '2026-08-05',
      0,
    ],
    [
      'paused and not resumed',
      monthly({ pauses: [{ first: '2026-06-20', last: null }] }),
      [],
      '2026-08-05',
      0,
    ],
    [
      'paused a week',
      monthly({ pauses: [{ first: '2026-07-01', last: '2026-07-07' }] }),
      [],
      '2026-08-05',
      1,
    ],
    ['July still running and unmet: not due yet', monthly(), [], '2026-07-20', 0],
    ['July still running but already met: counts', monthly(), [ev('2026-07-02')], '2026-07-20', 1],
  ] as const)('%s', (_what, commitment, evidence, asOf, due) => {
    expect(leaderScore('p1', facts({ commitments: [commitment], evidence }), july, asOf, RULES).due).toBe(
      due,
    );
  });

  it('a leader on leave owes nothing for the months away', () => {
    const f = facts({
      commitments: [monthly()],
      leave: [{ personId: 'p1', first: '2026-07-01', last: '2026-08-31' }],
      evidence: [ev('2026-09-10')],
    });
    expect(leaderScore('p1', f, Q3, '2026-10-01', RULES)).toMatchObject({ due: 1, evidenced: 1, index: 1 });
    // Someone else's leave changes nothing.
    const other = { ...f, leave: [{ personId: 'p2', first: '2026-07-01', last: '2026-08-31' }] };
    expect(leaderScore('p1', other, Q3, '2026-10-01', RULES)).toMatchObject({ due: 3, evidenced: 1 });
  });

  const julyAway = periodContaining('2026-07-15', 'month');
  it.each([
    // [what, commitment, leave, pauses, due in July as of 1 August]
    ['three days away: July still due', monthly(), [['2026-07-13', '2026-07-15']], [], 1],
    ['away more than half of July: not due', monthly(), [['2026-07-01', '2026-07-20']], [], 0],
    [
      'away from 16 July to the end (15 of 31 days active): not due',
      monthly(),
      [['2026-07-16', '2026-07-31']],
      [],
      0,
    ],
    [
      'away from 17 July to the end (16 of 31 days active): due',
      monthly(),
      [['2026-07-17', '2026-07-31']],
      [],
      1,
    ],
    ['open-ended leave from 10 July: not due', monthly(), [['2026-07-10', null]], [], 0],
    [
      'leave overlapping a pause is counted once (15 days away, 16 active)',
      monthly(),
      [['2026-07-06', '2026-07-15']],
      [{ first: '2026-07-01', last: '2026-07-10' }],
      1,
    ],
    [
      'two short periods adding up to more than half',
      monthly(),
      [
        ['2026-07-01', '2026-07-08'],
        ['2026-07-20', '2026-07-31'],
      ],
      [],
      0,
    ],
  ] as const)('leave: %s', (_what, commitment, leave, pauses, due) => {
    const f = facts({
      commitments: [{ ...commitment, pauses }],
      leave: leave.map(([first, last]) => ({ personId: 'p1', first, last })),
    });
    expect(leaderScore('p1', f, julyAway, '2026-08-01', RULES).due).toBe(due);
  });

  it('leave: a quarter with one month away is still due, a decision taken on leave is not', () => {
    const quarterly = monthly({ cadence: 'quarterly', evidenceKind: 'new_focus' });
    const away = [{ personId: 'p1', first: '2026-08-01', last: '2026-08-31' }];
    expect(
      leaderScore('p1', facts({ commitments: [quarterly], leave: away }), Q3, '2026-10-01', RULES).due,
    ).toBe(1);
    const perDecision = monthly({ cadence: 'per_decision', evidenceKind: 'decision_customer_impact' });
    const decisions: DecisionFacts[] = [
      { personId: 'p1', decidedOn: '2026-07-20', recordsCustomerImpact: true, recordsClvEffect: false },
      { personId: 'p1', decidedOn: '2026-08-10', recordsCustomerImpact: false, recordsClvEffect: false },
    ];
    expect(
      leaderScore(
        'p1',
        facts({ commitments: [perDecision], decisions, leave: away }),
        Q3,
        '2026-10-01',
        RULES,
      ),
    ).toMatchObject({ due: 1, evidenced: 1 });
  });

  it('leave: nothing is due this month while the leader is away', () => {
    const f = facts({ commitments: [monthly()] });
    expect(dueThisMonth(f, 'p1', '2026-11-02', RULES)).toHaveLength(1);
    const away = { ...f, leave: [{ personId: 'p1', first: '2026-11-01', last: '2026-11-30' }] };
    expect(dueThisMonth(away, 'p1', '2026-11-02', RULES)).toEqual([]);
  });

  it.each([
    ['confirmed, old', ev('2026-07-02', { confirmed: true }), '2026-10-30', 1],
    [
      'unconfirmed, logged 30 days ago',
      ev('2026-07-02', { confirmed: false, loggedOn: '2026-07-31' }),
      '2026-08-30',
      1,
    ],
    [
      'unconfirmed, logged 31 days ago: half',
      ev('2026-07-02', { confirmed: false, loggedOn: '2026-07-31' }),
      '2026-08-31',
      0.5,
    ],
    ['dated in the future', ev('2026-07-25', { loggedOn: '2026-07-10' }), '2026-07-20', 0],
    ['logged late, within 31 days of July', ev('2026-07-15', { loggedOn: '2026-08-31' }), '2026-09-05', 1],
    ['logged late, back-filled after 31 days', ev('2026-07-15', { loggedOn: '2026-09-01' }), '2026-09-05', 0],
  ] as const)('evidence %s counts %s', (_what, evidence, asOf, credit) => {
    const f = facts({ commitments: [monthly()], evidence: [evidence] });
    const score = leaderScore('p1', f, july, asOf, RULES);
    expect(score.evidenced).toBe(credit);
  });

  it('uses the organisation’s rules: a different weight, no late limit, another cycle length', () => {
    const rules = resolveWalkerRules({
      unconfirmedWeight: 0.25,
      lateLoggingDays: null,
      reviewCycleMonths: 12,
    });
    const f = facts({
      commitments: [monthly()],
      evidence: [ev('2026-07-02', { confirmed: false, loggedOn: '2026-12-01' })],
    });
    expect(leaderScore('p1', f, july, '2027-03-01', rules).evidenced).toBe(0.25);
    const cycle = facts({ commitments: [monthly({ cadence: 'review_cycle' })] });
    expect(leaderScore('p1', cycle, YEAR, '2027-01-10', rules).due).toBe(1);
    expect(() => resolveWalkerRules({ walkingAt: 0.4, slippingAt: 0.6 })).toThrow(/slippingAt/);
    expect(() => resolveWalkerRules({ reviewCycleMonths: 5 })).toThrow(/divide a year/);
  });
});

describe('states, trend, streak and teams', () => {
  it.each([
    [1, 'walking'],
    [0.8, 'walking'],
    [0.79, 'slipping'],
    [0.5, 'slipping'],
    [0.49, 'talking'],
    [0, 'talking'],
  ] as const)('an index of %s is %s', (index, state) => {
    const due = 100;
    const score = combineScores(
      [{ committed: 1, due, evidenced: index * due, index, state: 'not_due' }],
      RULES,
    );
    expect(score.state).toBe(state);
  });

  it('promised nothing is not the same as nothing due yet', () => {
    expect(leaderScore('p9', facts({}), Q3, '2026-10-01', RULES).state).toBe('no_commitments');
    const started = facts({ commitments: [monthly({ personId: 'p9', startsOn: '2026-09-25' })] });
    expect(leaderScore('p9', started, Q3, '2026-09-26', RULES).state).toBe('not_due');
  });

  it('series, trend and streak of a leader who stopped in September', () => {
    const evidence = ['2026-03-05', '2026-04-05', '2026-05-05', '2026-06-05', '2026-07-05', '2026-08-05'].map(
      (d) => ev(d),
    );
    const f = facts({ commitments: [monthly()], evidence });
    const series = leaderSeries('p1', f, 'month', 4, '2026-10-15', RULES);
    expect(series.map((s) => s.span.first)).toEqual(['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01']);
    expect(series.map((s) => s.score.index)).toEqual([1, 1, 0, null]);
    expect(walkerTrend(series[2]!.score, series[1]!.score)).toBe(-1);
    expect(walkerTrend(series[3]!.score, series[2]!.score)).toBeNull();
    expect(walkerStreak('p1', f, '2026-10-15', RULES)).toBe(0);
    expect(walkerStreak('p1', f, '2026-09-15', RULES)).toBe(6); // March–August; September not due yet
    expect(walkerStreak('p1', f, '2026-09-15', RULES, 3)).toBe(2); // September (nothing due), August, July
  });

  it('a team is everyone’s evidence over everyone’s due, not an average of indexes', () => {
    const a = { committed: 1, due: 1, evidenced: 1, index: 1, state: 'walking' as const };
    const b = { committed: 2, due: 9, evidenced: 0, index: 0, state: 'talking' as const };
    expect(combineScores([a, b], RULES)).toEqual({
      committed: 3,
      due: 10,
      evidenced: 1,
      index: 0.1,
      state: 'talking',
    });
    expect(combineScores([], RULES)).toMatchObject({ index: null, state: 'no_commitments' });
  });

  it('lists what is due this month with the progress so far', () => {
    const f = facts({
      commitments: [
        monthly({ id: 'm' }),
        monthly({ id: 'q', cadence: 'quarterly' }),
        monthly({ id: 'q2', cadence: 'quarterly' }),
        monthly({ id: 'd', cadence: 'per_decision', evidenceKind: 'decision_clv' }),
        monthly({ id: 'p', pauses: [{ first: '2026-11-01', last: null }] }),
      ],
      evidence: [ev('2026-11-03', { commitmentId: 'm' }), ev('2026-10-03', { commitmentId: 'q' })],
    });
    expect(dueThisMonth(f, 'p1', '2026-11-10', RULES)).toEqual([
      { commitmentId: 'm', span: { first: '2026-11-01', last: '2026-11-30' }, done: 1, target: 1, met: true },
    ]);
    const december = dueThisMonth(f, 'p1', '2026-12-10', RULES);
    expect(december.map((d) => [d.commitmentId, d.met])).toEqual([
      ['m', false],
      ['q', true],
      ['q2', false],
    ]);
  });
});
