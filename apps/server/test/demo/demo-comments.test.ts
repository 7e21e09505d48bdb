import { describe, expect, it } from 'vitest';
import {
  type CommentRequest,
  CUSTOMER_TOPICS,
  composeComment,
  composeEmployeeComment,
  EMPLOYEE_TOPICS,
} from '../../src/demo/demo-comments';
import { Random } from '../../src/demo/demo-random';
import { NEGATIVE_CUES } from './sentiment-cues';

const many = (seed: number, n: number, request: (rng: Random) => CommentRequest) => {
  const rng = new Random(seed);
  return Array.from({ length: n }, () => composeComment(rng, request(rng)));
};

describe('the comment composer', () => {
  it('writes the same comments for the same seed', () => {
    const request = (rng: Random): CommentRequest => ({
      praise: [rng.pick(CUSTOMER_TOPICS)],
      complaints: [],
      language: 'en',
      staffName: 'Priya',
    });
    expect(many(1, 200, request)).toEqual(many(1, 200, request));
    expect(many(2, 200, request)).not.toEqual(many(1, 200, request));
  });

  it('keeps thousands of comments varied', () => {
    const comments = many(3, 5_000, (rng) => {
      const tone = rng.int(0, 2);
      const a = rng.pick(CUSTOMER_TOPICS);
      const b = rng.pick(CUSTOMER_TOPICS);
      return { praise: tone === 0 ? [] : [a], complaints: tone === 1 ? [] : [b], language: 'en' };
    });
    // Short one-liners ("Great service") repeat, as in real data; the rest almost never do.
    expect(new Set(comments).size / comments.length).toBeGreaterThan(0.75);
    expect(Math.max(...comments.map((c) => c.length))).toBeGreaterThan(120);
    expect(comments.some((c) => c === c.toLowerCase())).toBe(true);
  });

  it('praises without complaining and complains in words that say so', () => {
    for (const topic of CUSTOMER_TOPICS) {
      const praise = many(4, 300, () => ({
        praise: [topic],
        complaints: [],
        language: 'en',
        staffName: 'Sam',
      }));
      const complaints = many(5, 300, () => ({ praise: [], complaints: [topic], language: 'en' }));
      expect(
        praise.filter((c) => NEGATIVE_CUES.test(c)),
        topic,
      ).toEqual([]);
      expect(
        complaints.filter((c) => !NEGATIVE_CUES.test(c)),
        topic,
      ).toEqual([]);
    }
  });

  it('names the employee who served the customer in some staff comments', () => {
    const comments = many(6, 400, () => ({
      praise: ['staff'],
      complaints: [],
      language: 'en',
      staffName: 'Priya',
    }));
    const named = comments.filter((c) => /priya/i.test(c)).length / comments.length;
    expect(named).toBeGreaterThan(0.2);
    expect(named).toBeLessThan(0.9);
  });

  it('writes mixed comments with both sides, and French ones in French', () => {
    const mixed = many(7, 300, () => ({ praise: ['staff'], complaints: ['delivery'], language: 'en' }));
    expect(mixed.filter((c) => c.length > 20 && !NEGATIVE_CUES.test(c))).toEqual([]);
    const french = many(8, 300, (rng) => ({
      praise: [rng.pick(CUSTOMER_TOPICS)],
      complaints: [],
      language: 'fr',
    }));
    const frenchWords =
      /[éèàçêù’]|\b(le|la|les|un|une|des|pas|est|et|en|sans|de|du|au|je|merci|parfait|rien|bon)\b/i;
    expect(french.filter((c) => !frenchWords.test(c))).toEqual([]);
    expect(french.some((c) => /\b(the|and|was)\b/i.test(c))).toBe(false);
  });

  it('writes employee comments for every topic and tone', () => {
    const rng = new Random(9);
    for (const topic of EMPLOYEE_TOPICS) {
      expect(composeEmployeeComment(rng, topic, 'positive').length).toBeGreaterThan(10);
      expect(composeEmployeeComment(rng, topic, 'negative').length).toBeGreaterThan(10);
    }
  });
});
