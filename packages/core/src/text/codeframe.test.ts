import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  acceptProposal,
  addTerms,
  addTheme,
  ancestry,
  createCodeframe,
  ignoreTheme,
  mergeThemes,
  moveTheme,
  removeTerms,
  removeTheme,
  renameTheme,
  splitTheme,
} from './codeframe';

const base = createCodeframe([
  { name: 'Service', terms: ['service', 'Staff '] },
  { name: 'Waiting time', terms: ['wait', 'queue'], parentId: 'service' },
  { name: 'Staff attitude', terms: ['rude', 'friendly'], parentId: 'service' },
  { name: 'Price', terms: ['price', 'expensive'] },
]);

describe('codeframe operations (pure data)', () => {
  it('derives readable unique ids and normalises terms', () => {
    expect(base.themes.map((t) => t.id)).toEqual(['service', 'waiting-time', 'staff-attitude', 'price']);
    expect(base.themes[0]!.terms).toEqual(['service', 'staff']);
    const again = addTheme(base, { name: 'Price' });
    expect(again.themes.at(-1)!.id).toBe('price-2');
  });

  it('never mutates the codeframe it is given', () => {
    const before = JSON.stringify(base);
    renameTheme(base, 'price', 'Cost');
    mergeThemes(base, ['waiting-time'], 'staff-attitude');
    splitTheme(base, 'price', [{ name: 'Fees', terms: ['fee'] }]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('renames, keeping the id', () => {
    expect(renameTheme(base, 'price', 'Cost').themes.find((t) => t.id === 'price')!.name).toBe('Cost');
  });

  it('ignores and un-ignores', () => {
    const ignored = ignoreTheme(base, 'price');
    expect(ignored.themes.find((t) => t.id === 'price')!.ignored).toBe(true);
    expect(ignoreTheme(ignored, 'price', false).themes.find((t) => t.id === 'price')!.ignored).toBe(false);
  });

  it('merges: the target gains terms and sub-themes, the sources go', () => {
    const merged = mergeThemes(base, ['price', 'staff-attitude'], 'waiting-time');
    expect(merged.themes.map((t) => t.id)).toEqual(['service', 'waiting-time']);
    expect(merged.themes[1]!.terms).toEqual(['wait', 'queue', 'rude', 'friendly', 'price', 'expensive']);
    const nested = mergeThemes(
      addTheme(base, { name: 'Fees', terms: ['fee'], parentId: 'price' }),
      ['price'],
      'service',
    );
    expect(nested.themes.find((t) => t.id === 'fees')!.parentId).toBe('service');
  });

  it('refuses to merge a theme into its own sub-theme', () => {
    expect(() => mergeThemes(base, ['service'], 'waiting-time')).toThrow(AppError);
  });

  it('splits: parts become siblings with their terms; an emptied original goes', () => {
    const split = splitTheme(base, 'staff-attitude', [
      { name: 'Rudeness', terms: ['rude'] },
      { name: 'Friendliness', terms: ['friendly', 'kind'] },
    ]);
    expect(split.themes.find((t) => t.id === 'staff-attitude')).toBeUndefined();
    expect(split.themes.filter((t) => t.parentId === 'service').map((t) => [t.name, t.terms])).toEqual([
      ['Waiting time', ['wait', 'queue']],
      ['Rudeness', ['rude']],
      ['Friendliness', ['friendly', 'kind']],
    ]);
    const partial = splitTheme(base, 'price', [{ name: 'Expense', terms: ['expensive'] }]);
    expect(partial.themes.find((t) => t.id === 'price')!.terms).toEqual(['price']);
  });

  it('adds and removes terms', () => {
    const more = addTerms(base, 'price', ['Cost', 'price']);
    expect(more.themes.find((t) => t.id === 'price')!.terms).toEqual(['price', 'expensive', 'cost']);
    expect(removeTerms(more, 'price', ['EXPENSIVE']).themes.find((t) => t.id === 'price')!.terms).toEqual([
      'price',
      'cost',
    ]);
  });

  it('moves without creating cycles', () => {
    expect(moveTheme(base, 'price', 'service').themes.find((t) => t.id === 'price')!.parentId).toBe(
      'service',
    );
    expect(() => moveTheme(base, 'service', 'waiting-time')).toThrow(/under itself/);
    expect(ancestry(base, 'waiting-time')).toEqual(['waiting-time', 'service']);
  });

  it('removes a theme, lifting its sub-themes to its parent', () => {
    const removed = removeTheme(base, 'service');
    expect(removed.themes.find((t) => t.id === 'waiting-time')!.parentId).toBeNull();
  });

  it('accepts a proposal as a new sub-theme or into an existing theme', () => {
    const proposal = { name: 'Queue time', terms: ['queue time', 'line'] };
    expect(acceptProposal(base, proposal, { parentId: 'service' }).themes.at(-1)).toMatchObject({
      id: 'queue-time',
      parentId: 'service',
      ignored: false,
    });
    expect(acceptProposal(base, proposal, { intoThemeId: 'waiting-time' }).themes[1]!.terms).toEqual([
      'wait',
      'queue',
      'queue time',
      'line',
    ]);
  });

  it('fails with typed errors on unknown themes and bad input', () => {
    expect(() => renameTheme(base, 'nope', 'X')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => addTheme(base, { name: '  ' })).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
    expect(() => addTheme(base, { name: 'Other', id: 'other' })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});
