import { describe, expect, it } from 'vitest';
import { type RollupDelta, type RollupFacts, rollupDeltas } from './rollup-delta';
import { FINEST_GRAIN, grainFor, ROLLUP_GRAINS } from './rollup-grain';

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

const at = (deltas: RollupDelta[], grain: number) => deltas.filter((d) => d.grain === grain);

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
    const all = rollupDeltas(changes, () => tz);
    expect(all.daily).toHaveLength(ROLLUP_GRAINS.length);
    const daily = at(all.daily, FINEST_GRAIN);
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({ period: day, employeeId: 'e1', unitId: 'u1', unscored: 0 });
    expect(daily[0]!.scores[9]).toBe(score9);
    const monthly = at(all.monthly, 0);
    expect(monthly[0]).toMatchObject({ period: month, employeeId: null, unitId: null });
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
    const all = rollupDeltas(
      [
        { facts: base, sign: -1 },
        { facts: { ...base, unitId: 'u2', score: null }, sign: 1 },
        { facts: { ...base, employeeId: 'e2' }, sign: 1 },
        { facts: base, sign: -1 },
      ],
      () => 'UTC',
    );
    const daily = at(all.daily, FINEST_GRAIN);
    const monthly = at(all.monthly, grainFor(['unit']));
    expect(daily.map((d) => [d.unitId, d.employeeId, d.scores[9], d.unscored])).toEqual([
      ['u1', 'e1', -2, 0],
      ['u1', 'e2', 1, 0],
      ['u2', 'e1', 0, 1],
    ]);
    expect(monthly.map((d) => [d.unitId, d.scores[9], d.unscored])).toEqual([
      ['u1', -1, 0],
      ['u2', 0, 1],
    ]);
    // Without the unit or the employee, only the score moved: one fewer 9 and one more unscored answer.
    expect(at(all.monthly, 0).map((d) => [d.unitId, d.scores[9], d.unscored])).toEqual([[null, -1, 1]]);
    // A grain without the unit but with the channel sees the same.
    expect(at(all.daily, grainFor(['channel'])).map((d) => [d.channelId, d.scores[9], d.unscored])).toEqual([
      [null, -1, 1],
    ]);
  });

  it('keeps in each grain only its dimensions', () => {
    const facts = { ...base, channelId: 'c1', segmentId: 'g1' };
    const { daily } = rollupDeltas([{ facts, sign: 1 }], () => 'UTC');
    const row = (grain: number) => {
      const [d] = at(daily, grain);
      return [d!.unitId, d!.channelId, d!.segmentId, d!.employeeId];
    };
    expect(row(0)).toEqual([null, null, null, null]);
    expect(row(grainFor(['unit']))).toEqual(['u1', null, null, null]);
    expect(row(grainFor(['channel', 'segment']))).toEqual([null, 'c1', 'g1', null]);
    expect(row(grainFor(['unit', 'channel', 'segment']))).toEqual(['u1', 'c1', 'g1', 'e1']);
    expect(row(grainFor(['employee']))).toEqual(['u1', 'c1', 'g1', 'e1']);
  });

  it('refuses a score outside 0–10', () => {
    expect(() => rollupDeltas([{ facts: { ...base, score: 11 }, sign: 1 }], () => 'UTC')).toThrow(RangeError);
  });
});

describe('grainFor', () => {
  it.each([
    { dims: [] as const, grain: 0 },
    { dims: ['unit'] as const, grain: 1 },
    { dims: ['channel', 'unit'] as const, grain: 15 },
    { dims: ['segment'] as const, grain: 4 },
    { dims: ['segment', 'channel'] as const, grain: 6 },
    { dims: ['unit', 'channel', 'segment'] as const, grain: 15 },
    { dims: ['employee'] as const, grain: 15 },
    { dims: ['employee', 'channel'] as const, grain: 15 },
  ])('$dims → $grain', ({ dims, grain }) => {
    expect(grainFor(dims)).toBe(grain);
    expect(ROLLUP_GRAINS).toContain(grain);
  });
});
