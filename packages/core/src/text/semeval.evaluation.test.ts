import { beforeAll, describe, expect, it } from 'vitest';
import { createCodeframe } from './codeframe';
import { readTextData } from './reference-data.test-helper';
import {
  type AspectSentence,
  buildRestaurantCodeframe,
  evaluateThemes,
  parseSemevalXml,
  type ThemeEvaluation,
} from './semeval.evaluation';
import { RESTAURANT_STARTER } from './starter-codeframes';

describe('themes on the SemEval-2014 restaurant sentences', () => {
  let sentences: AspectSentence[];
  let built: ThemeEvaluation;
  let starterOnly: ThemeEvaluation;
  beforeAll(() => {
    sentences = parseSemevalXml(readTextData('Restaurants_Train.xml'));
    const codeframe = buildRestaurantCodeframe(sentences.map((s) => s.text));
    built = evaluateThemes(sentences, codeframe);
    starterOnly = evaluateThemes(sentences, createCodeframe(RESTAURANT_STARTER));
  });

  it('parses every sentence with its categories', () => {
    expect(sentences).toHaveLength(3038);
    expect(sentences[0]).toEqual({
      id: '3121',
      text: 'But the staff was so horrible to us.',
      categories: [{ category: 'service', polarity: 'negative' }],
    });
    expect(built.withCategory).toBe(2045);
  });

  it('reaches precision ≥ 0.85 at coverage ≥ 0.6 with the starter terms plus the accepted proposals', () => {
    expect(built.precision).toBeGreaterThanOrEqual(0.85);
    expect(built.coverage).toBeGreaterThanOrEqual(0.6);
  });

  it('gains coverage from the proposals over the starter terms alone', () => {
    expect(built.coverage).toBeGreaterThan(starterOnly.coverage + 0.03);
  });

  it('gives tags the sentiment of their sentence, mostly agreeing with the gold polarity', () => {
    expect(built.sentimentAccuracy).toBeGreaterThan(0.75);
  });
});

describe('evaluateThemes', () => {
  const gold: AspectSentence[] = [
    { id: '1', text: 'Great pizza.', categories: [{ category: 'food', polarity: 'positive' }] },
    { id: '2', text: 'The pizza guy was rude.', categories: [{ category: 'service', polarity: 'negative' }] },
    {
      id: '3',
      text: 'We went on a Monday.',
      categories: [{ category: 'anecdotes/miscellaneous', polarity: 'neutral' }],
    },
  ];

  it('counts precision over tags and coverage over sentences with a scored category', () => {
    // "pizza guy" is tagged Food: a wrong tag, but the sentence is covered.
    const r = evaluateThemes(gold, createCodeframe([{ name: 'Food', terms: ['pizza'] }]));
    expect(r).toMatchObject({
      tags: 2,
      precision: 0.5,
      coverage: 1,
      recall: 0.5,
      withCategory: 2,
      sentimentAccuracy: 1,
    });
    expect(r.exactAccuracy).toBeCloseTo(2 / 3, 10);
  });

  it('counts a tag of a theme outside the categories as wrong', () => {
    const r = evaluateThemes(gold, createCodeframe([{ name: 'Pizza', terms: ['pizza'] }]));
    expect(r.precision).toBe(0);
  });
});
