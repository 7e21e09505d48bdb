import { describe, expect, it } from 'vitest';
import { retryDelaySeconds } from './webhook-events';

describe('retryDelaySeconds', () => {
  it.each([
    [1, 10],
    [2, 20],
    [3, 40],
    [5, 160],
    [12, 3600],
  ])('attempt %s waits %s s', (attempt, seconds) => {
    expect(retryDelaySeconds(attempt)).toBe(seconds);
  });
});
