// One tab sends (design.md, "The sender"): the tab holding the Web Lock `pantau-sync-<userId>` is
// the leader for as long as it lives. Other tabs wait in the lock's queue and take over when the
// leader closes. Without Web Locks (old browsers, jsdom) every tab acts as leader: the server's
// seq numbering keeps duplicate sends harmless.
export interface Leadership {
  isLeader(): boolean;
  release(): void;
}

export function lockName(userId: string): string {
  return `pantau-sync-${userId}`;
}

export function acquireLeadership(userId: string, onLeader: () => void): Leadership {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    queueMicrotask(onLeader);
    return { isLeader: () => true, release: () => undefined };
  }
  let leader = false;
  let released = false;
  let releaseLock: () => void = () => undefined;
  const controller = new AbortController();
  locks
    .request(lockName(userId), { signal: controller.signal }, () => {
      if (released) return Promise.resolve();
      leader = true;
      onLeader();
      return new Promise<void>((resolve) => {
        releaseLock = resolve;
      });
    })
    .catch(() => undefined); // aborted while waiting: this tab stopped before becoming leader
  return {
    isLeader: () => leader,
    release: () => {
      released = true;
      leader = false;
      controller.abort();
      releaseLock();
    },
  };
}
