// Exponential backoff with jitter: 2 s, 4 s, 8 s … capped at 5 min, each drawn from its upper half
// so that many tablets coming back online at once do not retry in step.
export const minRetryMs = 2_000;
export const maxRetryMs = 300_000;

export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxRetryMs, minRetryMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
