import type { ClvFit } from '@centric/contracts/clv/clv.schemas';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Cumulative repeat purchases in the holdout window: what the model predicted against what happened. */
export function HoldoutChart({
  holdout,
  timeUnit,
}: {
  holdout: NonNullable<ClvFit['holdout']>;
  timeUnit: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => Math.round(v).toLocaleString() },
      legend: { data: ['Predicted', 'Actual'], top: 0 },
      grid: { left: 56, right: 16, top: 32, bottom: 40 },
      xAxis: {
        type: 'value',
        name: `${timeUnit}s after ${holdout.calibrationEnd}`,
        nameLocation: 'middle',
        nameGap: 28,
        min: 0,
        max: holdout.length,
      },
      yAxis: { type: 'value', name: 'repeat purchases', nameGap: 12 },
      series: [
        {
          name: 'Predicted',
          type: 'line',
          showSymbol: false,
          lineStyle: { type: 'dashed', width: 2 },
          data: [[0, 0], ...holdout.points.map((p) => [p.t, p.predicted])],
        },
        {
          name: 'Actual',
          type: 'line',
          showSymbol: false,
          lineStyle: { width: 2 },
          data: [[0, 0], ...holdout.points.map((p) => [p.t, p.actual])],
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [holdout, timeUnit]);
  const last = holdout.points.at(-1);
  return (
    <div>
      <div ref={ref} style={{ height: 280, width: '100%' }} data-testid="holdout-chart" aria-hidden />
      {/* The chart is drawn; its numbers are also said in words for screen readers. */}
      <p className="visually-hidden" style={{ position: 'absolute', left: -10000 }}>
        Over the {holdout.length.toFixed(0)} {timeUnit}s after {holdout.calibrationEnd}, the model predicted{' '}
        {Math.round(holdout.predictedTotal)} repeat purchases; customers made{' '}
        {last?.actual ?? holdout.actualTotal}.
      </p>
    </div>
  );
}
