// Bounds how many password hashes (scrypt) run at once on this instance. scrypt runs on libuv's
// thread pool, which also serves file reads and compression: a login burst that filled it made a
// static file wait ~22 s (issue 16). A few checks run, a few wait their turn, the rest are
// answered at once with login_busy (429, Retry-After) and cost nothing.
import { availableParallelism } from 'node:os';
import { ServiceError } from '../errors';

export interface HashGateOptions {
  /**
   * Hashes running at once. Each holds a CPU core for ~350 ms: half the cores (at least one), so
   * the main thread always has a core and libuv's 4 threads always have some left for file I/O.
   */
  concurrency: number;
  /** Checks allowed to wait for a free slot; beyond this the answer is login_busy. */
  queue: number;
}

export const defaultHashGateOptions: HashGateOptions = { concurrency: Math.max(1, Math.floor(availableParallelism() / 2)), queue: 8 };

export interface HashGate {
  /** Runs `work` when a slot is free; throws login_busy at once when the queue is full. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** How many run and wait now (tests and logs). */
  load(): { running: number; waiting: number };
}

export function createHashGate(options: HashGateOptions = defaultHashGateOptions): HashGate {
  let running = 0;
  const waiting: Array<() => void> = [];

  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running >= options.concurrency) {
        if (waiting.length >= options.queue) throw new ServiceError('login_busy', { retryAfterSeconds: 1 }, { seconds: 1 });
        // The slot is handed over by release(): `running` stays the same.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return await work();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}
