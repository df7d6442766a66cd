// `BENCH_PROFILE=1 npm run bench start`: where a start's time goes, for the one who has to make it
// faster. A sampling CPU profile (CDP Profiler) of one offline start, summed by script and by
// function (self time), and the resource timing of one first visit (when each file arrived).
// The profile itself is written next to the results, to open in Chromium's DevTools.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Table } from './report';
import { resultsDir } from './report';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const shortUrl = (url: string): string => (url === '' ? '(native)' : url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, ''));

export async function startProfiling(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Stops the profiler and sums its samples (self time) by script and by function. */
export async function stopProfiling(cdp: CDPSession, name: string): Promise<Table[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(join(resultsDir, `${name}.cpuprofile`), JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byUrl = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const url = shortUrl(node.callFrame.url);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber + 1}`;
    byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  return [
    { title: `${name}: self time by script (profile of ${totalMs.toFixed(0)} ms, CPU throttled)`, columns: ['script', 'ms'], rows: top(byUrl, 15).map(([k, v]) => [k, Math.round(v)]) },
    { title: `${name}: self time by function`, columns: ['function', 'ms'], rows: top(byFunction, 25).map(([k, v]) => [k, Math.round(v)]) },
  ];
}

/** When each file of a first visit started and finished, from the page's resource timing. */
export async function resourceTimings(page: Page, title: string): Promise<Table> {
  const entries = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const marks = nav
      ? [
          { name: '(service worker start → fetch)', start: nav.workerStart, end: nav.fetchStart, bytes: 0 },
          { name: '(response)', start: nav.responseStart, end: nav.responseEnd, bytes: 0 },
          { name: '(DOM interactive)', start: nav.domInteractive, end: nav.domInteractive, bytes: 0 },
          { name: '(DOMContentLoaded)', start: nav.domContentLoadedEventStart, end: nav.domContentLoadedEventEnd, bytes: 0 },
          { name: '(load)', start: nav.loadEventStart, end: nav.loadEventEnd, bytes: 0 },
        ]
      : [];
    const paints = [...performance.getEntriesByType('paint'), ...performance.getEntriesByType('mark')].map((p) => ({ name: `(${p.name})`, start: p.startTime, end: p.startTime, bytes: 0 }));
    const files = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
      const r = e as PerformanceResourceTiming;
      return { name: r.name, start: r.startTime, end: r.responseEnd, bytes: r.transferSize };
    });
    return [...files, ...marks, ...paints].sort((a, b) => a.start - b.start);
  });
  return {
    title: `${title}: resource timing (ms from navigation start)`,
    columns: ['file', 'start', 'end', 'transfer (kB)'],
    rows: entries.map((e) => [shortUrl(e.name) || 'index.html', Math.round(e.start), Math.round(e.end), Math.round(e.bytes / 100) / 10]),
  };
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }

/**
 * The renderer main thread's time in a Chromium trace (`BENCH_TRACE=1`), by event name. Events
 * nest (RunTask > v8.callFunction > FunctionCall …) and each counts in full, so the rows overlap:
 * read them as "how much of the start was spent inside X". It showed, for one, that requesting
 * ~20 chunks from the service worker took ~100 ms of the main thread (ResourceFetcher).
 */
export function summariseTrace(buffer: Buffer, title: string): Table {
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const isMain = (e: TraceEvent) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain';
  const evaluations = (m: TraceEvent) => traceEvents.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'EvaluateScript').length;
  const main = traceEvents.filter(isMain).sort((a, b) => evaluations(b) - evaluations(a))[0];
  if (!main) return { title: `${title}: no renderer main thread in the trace`, columns: ['event'], rows: [] };
  const byName = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  const rows = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => [k, Math.round(v)]);
  return { title: `${title}: renderer main thread, time inside each event (ms, CPU throttled; nested, so rows overlap)`, columns: ['event', 'ms'], rows };
}
