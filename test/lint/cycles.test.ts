// `npm run lint` fails on an import cycle anywhere in src/ (package.json "lint:cycles", dpdm), type-only
// imports included: a circle of types is still two modules that cannot be understood apart. Shown
// on a circle made for the test, and the real tree is shown free of them.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(async () => { await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))); });

/** The exit code and output of the project's own cycle check on the given globs. */
async function cycleCheck(globs: string[]): Promise<{ code: number; output: string }> {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['lint:cycles'] ?? '';
  const args = script.split(' ').slice(1).filter((arg) => !arg.startsWith("'src/"));
  try {
    const { stdout } = await run('npx', ['dpdm', ...args, ...globs]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('the import cycle check', () => {
  it('fails on a circle of two modules, even one of type-only imports', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pk-cycle-'));
    dirs.push(dir);
    await writeFile(join(dir, 'indicator.ts'), "import type { Goal } from './goal';\nexport interface Indicator { goal?: Goal }\n");
    await writeFile(join(dir, 'goal.ts'), "import type { Indicator } from './indicator';\nexport interface Goal { indicators: Indicator[] }\n");
    const result = await cycleCheck([`${dir}/*.ts`]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/goal\.ts -> .*indicator\.ts|indicator\.ts -> .*goal\.ts/);
  });

  it('passes on src/: no cycles', { timeout: 60_000 }, async () => {
    const result = await cycleCheck(['src/**/*.ts', 'src/**/*.tsx']);
    expect(result.output).toMatch(/no circular dependency/);
    expect(result.code).toBe(0);
  });
});
