import { afterEach, describe, expect, it } from 'vitest';
import { acquireLeadership } from '../../../src/client/sync/leader';
import { installFakeLocks, uninstallFakeLocks } from './fake-locks';

afterEach(() => {
  uninstallFakeLocks();
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('acquireLeadership', () => {
  it('acts as leader at once without Web Locks', async () => {
    let called = false;
    const leadership = acquireLeadership('u1', () => {
      called = true;
    });
    await tick();
    expect(called).toBe(true);
    expect(leadership.isLeader()).toBe(true);
  });

  it('makes one tab leader and hands over when it goes', async () => {
    installFakeLocks();
    const events: string[] = [];
    const first = acquireLeadership('u1', () => events.push('first'));
    const second = acquireLeadership('u1', () => events.push('second'));
    const otherUser = acquireLeadership('u2', () => events.push('other user'));
    await tick();
    expect(first.isLeader()).toBe(true);
    expect(second.isLeader()).toBe(false);
    expect(otherUser.isLeader()).toBe(true);
    first.release();
    await tick();
    expect(first.isLeader()).toBe(false);
    expect(second.isLeader()).toBe(true);
    expect(events).toEqual(['first', 'other user', 'second']);
    second.release();
    otherUser.release();
  });

  it('gives up waiting when released before becoming leader', async () => {
    installFakeLocks();
    const first = acquireLeadership('u1', () => undefined);
    let secondCalled = false;
    const second = acquireLeadership('u1', () => {
      secondCalled = true;
    });
    second.release();
    first.release();
    await tick();
    expect(secondCalled).toBe(false);
  });
});
