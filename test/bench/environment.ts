// The machine a run happened on, written next to every result.
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'not installed';
  }
}

export function describeEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const cpu = cpus();
  return {
    node: process.version,
    cpus: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    platform: `${process.platform} ${process.arch}`,
    vite: packageVersion('vite'),
    dexie: packageVersion('dexie'),
    react: packageVersion('react'),
    ...extra,
  };
}
