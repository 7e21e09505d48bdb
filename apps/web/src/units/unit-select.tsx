import type { Unit } from '@centric/contracts/units/unit.schemas';
import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { unitOptions } from './unit-tree';

/**
 * A select of the organisation's units as an indented tree, with a first option for "no unit" (value '');
 * `exclude` leaves units out (a unit's own subtree when choosing its parent). Takes `form.getInputProps`.
 */
export function UnitSelect({
  units,
  exclude,
  noneLabel,
  ...props
}: Omit<NativeSelectProps, 'data'> & {
  units: readonly Unit[];
  exclude?: ReadonlySet<string>;
  /** The label of the empty choice, e.g. "No unit". */
  noneLabel: string;
}) {
  const options = useMemo(() => unitOptions(units, exclude), [units, exclude]);
  return <NativeSelect {...props} data={[{ value: '', label: noneLabel }, ...options]} />;
}
