import { describe, expect, it } from 'vitest';
import { type RollupFacts, rollupDeltas } from './rollup-delta';

const base: RollupFacts = {
  organisationId: 'org',
  surveyId: 's',
  score: 9,
  unitId: 'u1',
  channelId: null,
  segmentId: null,
  employeeId: 'e1',
  respondedAt: new Date('2026-03-31T22:30:00Z'),
};

describe('rollupDeltas', () => {
  it.each([
    {
      name: 'a creation counts on the local day and month (Paris: 31 March 22:30 UTC is 1 April)',
      changes: [{ facts: base, sign: 1 as const }],
      tz: 'Europe/Paris',
      day: '2026-04-01',
      month: '2026-04-01',
      score9: 1,
    },
    {
      name: 'the same instant in UTC stays on 31 March',
      changes: [{ facts: base, sign: 1 as const }],
      tz: 'UTC',
      day: '2026-03-31',
      month: '2026-03-01',
      score9: 1,
    },
    {
      name: 'three creations and a deletion of one key sum to two',
      changes: [1, 1, 1, -1].map((sign) => ({ facts: base, sign: sign as 1 | -1 })),
      tz: 'UTC',
      day: '2026-03-31',
      month: '2026-03-01',
      score9: 2,
    },
  ])('$name', ({ changes, tz, day, month, score9 }) => {
    const { daily, monthly } = rollupDeltas(changes, () => tz);
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({ period: day, employeeId: 'e1', unscored: 0 });
    expect(daily[0]!.scores[9]).toBe(score9);
    expect(monthly[0]).toMatchObject({ period: month, employeeId: null });
    expect(monthly[0]!.scores[9]).toBe(score9);
  });

  it('drops keys whose changes cancel out, e.g. an edit that changes nothing the rollups see', () => {
    const { daily, monthly } = rollupDeltas(
      [
        { facts: base, sign: -1 },
        { facts: base, sign: 1 },
      ],
      () => 'UTC',
    );
    expect(daily).toEqual([]);
    expect(monthly).toEqual([]);
  });

  it('moves a re-attributed answer from one unit to another; the month is unchanged when only the employee moves', () => {
    const { daily, monthly } = rollupDeltas(
      [
        { facts: base, sign: -1 },
        { facts: { ...base, unitId: 'u2', score: null }, sign: 1 },
        { facts: { ...base, employeeId: 'e2' }, sign: 1 },
        { facts: base, sign: -1 },
      ],
      () => 'UTC',
    );
    expect(daily.map((d) => [d.unitId, d.employeeId, d.scores[9], d.unscored])).toEqual([
      ['u1', 'e1', -2, 0],
      ['u1', 'e2', 1, 0],
      ['u2', 'e1', 0, 1],
    ]);
    expect(monthly.map((d) => [d.unitId, d.scores[9], d.unscored])).toEqual([
      ['u1', -1, 0],
      ['u2', 0, 1],
    ]);
  });

  it('refuses a score outside 0–10', () => {
    expect(() => rollupDeltas([{ facts: { ...base, score: 11 }, sign: 1 }], () => 'UTC')).toThrow(RangeError);
  });
});
