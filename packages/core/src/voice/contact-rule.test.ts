import { describe, expect, it } from 'vitest';
import { mayInvite } from './contact-rule';

const now = new Date('2026-11-30T12:00:00Z');
describe('mayInvite', () => {
  it.each<[string | null, number, boolean, boolean]>([
    [null, 30, false, true],
    [null, 30, true, false],
    ['2026-11-01T12:00:00Z', 30, false, false],
    ['2026-10-31T12:00:00Z', 30, false, true],
    ['2026-11-29T12:00:00Z', 0, false, true],
  ])('last invited %s, every %s days, unsubscribed %s → %s', (last, days, unsubscribed, expected) => {
    expect(mayInvite(now, last ? new Date(last) : null, days, unsubscribed)).toBe(expected);
  });
});
