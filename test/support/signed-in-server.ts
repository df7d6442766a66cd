// The usual start of a server test file: one server (store, demo world) for the file, and a
// signed-in session for each user the file names.
import { afterAll, beforeAll } from 'vitest';
import { createTestServer, loginAs, type TestServer } from './server-app';

export interface SignedInServer<U extends string> {
  readonly server: TestServer;
  /** The session cookie of a user the file named. */
  cookie(username: U): string;
}

export function useSignedInServer<U extends string>(usernames: readonly U[]): SignedInServer<U> {
  let current: TestServer | undefined;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    current = await createTestServer();
    for (const username of usernames) cookies.set(username, await loginAs(current.app, username));
  });
  afterAll(async () => { await current?.cleanup(); });
  return {
    get server() {
      if (!current) throw new Error('the test server has not started (use it inside tests)');
      return current;
    },
    cookie: (username) => {
      const cookie = cookies.get(username);
      if (cookie === undefined) throw new Error(`${username} is not signed in: name them in useSignedInServer`);
      return cookie;
    },
  };
}
