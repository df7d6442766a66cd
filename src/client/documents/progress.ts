// Long documents give the event loop back between chunks, so a slow tablet can paint progress.
export type ProgressCallback = (fraction: number) => void;

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Reports steps of work as a fraction in [0, 1] and yields after each one. `weight` of the whole
 * is what this stage covers, starting at `from`.
 */
export function progressStage(onProgress: ProgressCallback | undefined, from: number, weight: number, steps: number) {
  let done = 0;
  return async (): Promise<void> => {
    done += 1;
    onProgress?.(Math.min(1, from + (weight * done) / Math.max(1, steps)));
    await yieldToEventLoop();
  };
}
