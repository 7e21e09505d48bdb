import { describe, expect, it } from 'vitest';
import { createCodeframe, ignoreTheme } from './codeframe';
import { analyseComment, analyseComments, tagComment } from './theme.tagger';

const codeframe = createCodeframe([
  { name: 'Service', terms: ['service', 'staff'] },
  { name: 'Customer service', terms: ['customer service', 'call centre'], parentId: 'service' },
  { name: 'Waiting time', terms: ['wait', 'waited', 'queue', 'on hold'], parentId: 'service' },
  { name: 'Refunds', terms: ['refund*'] },
  { name: 'Food', terms: ['pizza', 'menu', 'party'] },
  { name: 'Course', terms: ['course'] },
]);
const ids = (text: string, options = {}) => tagComment(text, codeframe, options).themes.map((t) => t.themeId);

describe('tagComment', () => {
  it('matches plural and singular forms of a term', () => {
    expect(ids('The pizzas were cold.')).toEqual(['food']);
    expect(ids('Menus were sticky.')).toEqual(['food']);
    expect(ids('Two parties booked.')).toEqual(['food']);
  });

  it('matches multi-word terms, and a longer term wins over the shorter one inside it', () => {
    expect(ids('Customer service never called back.')).toEqual(['customer-service']);
    expect(ids('I was on hold forever.')).toEqual(['waiting-time']);
  });

  it('matches a trailing wildcard', () => {
    expect(ids('They refunded me at once.')).toEqual(['refunds']);
    expect(ids('Refunds take ages.')).toEqual(['refunds']);
  });

  it('does not read "of course" as a course', () => {
    expect(ids('Of course we will be back.')).toEqual([]);
    expect(ids('The main course was superb.')).toEqual(['course']);
  });

  it('gives each theme the sentiment of the sentence that mentions it', () => {
    const tagged = tagComment(
      'The pizza was delicious. The staff were rude and we waited 40 minutes.',
      codeframe,
    );
    const byId = Object.fromEntries(tagged.themes.map((t) => [t.themeId, t]));
    expect(byId.food!.label).toBe('positive');
    expect(byId.service!.label).toBe('negative');
    expect(byId['waiting-time']!.label).toBe('negative');
    expect(byId['waiting-time']!.mentions).toEqual([{ sentence: 1, term: 'waited' }]);
  });

  it('puts a comment no theme tags into Other', () => {
    expect(tagComment('Lovely weather today.', codeframe)).toEqual({ themes: [], other: true });
  });

  it('skips ignored themes (a comment only about them is Other)', () => {
    const quiet = ignoreTheme(codeframe, 'food');
    expect(tagComment('The pizza was fine.', quiet).other).toBe(true);
  });

  it('can roll a mention up to the ancestors', () => {
    expect(ids('We waited in the queue.', { includeAncestors: true })).toEqual(['waiting-time', 'service']);
  });

  it('reads a comment once for sentiment and themes together', () => {
    const [a] = analyseComments(['Great menu, but the call centre kept me waiting.'], codeframe);
    expect(a!.sentiment.sentences).toHaveLength(1);
    expect(a!.themes.map((t) => t.themeId).sort()).toEqual(['customer-service', 'food']);
    expect(analyseComment('', codeframe)).toMatchObject({ other: true, themes: [] });
  });
});
