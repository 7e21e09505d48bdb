import { describe, expect, it } from 'vitest';
import { ENPS_MINIMUM_GROUP, type EnpsScope, enpsVisibility, summariseEnps } from './enps.metric';
import { histogramFromEntries } from './histogram';
import { METRIC_SCALES } from './metric-result';
import { summariseMetric } from './metric-summary';

// n answers: half promoters (10), a quarter passives (8), a quarter detractors (3).
const answers = (n: number) =>
  histogramFromEntries(METRIC_SCALES.enps, [
    [10, n / 2],
    [8, n / 4],
    [3, n / 4],
  ]);

describe('eNPS anonymity rule', () => {
  it.each([
    // scope, answers, minimum-sample setting → expected result
    [{ kind: 'person' }, 100, 2, { status: 'suppressed', reason: 'per-person' }],
    [{ kind: 'group', headcount: 4 }, 4, 2, { status: 'suppressed', reason: 'group-too-small', minimum: 5 }],
    // A big team where only 4 answered exposes those 4 just as a team of 4 would.
    [{ kind: 'group', headcount: 12 }, 4, 2, { status: 'suppressed', reason: 'group-too-small' }],
    [{ kind: 'group' }, 4, 2, { status: 'suppressed', reason: 'group-too-small' }],
    // 8 of 12 answered, setting 2 → the floor of 5 applies and is met: (4 − 2)/8 · 100 = 25.
    [{ kind: 'group', headcount: 12 }, 8, 2, { status: 'ok', metric: 'enps', n: 8, value: 25 }],
    // The same team under the default minimum of 30: not enough responses (not an anonymity matter).
    [{ kind: 'group', headcount: 12 }, 8, undefined, { status: 'insufficient', n: 8, minimum: 30 }],
    [{ kind: 'group', headcount: 40 }, 32, undefined, { status: 'ok', n: 32, value: 25 }],
  ] as const)('%o with %d answers, minimum %s → %o', (scope, n, minimumSample, expected) => {
    expect(summariseEnps(answers(n), scope as EnpsScope, { minimumSample })).toMatchObject(expected);
  });

  it('cannot be lowered below 5 by any setting', () => {
    expect(ENPS_MINIMUM_GROUP).toBe(5);
    expect(enpsVisibility({ kind: 'group', headcount: 5 }, 5)).toEqual({ visible: true });
    expect(enpsVisibility({ kind: 'group', headcount: 5 }, 4).visible).toBe(false);
  });

  it('refuses to compute an eNPS without knowing whom it is about', () => {
    expect(() => summariseMetric('enps', answers(40))).toThrow(/scope/);
    expect(summariseMetric('enps', answers(40), { enpsScope: { kind: 'person' } }).status).toBe('suppressed');
  });
});
