// Web Locks is a browser API jsdom lacks: a small in-memory stand-in with the same queueing.
type Callback = () => Promise<void>;

export function installFakeLocks() {
  const queues = new Map<string, { callback: Callback; resolve: () => void; signal?: AbortSignal }[]>();
  const run = (name: string) => {
    const queue = queues.get(name);
    const next = queue?.[0];
    if (!next) return;
    void next.callback().then(() => {
      queue.shift();
      next.resolve();
      run(name);
    });
  };
  const locks = {
    request(name: string, options: { signal?: AbortSignal }, callback: Callback): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        const item = { callback, resolve, signal: options.signal };
        options.signal?.addEventListener('abort', () => {
          const index = queue.indexOf(item);
          if (index > 0) {
            queue.splice(index, 1);
            reject(new DOMException('aborted', 'AbortError'));
          }
        });
        queue.push(item);
        if (queue.length === 1) run(name);
      });
    },
  };
  Object.defineProperty(navigator, 'locks', { configurable: true, value: locks });
}

export function uninstallFakeLocks(): void {
  Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
}
