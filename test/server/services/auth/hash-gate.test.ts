// The bound on password hashing (hash-gate.ts): a few run, a few wait, the rest are refused at once.
import { describe, expect, it } from 'vitest';
import { createHashGate } from '../../../../src/server/services/auth/hash-gate';
import { ServiceError } from '../../../../src/server/services/errors';

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => { resolve = r; });
  return { promise, resolve };
};

describe('hash gate', () => {
  it('runs `concurrency` at once, queues `queue` more, refuses the rest with login_busy', async () => {
    const gate = createHashGate({ concurrency: 2, queue: 3 });
    const release = deferred();
    let started = 0;
    const work = () => gate.run(async () => { started += 1; await release.promise; return started; });
    const accepted = Array.from({ length: 5 }, work);
    const refused = await Promise.allSettled(Array.from({ length: 4 }, work));
    expect(refused.every((r) => r.status === 'rejected' && r.reason instanceof ServiceError && r.reason.code === 'login_busy')).toBe(true);
    expect(gate.load()).toEqual({ running: 2, waiting: 3 });
    expect(started).toBe(2);
    release.resolve();
    await Promise.all(accepted);
    expect(started).toBe(5);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees its slot when the work fails', async () => {
    const gate = createHashGate({ concurrency: 1, queue: 0 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
