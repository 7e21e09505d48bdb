import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language';

describe('pickLanguage', () => {
  it.each<[string | null, string | null, string]>([
    [null, null, 'en'],
    ['fr', 'en-GB,en;q=0.9', 'fr'],
    ['de', 'fr-FR,fr;q=0.9,en;q=0.5', 'fr'],
    [null, 'fr-CA', 'fr'],
    [null, 'de-DE,de;q=0.9,fr;q=0.8,en;q=0.7', 'fr'],
    [null, 'en;q=0.2,fr;q=0.8', 'fr'],
    [null, 'es, *;q=0.1', 'en'],
    [null, 'fr;q=0', 'en'],
    ['FR', null, 'fr'],
  ])('invitation %s, Accept-Language %s → %s', (invitation, accept, expected) => {
    expect(pickLanguage(['en', 'fr'], invitation, accept)).toBe(expected);
  });
});
