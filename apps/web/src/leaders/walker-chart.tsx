import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/** A Walker index over time as a line (0–100 %), with the walking and slipping thresholds marked. */
export function WalkerChart({
  points,
  walkingAt,
  slippingAt,
  height = 220,
  label,
  compact = false,
}: {
  points: { label: string; index: number | null; due: number; evidenced: number }[];
  walkingAt: number;
  slippingAt: number;
  height?: number;
  label: string;
  /** A sparkline: no axes, no threshold labels. */
  compact?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: compact ? { left: 2, right: 2, top: 4, bottom: 4 } : { left: 44, right: 16, top: 16, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        formatter: (params: { dataIndex: number }[]) => {
          const p = points[params[0]?.dataIndex ?? 0];
          if (!p) return '';
          return p.index === null
            ? `${p.label}: nothing due`
            : `${p.label}: ${Math.round(p.index * 100)} % (${p.evidenced} of ${p.due})`;
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.label), show: !compact },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' }, show: !compact },
      series: [
        {
          type: 'line',
          name: 'Walker index',
          connectNulls: false,
          data: points.map((p) => (p.index === null ? null : Math.round(p.index * 100))),
          symbolSize: compact ? 3 : 6,
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed' },
            data: [
              { yAxis: walkingAt * 100, label: { show: !compact, formatter: 'walking' } },
              { yAxis: slippingAt * 100, label: { show: !compact, formatter: 'slipping' } },
            ],
          },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points, walkingAt, slippingAt, compact]);
  const summary = points
    .map((p) => `${p.label} ${p.index === null ? 'nothing due' : `${Math.round(p.index * 100)} %`}`)
    .join(', ');
  return <div ref={ref} role="img" aria-label={`${label}: ${summary}`} style={{ width: '100%', height }} />;
}
