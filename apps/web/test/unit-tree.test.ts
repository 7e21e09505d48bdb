import type { Unit } from '@centric/contracts/units/unit.schemas';
import { describe, expect, it } from 'vitest';
import { buildUnitTree, flattenUnitTree, subtreeIds, unitOptions } from '../src/units/unit-tree';

const unit = (id: string, name: string, parentId: string | null = null): Unit => ({
  id,
  name,
  parentId,
  kind: 'department',
  headPersonId: null,
  createdAt: '2026-01-01T00:00:00Z',
});

const units = [
  unit('c', 'Sales', 'a'),
  unit('a', 'Acme'),
  unit('b', 'Operations', 'a'),
  unit('d', 'North', 'c'),
  unit('e', 'Orphan', 'missing'),
];

describe('buildUnitTree', () => {
  it('nests units under their parents, sorted by name, and keeps orphans at the top', () => {
    const order = flattenUnitTree(buildUnitTree(units)).map(({ unit, depth }) => `${depth}:${unit.name}`);
    expect(order).toEqual(['0:Acme', '1:Operations', '1:Sales', '2:North', '0:Orphan']);
  });

  it('never loses a unit caught in a parent cycle', () => {
    const cyclic = [unit('x', 'X', 'y'), unit('y', 'Y', 'x')];
    expect(
      flattenUnitTree(buildUnitTree(cyclic))
        .map(({ unit }) => unit.id)
        .sort(),
    ).toEqual(['x', 'y']);
  });
});

describe('subtreeIds', () => {
  it('is the unit and everything below it', () => {
    expect([...subtreeIds(units, 'c')].sort()).toEqual(['c', 'd']);
  });
});

describe('unitOptions', () => {
  it('indents by depth and leaves out excluded units', () => {
    const options = unitOptions(units, subtreeIds(units, 'c'));
    expect(options.map((o) => o.value)).toEqual(['a', 'b', 'e']);
    expect(options[1]!.label).toBe('\u00a0\u00a0\u00a0Operations');
  });
});
