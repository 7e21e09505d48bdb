import { describe, expect, it } from 'vitest';
import { createCodeframe } from './codeframe';
import { assignProposals, UNTHEMED } from './proposal.assigner';
import { proposeFromOther, proposeThemes } from './theme.proposer';
import { tagComment } from './theme.tagger';

const COMMENTS = [
  'The wait time at the checkout was far too long.',
  'Long wait time again, and the checkout queue never moved.',
  'Customer service was helpful on the phone.',
  'I rang customer service twice about my invoice.',
  'Customer service sorted out the invoice quickly.',
  'My invoice was wrong again.',
  'The delivery driver was lovely.',
  'The delivery driver left the parcel in the rain.',
  'Delivery was late and the driver was rude.',
  'The wait time on the phone was awful.',
  'It was a special day.',
  'What a special evening, really special.',
  'The specials board was empty.',
];

describe('proposeThemes', () => {
  const proposals = proposeThemes(COMMENTS, { minCount: 3 });
  const names = proposals.map((p) => p.name);

  it('proposes noun phrases grouped by head noun, most frequent first', () => {
    expect(names).toEqual(expect.arrayContaining(['Wait time', 'Customer service', 'Invoice', 'Driver']));
    const wait = proposals.find((p) => p.name === 'Wait time')!;
    expect(wait.terms).toContain('wait time');
    expect(wait.count).toBe(3);
    expect(wait.examples).toEqual([0, 1, 9]);
  });

  it('does not propose a word mostly used as an adjective', () => {
    expect(names.map((n) => n.toLowerCase())).not.toContain('special');
  });

  it('scores compounds by lift (observed over expected under independence)', () => {
    const phrase = proposals.flatMap((p) => p.phrases).find((p) => p.phrase === 'customer service')!;
    expect(phrase.lift).toBeGreaterThan(1);
    expect(phrase.score).toBeGreaterThan(phrase.count);
  });

  it('skips what the codeframe already covers', () => {
    const codeframe = createCodeframe([{ name: 'Billing', terms: ['invoice'] }]);
    const again = proposeThemes(COMMENTS, { minCount: 3, exclude: codeframe }).map((p) => p.name);
    expect(again).not.toContain('Invoice');
    expect(again).toContain('Wait time');
  });

  it('is deterministic', () => {
    expect(proposeThemes(COMMENTS, { minCount: 3 })).toEqual(proposals);
  });

  it('proposes again from the Other comments, with their original indexes', () => {
    const codeframe = createCodeframe([
      { name: 'Billing', terms: ['invoice'] },
      { name: 'Waiting', terms: ['wait time'] },
    ]);
    const tagged = COMMENTS.map((c) => tagComment(c, codeframe));
    const fromOther = proposeFromOther(COMMENTS, tagged, codeframe, { minCount: 2 });
    const delivery = fromOther.find((p) => p.terms.includes('delivery driver'))!;
    expect(delivery).toBeDefined();
    expect(delivery.examples).toEqual([6, 7, 8]);
    for (const e of delivery.examples) expect(tagged[e]!.other).toBe(true);
    expect(fromOther.flatMap((p) => p.terms)).not.toContain('invoice');
  });
});

describe('assignProposals', () => {
  it('suggests the theme whose context words a proposal shares, without labels', () => {
    const comments = [
      'The food was delicious and fresh.',
      'Tasty food, delicious sauce.',
      'Fresh delicious food every time.',
      'The staff were friendly and attentive.',
      'Friendly attentive staff.',
      'The staff were rude.',
      'The lasagne was delicious and fresh.',
      'Tasty lasagne, fresh sauce.',
      'The waiter was friendly and attentive.',
      'A rude waiter ignored us.',
    ];
    const codeframe = createCodeframe([
      { name: 'Food', terms: ['food'] },
      { name: 'Staff', terms: ['staff'] },
    ]);
    const proposals = proposeThemes(comments, { minCount: 2, exclude: codeframe });
    // Ten sentences give weak contrasts: accept at a lower margin than the cautious default.
    const assign = (margin?: number) =>
      Object.fromEntries(
        assignProposals(proposals, comments, codeframe, margin === undefined ? {} : { margin }).map((a) => [
          a.proposal.name,
          a,
        ]),
      );
    const byName = assign(0.1);
    expect(byName.Lasagne!.themeId).toBe('food');
    expect(byName.Lasagne!.evidence.map((e) => e.themeId)).toEqual(['food', UNTHEMED, 'staff']);
    expect(assign().Lasagne!.themeId).toBeNull();
    expect(byName.Waiter!.themeId).toBe('staff');
  });
});
