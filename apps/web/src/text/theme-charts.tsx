import type { ThemeInsight, ThemeTrends } from '@centric/contracts/text/insight.schemas';
import { useMemo } from 'react';
import { EChart } from './echart';

/** Themes by volume, each bar split into negative, neutral and positive mentions. Click a bar to drill in. */
export function VolumeChart({
  themes,
  onSelect,
}: {
  themes: ThemeInsight[];
  onSelect: (themeId: string) => void;
}) {
  const shown = themes.slice(0, 15);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: 'comments', nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', inverse: true, data: shown.map((t) => t.name) },
      series: (['negative', 'neutral', 'positive'] as const).map((label) => ({
        name: label,
        type: 'bar',
        stack: 'sentiment',
        color: label === 'negative' ? '#e03131' : label === 'neutral' ? '#adb5bd' : '#0ca678',
        data: shown.map((t) => t[label]),
      })),
    }),
    [shown],
  );
  return (
    <EChart
      option={option}
      height={Math.max(200, 32 * shown.length + 60)}
      label={`Themes by number of comments: ${shown.map((t) => `${t.name} ${t.count}`).join(', ')}`}
      onClick={(p) => {
        const theme = shown[p.dataIndex];
        if (theme) onSelect(theme.themeId);
      }}
      testId="volume-chart"
    />
  );
}

/** Each theme's effect on NPS (NPS with it minus without it), significant effects in full colour. */
export function NpsEffectChart({
  themes,
  onSelect,
}: {
  themes: ThemeInsight[];
  onSelect: (themeId: string) => void;
}) {
  const shown = themes.filter((t) => t.npsEffect !== null).sort((a, b) => a.npsEffect! - b.npsEffect!);
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: number) => `${v.toFixed(1)} points`,
      },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: 'NPS points', nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', inverse: true, data: shown.map((t) => t.name) },
      series: [
        {
          name: 'NPS with − without',
          type: 'bar',
          data: shown.map((t) => ({
            value: Math.round(t.npsEffect! * 10) / 10,
            itemStyle: {
              color: t.npsEffect! < 0 ? '#e03131' : '#0ca678',
              opacity: t.significant ? 1 : 0.35,
            },
          })),
        },
      ],
    }),
    [shown],
  );
  if (shown.length === 0) return null;
  return (
    <EChart
      option={option}
      height={Math.max(200, 32 * shown.length + 40)}
      label={`Effect of each theme on NPS: ${shown.map((t) => `${t.name} ${t.npsEffect!.toFixed(0)}`).join(', ')}`}
      onClick={(p) => {
        const theme = shown[p.dataIndex];
        if (theme) onSelect(theme.themeId);
      }}
      testId="nps-effect-chart"
    />
  );
}

/** One theme month by month: comments (bars) and the NPS of those comments (line). */
export function TrendChart({ trends }: { trends: ThemeTrends }) {
  const series = trends.series[0];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: trends.months },
      yAxis: [
        { type: 'value', name: 'comments' },
        { type: 'value', name: 'NPS', min: -100, max: 100 },
      ],
      series: series
        ? [
            { name: 'comments', type: 'bar', data: series.points.map((p) => p.count), color: '#4263eb' },
            {
              name: 'NPS of these comments',
              type: 'line',
              yAxisIndex: 1,
              connectNulls: true,
              data: series.points.map((p) => (p.npsWith === null ? null : Math.round(p.npsWith))),
              color: '#f08c00',
            },
          ]
        : [],
    }),
    [trends, series],
  );
  if (!series) return null;
  return (
    <EChart option={option} height={220} label={`Trend of ${series.name} by month`} testId="trend-chart" />
  );
}
