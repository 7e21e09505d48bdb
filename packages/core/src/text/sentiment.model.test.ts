import { describe, expect, it } from 'vitest';
import { createSentimentAnalyser } from './sentiment.analyser';
import { trainSentimentModel } from './sentiment.model';

const EXAMPLES = [
  { text: 'The courier was superb.', positive: true },
  { text: 'Superb courier, lovely parcel.', positive: true },
  { text: 'A lovely superb box.', positive: true },
  { text: 'The courier was dreadful.', positive: false },
  { text: 'Dreadful courier, smashed parcel.', positive: false },
  { text: 'A smashed dreadful box.', positive: false },
];

describe('trainSentimentModel', () => {
  it('is deterministic: the same data gives the same model', () => {
    expect(trainSentimentModel(EXAMPLES)).toEqual(trainSentimentModel(EXAMPLES));
  });

  it('learns words the lexicon does not know', () => {
    const model = trainSentimentModel(EXAMPLES, { minCount: 2, l2: 0.001, epochs: 50 });
    const weight = (f: string) => model.weights[model.features.indexOf(f)] ?? 0;
    expect(weight('smashed')).toBeLessThan(0);
    const analyser = createSentimentAnalyser(model);
    expect(analyser.analyse('Smashed.').score).toBeLessThan(analyser.analyse('Lovely.').score);
  });

  it('records what it was trained on', () => {
    const model = trainSentimentModel(EXAMPLES, { trainedOn: ['toy'], provenance: 'six made-up sentences' });
    expect(model).toMatchObject({ format: 'centric-sentiment-lr/1', trainedOn: ['toy'], examples: 6 });
  });
});
