import { describe, expect, it } from 'vitest';
import { scoreOutsideScale } from './survey-kinds';

describe('scoreOutsideScale', () => {
  it.each([
    ['nps', 0, null],
    ['nps', 10, null],
    ['nps', 11, 'score 11 is outside the NPS scale 0–10'],
    ['enps', -1, 'score -1 is outside the ENPS scale 0–10'],
    ['csat', 0, 'score 0 is outside the CSAT scale 1–5'],
    ['csat', 5, null],
    ['ces', 7, null],
    ['ces', 8, 'score 8 is outside the CES scale 1–7'],
    ['custom', 10, null],
  ] as const)('%s %d → %s', (kind, score, expected) => {
    expect(scoreOutsideScale(kind, score)).toBe(expected);
  });

  it('has nothing to say about an answer without a score', () => {
    expect(scoreOutsideScale('csat', null)).toBeNull();
    expect(scoreOutsideScale('csat', undefined)).toBeNull();
  });
});
