import { describe, expect, it } from 'vitest';
import { createCodeframe } from './codeframe';
import { summariseThemes } from './theme.summary';
import { tagComment } from './theme.tagger';

describe('summariseThemes', () => {
  it('counts each theme and Other with the sentiment of their mentions, most frequent first', () => {
    const codeframe = createCodeframe([
      { name: 'Staff', terms: ['staff'] },
      { name: 'Price', terms: ['price'] },
    ]);
    const comments = [
      'The staff were lovely.',
      'The staff were rude.',
      'Rude staff and a silly price.',
      'Great price.',
      'Parking was easy.',
    ];
    const summary = summariseThemes(comments.map((c) => tagComment(c, codeframe)));
    expect(summary.map((s) => [s.themeId, s.count, s.positive, s.negative])).toEqual([
      ['staff', 3, 1, 2],
      ['price', 2, 1, 1],
      ['other', 1, 0, 0],
    ]);
    expect(summary[0]!.share).toBeCloseTo(0.6, 10);
    expect(summary[0]!.meanScore).toBeLessThan(0);
  });
});
