import { describe, expect, it } from 'vitest';
import { type CaseStatus, canMove, isClosed, isOverdue } from './case-states';

describe('case state moves', () => {
  it.each<[CaseStatus, CaseStatus, boolean]>([
    ['new', 'contacted', true],
    ['new', 'resolved', true],
    ['contacted', 'resolved', true],
    ['contacted', 'wont_fix', true],
    ['contacted', 'new', false],
    ['resolved', 'contacted', true],
    ['resolved', 'wont_fix', false],
    ['wont_fix', 'contacted', true],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
  });

  it('closes on resolved and won’t fix only', () => {
    expect(['new', 'contacted', 'resolved', 'wont_fix'].map((s) => isClosed(s as CaseStatus))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('isOverdue', () => {
  const dueAt = new Date('2026-11-04T09:00:00Z');
  it.each<[CaseStatus, Date | null, string, boolean]>([
    ['new', null, '2026-11-04T08:59:00Z', false],
    ['new', null, '2026-11-04T09:01:00Z', true],
    ['contacted', new Date('2026-11-05T00:00:00Z'), '2026-11-06T00:00:00Z', false],
    ['resolved', null, '2026-11-06T00:00:00Z', false],
  ])('%s contacted %s at %s → %s', (status, contactedAt, now, expected) => {
    expect(isOverdue({ status, contactedAt, dueAt }, new Date(now))).toBe(expected);
  });
});
