// A small scheduler for periodic clean-up on the server: each task runs once at start and then
// every `intervalMs`, one after another, a failing task logged and the others still run. The timer
// is unref'd (it never keeps the process alive) and `stop()` ends it when the app closes. Several
// instances may run the same tasks at once: each task must be safe to repeat and to race.

export interface HousekeepingTask {
  name: string;
  /** Does one round at `now`; returns how many things it removed (logged when > 0). */
  run(now: Date): Promise<number>;
}

export interface HousekeepingLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface Housekeeping {
  /** The round started at once: resolves when it is done (failures are logged, never thrown). */
  readonly firstRound: Promise<void>;
  stop(): void;
}

/** One round of every task at `now`; failures are logged and do not stop the rest. */
export async function runHousekeeping(tasks: readonly HousekeepingTask[], now: Date, log: HousekeepingLog): Promise<void> {
  for (const task of tasks) {
    try {
      const removed = await task.run(now);
      if (removed > 0) log.info({ task: task.name, removed }, 'housekeeping');
    } catch (error) {
      log.error({ task: task.name, err: error }, 'housekeeping task failed');
    }
  }
}

export function startHousekeeping(
  tasks: readonly HousekeepingTask[], intervalMs: number, log: HousekeepingLog, now: () => Date = () => new Date(),
): Housekeeping {
  let running: Promise<void> | null = null;
  const round = (): Promise<void> => {
    // A slow round (a large bucket) is not started twice over itself.
    running ??= runHousekeeping(tasks, now(), log).finally(() => { running = null; });
    return running;
  };
  const firstRound = round();
  const timer = setInterval(() => void round(), intervalMs);
  timer.unref();
  return { firstRound, stop: () => clearInterval(timer) };
}
