import { beforeAll, describe, expect, it } from 'vitest';
import { readTextData } from './reference-data.test-helper';
import { SHIPPED_SENTIMENT_MODEL } from './sentiment.analyser';
import {
  type CrossSiteEvaluation,
  evaluateSentimentCrossSite,
  parseLabelledSentences,
} from './sentiment.evaluation';

const SITES = { amazon: 'amazon_cells_labelled.txt', yelp: 'yelp_labelled.txt', imdb: 'imdb_labelled.txt' };

describe('sentiment on the UCI labelled sentences, each site scored by a model trained on the other two', () => {
  const sites = Object.fromEntries(
    Object.entries(SITES).map(([site, file]) => [site, parseLabelledSentences(readTextData(file))]),
  );
  let result: CrossSiteEvaluation;
  beforeAll(() => {
    result = evaluateSentimentCrossSite(sites);
  });

  it('parses 1,000 balanced sentences per site (the IMDb file has U+0085 inside lines)', () => {
    for (const examples of Object.values(sites)) {
      expect(examples).toHaveLength(1000);
      expect(examples.filter((e) => e.positive)).toHaveLength(500);
    }
  });

  it('never scores a site with a model trained on it', () => {
    for (const r of result.sites) expect(r.trainedOn).not.toContain(r.site);
    expect(result.sites.map((r) => r.site)).toEqual(['amazon', 'yelp', 'imdb']);
  });

  it('reaches 0.80 forced-choice accuracy over all 3,000 and beats off-the-shelf wink-nlp (0.777)', () => {
    expect(result.overall.n).toBe(3000);
    expect(result.overall.winkAccuracy).toBeCloseTo(0.777, 3);
    expect(result.overall.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(result.overall.accuracy).toBeGreaterThan(result.overall.winkAccuracy + 0.03);
    for (const r of result.sites) expect(r.accuracy).toBeGreaterThan(0.78);
  });

  it('calls a minority neutral, and is more accurate on the rest', () => {
    expect(result.overall.neutralShare).toBeGreaterThan(0.05);
    expect(result.overall.neutralShare).toBeLessThan(0.3);
    expect(result.overall.accuracyWhenDecided).toBeGreaterThan(result.overall.accuracy);
  });

  it('ships a production model trained on all three sites (so it is never used for this evaluation)', () => {
    expect(SHIPPED_SENTIMENT_MODEL.examples).toBe(3000);
  });
});
