// The server session after an offline sign-in: renewed with the password held in memory at the
// next connection; refusals delete the device's verifier; busy or unreachable servers are retried.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../../../src/api/auth';
import { getOfflineVerifier, putOfflineVerifier, removeOfflineVerifier } from '../../../src/client/db/offline-verifiers';
import { createPasswordVerifier } from '../../../src/client/session/password-verifier';
import { startSilentRenewal, type RenewalRefusal } from '../../../src/client/session/silent-renewal';
import { HttpError, NetworkError } from '../../../src/client/sync/http-client';
import { buildSessionInfo } from '../features/support/fixtures';

const password = 'Rahasia-Kecamatan-7';
let online = true;

function setup(answers: ((username: string, password: string) => Promise<SessionInfo>)[], info = buildSessionInfo('operator')) {
  const login = vi.fn(async (username: string, pw: string) => {
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    return answer(username, pw);
  });
  const renewed: SessionInfo[] = [];
  const refused: RenewalRefusal[] = [];
  const stop = startSilentRenewal({
    username: info.user.username, password, userId: info.user.id, login, random: () => 0,
    onRenewed: (i) => void renewed.push(i),
    onRefused: (code) => void refused.push(code),
  });
  return { login, renewed, refused, stop, info };
}

const goOnline = () => {
  online = true;
  window.dispatchEvent(new Event('online'));
};

beforeEach(() => {
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await removeOfflineVerifier('siti');
});

describe('silent renewal', () => {
  it('signs in at once when online, with the held username and password, once', async () => {
    const info = buildSessionInfo('operator');
    const { login, renewed, refused } = setup([async () => info], info);
    await vi.waitFor(() => expect(renewed).toHaveLength(1));
    expect(login).toHaveBeenCalledExactlyOnceWith('siti', password);
    expect(renewed[0]).toBe(info);
    expect(refused).toEqual([]);
    goOnline(); // stopped after success: no second login
    await new Promise((r) => setTimeout(r, 20));
    expect(login).toHaveBeenCalledTimes(1);
  });

  it('waits for the browser to come online, then signs in', async () => {
    online = false;
    const info = buildSessionInfo('operator');
    const { login, renewed } = setup([async () => info], info);
    await new Promise((r) => setTimeout(r, 20));
    expect(login).not.toHaveBeenCalled();
    goOnline();
    await vi.waitFor(() => expect(renewed).toHaveLength(1));
  });

  it('retries after a network failure and after login_busy (not before its Retry-After)', async () => {
    vi.useFakeTimers();
    const info = buildSessionInfo('operator');
    const { login, renewed } = setup(
      [
        async () => { throw new NetworkError(); },
        async () => { throw new HttpError(429, 'login_busy', 'busy', { retryAfterSeconds: 5 }); },
        async () => info,
      ],
      info,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(login).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000); // backoff's first step with random 0: 1 s
    expect(login).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4_900);
    expect(login).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(login).toHaveBeenCalledTimes(3);
    expect(renewed).toEqual([info]);
  });

  it.each(['invalid_credentials', 'account_inactive'] as const)('on %s deletes the verifier and says so, once', async (code) => {
    const info = buildSessionInfo('operator');
    await putOfflineVerifier({
      username: 'siti', userId: info.user.id, ...(await createPasswordVerifier(password, 1_000)),
      savedAt: new Date().toISOString(), failures: 0, retryAt: null,
    });
    const { login, refused, renewed } = setup([async () => { throw new HttpError(401, code, code); }], info);
    await vi.waitFor(() => expect(refused).toEqual([code]));
    expect(await getOfflineVerifier('siti')).toBeNull();
    expect(renewed).toEqual([]);
    goOnline();
    await new Promise((r) => setTimeout(r, 20));
    expect(login).toHaveBeenCalledTimes(1);
  });

  it('refuses an answer for another user', async () => {
    const { refused, renewed } = setup([async () => buildSessionInfo('operator')]);
    await vi.waitFor(() => expect(refused).toEqual(['invalid_credentials']));
    expect(renewed).toEqual([]);
  });

  it('uses no answer that arrives after a stop (logout)', async () => {
    let answer: (info: SessionInfo) => void = () => {};
    const info = buildSessionInfo('operator');
    const { stop, renewed, refused } = setup([() => new Promise((resolve) => (answer = resolve))], info);
    stop();
    answer(info);
    await new Promise((r) => setTimeout(r, 20));
    expect(renewed).toEqual([]);
    expect(refused).toEqual([]);
  });
});
