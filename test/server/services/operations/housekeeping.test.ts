// The housekeeping scheduler: a round at start, then one every interval; a failing task is logged
// and the others still run; stop() ends it. Fake timers move time; nothing sleeps.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runHousekeeping, startHousekeeping, type HousekeepingTask } from '../../../../src/server/services/operations/housekeeping';

function recordingLog() {
  const lines: Array<{ level: 'info' | 'error'; details: object; message: string }> = [];
  return {
    lines,
    info: (details: object, message: string) => { lines.push({ level: 'info', details, message }); },
    error: (details: object, message: string) => { lines.push({ level: 'error', details, message }); },
  };
}

afterEach(() => { vi.useRealTimers(); });

describe('housekeeping', () => {
  it('runs every task once per round with the given time; a failure is logged and does not stop the rest', async () => {
    const seen: Array<[string, number]> = [];
    const tasks: HousekeepingTask[] = [
      { name: 'breaks', run: async () => { throw new Error('disk gone'); } },
      { name: 'counts', run: async (now) => { seen.push(['counts', now.getTime()]); return 2; } },
      { name: 'idle', run: async () => 0 },
    ];
    const log = recordingLog();
    await runHousekeeping(tasks, new Date(1000), log);
    expect(seen).toEqual([['counts', 1000]]);
    expect(log.lines).toEqual([
      { level: 'error', details: expect.objectContaining({ task: 'breaks' }) as unknown, message: 'housekeeping task failed' },
      { level: 'info', details: { task: 'counts', removed: 2 }, message: 'housekeeping' },
    ]);
  });

  it('runs at start, then every interval until stopped, never two rounds over each other', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let release: () => void = () => undefined;
    const slow: HousekeepingTask = {
      name: 'slow',
      run: () => new Promise<number>((resolve) => { runs += 1; release = () => resolve(0); }),
    };
    const housekeeping = startHousekeeping([slow], 60_000, recordingLog());
    expect(runs).toBe(1);
    // The first round is still going: the timer's round waits for it instead of starting another.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(1);
    release();
    await housekeeping.firstRound;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(2);
    release();
    housekeeping.stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(runs).toBe(2);
  });
});
