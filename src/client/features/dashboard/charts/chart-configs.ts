// The dashboard's figures as Chart.js configurations: the ranking as bars coloured by category,
// absorption against achievement as a scatter, and the pemda's average over the quarters. Pure
// (colours and texts are passed in), so the shapes are tested without a canvas.
import type { ChartConfiguration } from 'chart.js';
import type { CategoryBand } from '../../../../domain/tenant';
import { quarters, type Quarter } from '../../../../domain/period';
import type { DashboardUnit } from '../../../db/dashboard-queries';

export type ToneColours = Record<CategoryBand['tone'], string> & { neutral: string; line: string };

const percentTick = (format: (n: number) => string) => (value: string | number) => `${format(Number(value))}%`;

/**
 * A unit's name as the ranking's label: lines of at most `maxChars`, broken between words (Chart.js
 * draws an array as lines). The axis gets only part of the canvas; on a 412 px phone one line of
 * "Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat" ran off its left edge.
 */
export function labelLines(name: string, maxChars = 22): string | string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 1 ? (lines[0] ?? name) : lines;
}

export function rankingChart(units: readonly DashboardUnit[], colours: ToneColours, text: { axis: string }, format: (n: number) => string): ChartConfiguration<'bar'> {
  const ranked = units.filter((u) => u.score.average !== null).sort((a, b) => (b.score.average ?? 0) - (a.score.average ?? 0));
  return {
    type: 'bar',
    data: {
      labels: ranked.map((u) => labelLines(u.name)),
      datasets: [{
        label: text.axis,
        data: ranked.map((u) => u.score.average ?? 0),
        backgroundColor: ranked.map((u) => (u.score.category ? colours[u.score.category.tone] : colours.neutral)),
      }],
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => `${format(Number(item.raw))}%` } } },
      // Every unit's name, even where Chart.js would skip some to save room.
      scales: { x: { beginAtZero: true, title: { display: true, text: text.axis }, ticks: { callback: percentTick(format) } }, y: { ticks: { autoSkip: false } } },
    },
  };
}

export interface AbsorptionPoint { x: number; y: number; unit: string }

export function absorptionPoints(units: readonly DashboardUnit[]): AbsorptionPoint[] {
  return units
    .filter((u) => u.absorption !== null && u.score.average !== null)
    .map((u) => ({ x: u.absorption ?? 0, y: u.score.average ?? 0, unit: u.name }));
}

export function absorptionChart(
  points: readonly AbsorptionPoint[], colours: ToneColours, text: { x: string; y: string; point: (p: AbsorptionPoint) => string }, format: (n: number) => string,
): ChartConfiguration<'scatter', AbsorptionPoint[]> {
  return {
    type: 'scatter',
    data: { datasets: [{ label: text.y, data: [...points], backgroundColor: colours.line, pointRadius: 6, pointHoverRadius: 8 }] },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => text.point(item.raw as AbsorptionPoint) } } },
      scales: {
        x: { min: 0, suggestedMax: 100, title: { display: true, text: text.x }, ticks: { callback: percentTick(format) } },
        y: { min: 0, suggestedMax: 120, title: { display: true, text: text.y }, ticks: { callback: percentTick(format) } },
      },
    },
  };
}

/** The mean of the units' averages s.d. each quarter (null where no unit has one). */
export function pemdaTrend(units: readonly DashboardUnit[]): Array<number | null> {
  return quarters.map((q) => {
    const values = units.map((u) => u.trend[q - 1]).filter((v): v is number => v !== null && v !== undefined);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  });
}

export function trendChart(units: readonly DashboardUnit[], colours: ToneColours, text: { series: string; quarter: (quarter: Quarter) => string }, format: (n: number) => string): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: quarters.map((q) => text.quarter(q)),
      datasets: [{ label: text.series, data: pemdaTrend(units), borderColor: colours.line, backgroundColor: colours.line, spanGaps: false, pointRadius: 5 }],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { tooltip: { callbacks: { label: (item) => `${format(Number(item.raw))}%` } } },
      scales: { y: { beginAtZero: true, suggestedMax: 120, ticks: { callback: percentTick(format) } } },
    },
  };
}
