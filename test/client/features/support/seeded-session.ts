// The usual start of a screen test: a signed-in session of some role on its own fresh database,
// closed and deleted after each test of the file; empty, or over the seeded unit's PK (seed.ts).
import { afterEach, beforeEach } from 'vitest';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import type { Role } from '../../../../src/domain/role';
import { buildSessionInfo } from './fixtures';
import { closeTestSession, openTestSession } from './render-app';
import { seedAgreement } from './seed';

/** Call at the top of a test file; `open(role)` then gives a session, and every one a test opened is closed after it. */
export function useTestSessions(): (role?: Role) => ActiveSession {
  const opened: ActiveSession[] = [];
  afterEach(async () => {
    for (const session of opened.splice(0)) await closeTestSession(session);
  });
  return function open(role: Role = 'operator') {
    const session = openTestSession(buildSessionInfo(role));
    opened.push(session);
    return session;
  };
}

/** Call at the top of a test file; `open(role)` then gives the session and what was seeded. */
export function useSeededSessions() {
  const openSession = useTestSessions();
  return async function open(role: Role = 'operator') {
    const session = openSession(role);
    return { session, seeded: await seedAgreement(session.db) };
  };
}

export interface SeededState {
  /** A test may replace it (another role); the one in place is closed after the test. */
  session: ActiveSession;
  seeded: Awaited<ReturnType<typeof seedAgreement>>;
}

/** Before each test of the file: a fresh session of `role` over the seeded PK, closed after it. */
export function useSeededSessionEachTest(role: Role = 'operator'): SeededState {
  const state = {} as SeededState; // filled before each test, before anything reads it
  beforeEach(async () => {
    state.session = openTestSession(buildSessionInfo(role));
    state.seeded = await seedAgreement(state.session.db);
  });
  afterEach(async () => {
    await closeTestSession(state.session);
  });
  return state;
}
