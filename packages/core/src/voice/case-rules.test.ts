import { describe, expect, it } from 'vitest';
import type { SurveyKind } from '../surveys/survey-kinds';
import { contactDueAt, DEFAULT_CASE_RULES, opensCase } from './case-rules';

describe('opensCase with the default rules', () => {
  it.each<[SurveyKind, number | null, boolean]>([
    ['nps', 0, true],
    ['nps', 6, true],
    ['nps', 7, false],
    ['nps', 10, false],
    ['nps', null, false],
    ['csat', 1, true],
    ['csat', 2, true],
    ['csat', 3, false],
    ['ces', 4, false],
    ['ces', 5, true],
    ['ces', 7, true],
    ['enps', 0, false],
    ['custom', 3, true],
  ])('%s score %s → %s', (kind, score, expected) => {
    expect(opensCase(kind, score, DEFAULT_CASE_RULES)).toBe(expected);
  });

  it('follows edited thresholds', () => {
    expect(opensCase('nps', 6, { ...DEFAULT_CASE_RULES, npsAtMost: 4 })).toBe(false);
    expect(opensCase('ces', 4, { ...DEFAULT_CASE_RULES, cesAtLeast: 4 })).toBe(true);
  });
});

describe('contactDueAt', () => {
  it.each([
    [48, '2026-11-04T09:00:00.000Z'],
    [2, '2026-11-02T11:00:00.000Z'],
  ])('SLA %s h', (slaHours, due) => {
    expect(contactDueAt(new Date('2026-11-02T09:00:00Z'), { slaHours }).toISOString()).toBe(due);
  });
});
