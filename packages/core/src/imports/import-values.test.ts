import { describe, expect, it } from 'vitest';
import { centricFormat } from './formats/centric.format';
import { ratingToCsat } from './formats/online.format';
import { readInstant, readScore } from './import-values';

describe('readInstant', () => {
  it.each([
    ['2026-10-01', '2026-10-01T00:00:00.000Z'],
    ['2026-10-01 09:30', '2026-10-01T09:30:00.000Z'],
    ['2026-10-01T09:30:15Z', '2026-10-01T09:30:15.000Z'],
    ['2026-10-01T09:30:15.250+02:00', '2026-10-01T07:30:15.250Z'],
    ['2026-10-01T09:30:15-0130', '2026-10-01T11:00:15.000Z'],
  ])('reads %s as %s', (text, iso) => {
    const read = readInstant(text);
    expect(read.ok && read.value.toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', '01/10/2026', '2026-02-30', '2026-10-01T24:00:00Z', '1759312800'])(
    'refuses %j',
    (text) => {
      expect(readInstant(text).ok).toBe(false);
    },
  );

  it('reads Unix seconds only when asked', () => {
    const read = readInstant('1759312800', true);
    expect(read.ok && read.value.toISOString()).toBe('2025-10-01T10:00:00.000Z');
  });
});

describe('readScore', () => {
  it('reads whole numbers and empty cells, and refuses the rest', () => {
    expect(readScore(' 7 ')).toEqual({ ok: true, value: 7 });
    expect(readScore('')).toEqual({ ok: true, value: null });
    expect(readScore('7.5').ok).toBe(false);
    expect(readScore('seven').ok).toBe(false);
  });
});

describe('ratingToCsat', () => {
  it.each([
    [5, 5, 5],
    [1, 5, 1],
    [4.5, 5, 5],
    [0, 10, 1],
    [7, 10, 4],
    [10, 10, 5],
    [72, 100, 4],
  ] as const)('rating %d of %d is CSAT %d', (rating, scale, csat) => {
    expect(ratingToCsat(rating, scale)).toBe(csat);
  });

  it('refuses ratings off the scale', () => {
    expect(ratingToCsat(6, 5)).toMatch(/outside the scale 0–5/);
    expect(ratingToCsat(Number.NaN, 5)).toMatch(/outside/);
  });
});

describe('the Centric format', () => {
  it('binds a header in any order and refuses unknown, missing and repeated columns', () => {
    expect(centricFormat.bind(['score', 'survey', 'responded_at'], {}).ok).toBe(true);
    expect(centricFormat.bind(['score', 'survey'], {})).toMatchObject({
      ok: false,
      error: /missing column\(s\) responded_at/,
    });
    expect(centricFormat.bind(['score', 'survey', 'responded_at', 'notes'], {})).toMatchObject({ ok: false });
    expect(centricFormat.bind(['score', 'score', 'survey', 'responded_at'], {})).toMatchObject({
      ok: false,
      error: /twice/,
    });
  });

  it('reads a line, and refuses one with neither score nor comment', () => {
    const bound = centricFormat.bind(['responded_at', 'score', 'comment', 'survey', 'customer_email'], {});
    if (!bound.ok) throw new Error(bound.error);
    const read = bound.value(['2026-10-01', '9', ' Nice ', 'NPS', 'Ann@Example.com'], 2);
    expect(read).toMatchObject({
      ok: true,
      value: { score: 9, comment: 'Nice', customerEmail: 'ann@example.com', line: 2 },
    });
    expect(bound.value(['2026-10-01', '', '', 'NPS', ''], 3)).toMatchObject({ ok: false });
  });
});
