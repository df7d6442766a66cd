// One chart on a canvas, drawn by Chart.js loaded on demand. The canvas is an image for screen
// readers, named by `label` and pointing (aria-describedby) at the table that holds the same
// figures; if the library cannot draw (no canvas, load failed), a short note points to the table.
import { useEffect, useRef, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { chartMessages } from './messages';

export function ChartCanvas(props: { config: ChartConfiguration; label: string; tableId: string; height?: number }) {
  const t = useFeatureMessages(chartMessages);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const { config } = props;
  useEffect(() => {
    let live = true;
    let chart: { destroy(): void } | null = null;
    import('./chart-setup')
      .then(({ Chart }) => {
        const element = canvas.current;
        if (!live || !element) return;
        const context = element.getContext('2d');
        if (!context) throw new Error('no 2d canvas');
        chart = new Chart(context, config);
      })
      .catch(() => { if (live) setFailed(true); });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [config]);
  if (failed) return <p className="field__hint">{t('chart.unavailable')}</p>;
  return (
    <div className="chart" style={{ blockSize: `${props.height ?? 320}px` }}>
      <canvas ref={canvas} role="img" aria-label={props.label} aria-describedby={props.tableId} />
    </div>
  );
}
