import { SegmentedControl } from '@mantine/core';
import type { WalkerPeriod } from './leader.queries';

/** Month, quarter or year: the period an index is shown over. */
export function PeriodControl({
  value,
  onChange,
}: {
  value: WalkerPeriod;
  onChange: (period: WalkerPeriod) => void;
}) {
  return (
    <SegmentedControl
      aria-label="Period"
      value={value}
      onChange={(v) => onChange(v as WalkerPeriod)}
      data={[
        { value: 'month', label: 'Month' },
        { value: 'quarter', label: 'Quarter' },
        { value: 'year', label: 'Year' },
      ]}
    />
  );
}
