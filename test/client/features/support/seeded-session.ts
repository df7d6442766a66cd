// The usual start of a screen test: a signed-in session of some role over the seeded unit's PK
// (seed.ts), on its own fresh database, closed and deleted after each test of the file.
import { afterEach } from 'vitest';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import type { Role } from '../../../../src/domain/role';
import { buildSessionInfo } from './fixtures';
import { closeTestSession, openTestSession } from './render-app';
import { seedAgreement } from './seed';

/** Call at the top of a test file; `open(role)` then gives the session and what was seeded. */
export function useSeededSessions() {
  let current: ActiveSession | null = null;
  afterEach(async () => {
    if (current) await closeTestSession(current);
    current = null;
  });
  return async function open(role: Role = 'operator') {
    const session = openTestSession(buildSessionInfo(role));
    current = session;
    return { session, seeded: await seedAgreement(session.db) };
  };
}
