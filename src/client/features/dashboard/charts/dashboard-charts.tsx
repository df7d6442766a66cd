// The charts above the dashboard's tables, for those who would rather look than read. Each names
// the table with the same figures (the ranking and the trend tables), so nothing is only a picture.
import { useMemo } from 'react';
import type { DashboardUnit } from '../../../db/dashboard-queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { quarterParam } from '../../../i18n/quarter-label';
import { ChartCanvas } from './chart-canvas';
import { absorptionChart, absorptionPoints, rankingChart, trendChart, type ToneColours } from './chart-configs';
import { chartMessages } from './messages';

function toneColours(): ToneColours {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    excellent: read('--tone-excellent', '#0b6e3b'), good: read('--tone-good', '#2f7d32'), warning: read('--tone-warning', '#8a5a00'),
    bad: read('--tone-bad', '#b3461b'), critical: read('--tone-critical', '#a61b1b'), neutral: '#8a9699', line: read('--brand', '#0f5c6e'),
  };
}

export function RankingChart(props: { units: DashboardUnit[]; q: string; tableId: string }) {
  const t = useFeatureMessages(chartMessages);
  const { formatNumber } = useI18n();
  const config = useMemo(() => rankingChart(props.units, toneColours(), { axis: t('chart.ranking.axis') }, (n) => formatNumber(n, 1)), [props.units, t, formatNumber]);
  const shown = props.units.filter((u) => u.score.average !== null).length;
  if (shown === 0) return null;
  // Every unit gets the same height (Chart.js's categories are even): a 30 px bar, or room for the
  // longest label's lines (about 16 px a line), whichever is more.
  const lines = Math.max(1, ...(config.data.labels ?? []).map((label) => (Array.isArray(label) ? label.length : 1)));
  return <ChartCanvas config={config} tableId={props.tableId} height={Math.max(200, shown * Math.max(30, lines * 16 + 8) + 70)} label={t('chart.ranking.label', { count: shown, q: props.q })} />;
}

export function AbsorptionChart(props: { units: DashboardUnit[]; q: string; tableId: string }) {
  const t = useFeatureMessages(chartMessages);
  const { formatNumber } = useI18n();
  const points = useMemo(() => absorptionPoints(props.units), [props.units]);
  const config = useMemo(() => absorptionChart(points, toneColours(), {
    x: t('chart.absorption.x'), y: t('chart.absorption.y'),
    point: (p) => t('chart.point', { unit: p.unit, absorption: `${formatNumber(p.x, 1)}%`, average: `${formatNumber(p.y, 1)}%` }),
  }, (n) => formatNumber(n, 0)), [points, t, formatNumber]);
  return (
    <>
      <h2 id="absorption-title">{t('chart.absorption.title')}</h2>
      {points.length === 0
        ? <p className="field__hint">{t('chart.absorption.none')}</p>
        : (
          <>
            <ChartCanvas config={config} tableId={props.tableId} label={t('chart.absorption.label', { q: props.q })} />
            <p className="field__hint">{t('chart.absorption.hint')}</p>
          </>
        )}
    </>
  );
}

export function TrendChart(props: { units: DashboardUnit[]; tableId: string }) {
  const t = useFeatureMessages(chartMessages);
  const { formatNumber, language } = useI18n();
  const config = useMemo(() => trendChart(props.units, toneColours(), {
    series: t('chart.trend.series'), quarter: (quarter) => t('chart.quarter', { q: quarterParam(quarter, language) }),
  }, (n) => formatNumber(n, 1)), [props.units, t, formatNumber, language]);
  if (props.units.length === 0) return null;
  return <ChartCanvas config={config} tableId={props.tableId} height={260} label={t('chart.trend.label')} />;
}
