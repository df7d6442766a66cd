// The server a workflow test file talks to over HTTP: one demo world for the file, a signed-in
// session per user it names, and the push and pull a device would send.
import { randomUUID } from 'node:crypto';
import type { Mutation, MutationResult } from '../../src/api/sync';
import { realisationSchema, type Realisation } from '../../src/domain/realisation';
import { pullOk, pushOk, realisationMutation, type TestServer } from './server-app';
import { useSignedInServer } from './signed-in-server';

export interface WorkflowServer<U extends string> {
  readonly server: TestServer;
  cookie(username: U): string;
  /** A realisation mutation with its own id (each a separate device action). */
  workflow(recordId: string, fields: Record<string, unknown>, baseRev: number | null): Mutation;
  /** Pushes one mutation as the user; its result. */
  send(username: U, mutation: Mutation): Promise<MutationResult>;
  /** The row as the evaluator's device sees it after a pull. */
  current(id: string): Promise<Realisation>;
}

export function useWorkflowServer<U extends string>(usernames: readonly U[], reader: NoInfer<U>): WorkflowServer<U> {
  const signedIn = useSignedInServer(usernames);
  const server = () => signedIn.server;
  const { cookie } = signedIn;
  return {
    get server() { return server(); },
    cookie,
    workflow: (recordId, fields, baseRev) => ({ ...realisationMutation(1, recordId, fields, baseRev), id: randomUUID() }),
    async send(username, mutation) {
      const response = await pushOk(server().app, cookie(username), randomUUID(), [mutation]);
      const result = response.results[0];
      if (!result) throw new Error('no result');
      return result;
    },
    async current(id) {
      const page = await pullOk(server().app, cookie(reader), 0, 5000);
      if (page.kind !== 'changes') throw new Error('reset');
      const row = page.changes.filter((c) => c.recordId === id).map((c) => realisationSchema.parse(c.row)).at(-1);
      if (!row) throw new Error(`row ${id} not pulled`);
      return row;
    },
  };
}
