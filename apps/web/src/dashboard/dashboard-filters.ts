import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The dashboard's filters, kept in the URL so a view can be bookmarked, shared and reloaded. */
export interface DashboardFilters {
  from?: string | undefined;
  to?: string | undefined;
  unit?: string | undefined;
  channel?: string | undefined;
  segment?: string | undefined;
  /** Which breakdown is shown. */
  by: 'unit' | 'channel' | 'segment';
  /** The metric of the breakdowns, trend and leaderboard. */
  metric: 'nps' | 'csat' | 'ces';
}

const KEYS = ['from', 'to', 'unit', 'channel', 'segment'] as const;

/** The filters in the URL and a function to change some of them (an undefined value removes it). */
export function useDashboardFilters(): [DashboardFilters, (change: Partial<DashboardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<DashboardFilters>(() => {
    const by = params.get('by');
    const metric = params.get('metric');
    const out: DashboardFilters = {
      by: by === 'channel' || by === 'segment' ? by : 'unit',
      metric: metric === 'csat' || metric === 'ces' ? metric : 'nps',
    };
    for (const key of KEYS) out[key] = params.get(key) ?? undefined;
    return out;
  }, [params]);
  const update = useCallback(
    (change: Partial<DashboardFilters>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );
  return [filters, update];
}

/** The API filters of the dashboard's filters. */
export function apiFilters(f: DashboardFilters): Record<string, string | undefined> {
  return { from: f.from, to: f.to, unit: f.unit, channel: f.channel, segment: f.segment };
}

/** The trend's grouping for a period: weeks up to a quarter, months beyond. */
export function trendGrouping(from: string, to: string): 'week' | 'month' {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days <= 92 ? 'week' : 'month';
}
