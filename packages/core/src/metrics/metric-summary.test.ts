import { describe, expect, it } from 'vitest';
import { histogramFromEntries } from './histogram';
import { METRIC_KINDS, METRIC_SCALES } from './metric-result';
import { summariseMetric } from './metric-summary';

describe('summariseMetric', () => {
  it('dispatches every metric kind to its own maths', () => {
    // 40 answers at the top of each scale: NPS 100, eNPS 100, CSAT 100 %, CES 7.
    const expected = { nps: 100, enps: 100, csat: 100, ces: 7 };
    for (const kind of METRIC_KINDS) {
      const histogram = histogramFromEntries(METRIC_SCALES[kind], [[METRIC_SCALES[kind].max, 40]]);
      const result = summariseMetric(kind, histogram, { enpsScope: { kind: 'group' } });
      expect(result).toMatchObject({ status: 'ok', metric: kind, n: 40, value: expected[kind] });
    }
  });

  it('never reads a histogram on the wrong scale', () => {
    const csat = histogramFromEntries(METRIC_SCALES.csat, [[5, 40]]);
    expect(() => summariseMetric('ces', csat)).toThrow(/ces needs scores on 1–7/);
  });
});
