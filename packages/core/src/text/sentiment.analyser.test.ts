import { describe, expect, it } from 'vitest';
import {
  analyseSentiment,
  defaultSentimentAnalyser,
  labelOf,
  SHIPPED_SENTIMENT_MODEL,
} from './sentiment.analyser';
import { readText } from './text.reader';

describe('analyseSentiment (shipped model)', () => {
  it.each([
    ['I had to wait 40 minutes.', 'negative'],
    ['Still no refund after three weeks.', 'negative'],
    ['The staff were very rude.', 'negative'],
    ['Nobody answered the phone and I was put on hold for an hour.', 'negative'],
    ['Never received my order.', 'negative'],
    ['The product stopped working after a week.', 'negative'],
    ['Waiting for a reply for two weeks now.', 'negative'],
    ['I had to call them again.', 'negative'],
    ['Very slow delivery.', 'negative'],
    ['They lost my parcel.', 'negative'],
    ['Great service, thank you!', 'positive'],
    ['The staff are friendly and helpful.', 'positive'],
    ['Delivered within 2 days, very happy.', 'positive'],
    ['Checkout was quick and easy.', 'positive'],
    ['Thanks for the quick response!', 'positive'],
  ] as const)('%s → %s', (text, label) => {
    expect(analyseSentiment(text).label).toBe(label);
  });

  it.each([
    'The package arrived on Monday.',
    'I ordered a pizza on Tuesday.',
    'I called customer service.',
    'We went there for lunch.',
    'The store opens at 9am.',
    'My name is John and I live in Leeds.',
  ])('calls a sentence with no opinion neutral, not positive: %s', (text) => {
    expect(analyseSentiment(text).label).toBe('neutral');
  });

  it('flips a negated opinion word ("not rude" is not negative)', () => {
    expect(analyseSentiment('The staff were rude.').score).toBeLessThan(-0.5);
    expect(analyseSentiment('The staff were not rude at all.').score).toBeGreaterThan(0);
  });

  it('lets an intensifier strengthen the opinion', () => {
    expect(analyseSentiment('The delivery was very slow.').score).toBeLessThan(
      analyseSentiment('The delivery was slightly slow.').score,
    );
  });

  it('does not praise a short wait as if it were a long one', () => {
    expect(analyseSentiment('We only waited 5 minutes.').label).not.toBe('negative');
  });

  it('scores each sentence on its own', () => {
    const result = analyseSentiment(
      'The food was great. The waiter was rude and we waited 30 minutes for the bill.',
    );
    expect(result.sentences.map((s) => s.label)).toEqual(['positive', 'negative']);
    expect(result.sentences[1]!.text).toBe('The waiter was rude and we waited 30 minutes for the bill.');
    for (const s of result.sentences) expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
  });

  it('gives an empty text a neutral zero and no sentences', () => {
    expect(analyseSentiment('')).toEqual({ label: 'neutral', score: 0, sentences: [] });
  });

  it('scores a text in one pass exactly as span by span', () => {
    const analyser = defaultSentimentAnalyser();
    const read = readText('Terrible wait! But the pizza was lovely, honestly. Would I come back? Maybe not.');
    const whole = analyser.analyseRead(read);
    read.sentences.forEach((s, i) => {
      expect(analyser.scoreSpan(read, s.start, s.end).score).toBe(whole.sentences[i]!.score);
    });
    expect(analyser.scoreSpan(read, 0, read.tokens.length - 1).score).toBe(whole.score);
  });

  it('maps scores to labels with a neutral band', () => {
    expect([labelOf(0.5), labelOf(0.1), labelOf(-0.1), labelOf(-0.5)]).toEqual([
      'positive',
      'neutral',
      'neutral',
      'negative',
    ]);
  });

  it('ships a small model that says where it came from', () => {
    expect(SHIPPED_SENTIMENT_MODEL.trainedOn).toEqual(['amazon', 'yelp', 'imdb']);
    expect(SHIPPED_SENTIMENT_MODEL.provenance).toContain('UCI');
    expect(JSON.stringify(SHIPPED_SENTIMENT_MODEL).length).toBeLessThan(1_000_000);
  });
});
