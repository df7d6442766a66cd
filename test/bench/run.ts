// `npm run bench [-- part ...]`: size, start, store, sync, peer (default: all of them, in that order).
// Each part prints its tables and writes JSON under test/bench/results/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { printTable, saveResult, type PartResult } from './report';

const parts = ['size', 'start', 'store', 'sync', 'peer'] as const;
type Part = (typeof parts)[number];

function buildApp(): void {
  console.log('vite build …');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}

async function runPart(part: Part): Promise<PartResult> {
  switch (part) {
    case 'size':
      return (await import('./size')).runSizeBench();
    case 'start':
      return (await import('./start')).runStartBench();
    case 'store':
      return (await import('./store')).runStoreBench();
    case 'sync':
      return (await import('./sync')).runSyncBench();
    case 'peer':
      return (await import('./peer')).runPeerBench();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => !(parts as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(', ')}; choose from ${parts.join(', ')}`);
  const selected = (args.length > 0 ? args : [...parts]) as Part[];
  if (!process.argv.includes('--no-build') && selected.some((p) => p !== 'sync' && p !== 'peer')) buildApp();
  for (const part of selected) {
    console.log(`\n=== ${part} ===`);
    const result = await runPart(part);
    for (const table of result.tables) printTable(table);
    console.log(`\n${part}: ${(result.durationMs / 1000).toFixed(1)} s; saved ${saveResult(result)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
