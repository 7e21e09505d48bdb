import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the theme charts use is registered, which keeps ECharts' share of the bundle small.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

/** An ECharts chart that follows its container's size; `label` describes it to screen readers. */
export function EChart({
  option,
  height,
  label,
  onClick,
  testId,
}: {
  option: echarts.EChartsCoreOption;
  height: number;
  label: string;
  onClick?: (params: { dataIndex: number; seriesIndex?: number }) => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, true);
  }, [option]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (params: unknown) => onClick(params as { dataIndex: number; seriesIndex?: number });
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);
  return (
    <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={testId} />
  );
}
