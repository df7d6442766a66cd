// PouchDB for the peer benchmark (peer.ts): devices on pouchdb-adapter-memory replicating over
// pouchdb-adapter-http to express-pouchdb, whose own PouchDB keeps data in LevelDB or in memory.
import type { IncomingMessage, ServerResponse } from 'node:http';
import PouchDB, { type PouchDatabase, type PouchDoc, type PouchReplicationOptions } from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import expressPouchdb from 'express-pouchdb';
import { packageVersion } from './environment';

export type { PouchDatabase, PouchDoc };
export type PouchAdapter = 'leveldb' | 'memory';

// plugin() extends PouchDB itself, so every adapter is registered once; each database names its own.
const ClientPouch = PouchDB.plugin(memoryAdapter).plugin(leveldbAdapter).plugin(httpAdapter).plugin(replication);

/** A device's database in memory, or (an http:// name) the server's database over HTTP. */
export function createClientPouch(name: string): PouchDatabase {
  return name.startsWith('http://') ? new ClientPouch(name) : new ClientPouch(name, { adapter: 'memory' });
}

/** One non-live sync, both ways, until both sides agree. */
export async function syncPouch(local: PouchDatabase, remote: PouchDatabase, options: PouchReplicationOptions): Promise<void> {
  await ClientPouch.sync(local, remote, options);
}

export interface PouchServer {
  handler: (request: IncomingMessage, response: ServerResponse) => void;
  close(): Promise<void>;
}

export async function startPouchServer(adapter: PouchAdapter, dir: string): Promise<PouchServer> {
  const ServerPouch = adapter === 'leveldb' ? ClientPouch.defaults({ adapter: 'leveldb', prefix: `${dir}-` }) : ClientPouch.defaults({ adapter: 'memory' });
  const app = expressPouchdb(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: `${dir}-log.txt` });
  return { handler: (request, response) => app(request, response), close: async () => {} };
}

export function pouchVersions() {
  return {
    core: packageVersion('pouchdb-core'), memory: packageVersion('pouchdb-adapter-memory'), http: packageVersion('pouchdb-adapter-http'),
    replication: packageVersion('pouchdb-replication'), leveldb: packageVersion('pouchdb-adapter-leveldb'), expressPouchdb: packageVersion('express-pouchdb'),
  };
}
