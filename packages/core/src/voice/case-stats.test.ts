import { describe, expect, it } from 'vitest';
import { type CaseFacts, caseStats } from './case-stats';

const at = (h: number) => new Date(Date.UTC(2026, 10, 2, h));
const facts = (over: Partial<CaseFacts>): CaseFacts => ({
  openedAt: at(0),
  contactedAt: null,
  closed: false,
  overdue: false,
  recovered: null,
  ...over,
});

describe('caseStats', () => {
  it('is empty for no cases', () => {
    expect(caseStats([])).toEqual({
      opened: 0,
      open: 0,
      overdue: 0,
      contacted: 0,
      medianHoursToContact: null,
      followUpsAnswered: 0,
      recoveryRate: null,
    });
  });

  it.each([
    [[2], 2],
    [[2, 4], 3],
    [[10, 1, 4], 4],
  ])('median time to contact of %j hours is %s', (hours, median) => {
    expect(caseStats(hours.map((h) => facts({ contactedAt: at(h) }))).medianHoursToContact).toBe(median);
  });

  it('recovery rate counts answered follow-ups only', () => {
    const stats = caseStats([
      facts({ closed: true, recovered: true }),
      facts({ closed: true, recovered: true }),
      facts({ closed: true, recovered: false }),
      facts({ closed: true, recovered: null }),
      facts({ overdue: true }),
    ]);
    expect(stats).toMatchObject({ opened: 5, open: 1, overdue: 1, followUpsAnswered: 3 });
    expect(stats.recoveryRate).toBeCloseTo(2 / 3, 10);
  });
});
