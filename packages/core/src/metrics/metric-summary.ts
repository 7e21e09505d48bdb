// One entry point for "the metric of this histogram", so callers that loop over metric kinds (dashboards,
// leaderboards, comparisons) cannot forget the minimum sample or the eNPS anonymity rule.

import { summariseCes } from './ces.metric';
import { summariseCsat } from './csat.metric';
import { type EnpsScope, summariseEnps } from './enps.metric';
import type { Histogram } from './histogram';
import type { MetricKind, MetricOptions, MetricResult } from './metric-result';
import { summariseNps } from './nps.metric';

/** Options of summariseMetric: the organisation's settings plus, for eNPS, whom the value is about. */
export interface SummaryOptions extends MetricOptions {
  /** Required for eNPS (a missing scope throws rather than risk showing one person's score). */
  readonly enpsScope?: EnpsScope;
}

/** The result of any metric for a histogram on its scale. */
export function summariseMetric(
  kind: MetricKind,
  histogram: Histogram,
  options: SummaryOptions = {},
): MetricResult {
  switch (kind) {
    case 'nps':
      return summariseNps(histogram, options);
    case 'enps':
      if (!options.enpsScope)
        throw new RangeError('an eNPS needs a scope (person or group) to apply the anonymity rule');
      return summariseEnps(histogram, options.enpsScope, options);
    case 'csat':
      return summariseCsat(histogram, options);
    case 'ces':
      return summariseCes(histogram, options);
  }
}
