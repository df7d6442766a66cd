// Work that must not compete with the first screen: run it when the browser is next idle.
// Safari has no requestIdleCallback; a short timeout stands in for it there (and in jsdom).

/** Runs `work` when the main thread is idle (at the latest after `timeoutMs`); returns a cancel. */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 50);
  return () => clearTimeout(handle);
}
