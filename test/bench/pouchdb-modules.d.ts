// The little of PouchDB and express-pouchdb that the peer benchmark uses (test/bench/pouch.ts).
// Written here rather than pulling @types/pouchdb-* (typed for PouchDB 6/7) for five calls.
declare module 'pouchdb-core' {
  export interface PouchDoc { _id: string; _rev?: string; [field: string]: unknown }
  export interface PouchInfo { doc_count: number; update_seq: number | string }
  export interface PouchAllDocs { rows: Array<{ id?: string; key: string; doc?: PouchDoc | null; error?: string }> }
  export interface PouchReplicationOptions { batch_size?: number; batches_limit?: number; live?: boolean; retry?: boolean }
  export interface PouchDatabase {
    bulkDocs(docs: PouchDoc[]): Promise<Array<{ ok?: boolean; id?: string; error?: boolean | string }>>;
    allDocs(options: { keys?: string[]; include_docs?: boolean; limit?: number }): Promise<PouchAllDocs>;
    info(): Promise<PouchInfo>;
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
  }
  /** A replication or sync: an event emitter that is also a promise of its outcome. */
  export interface PouchSync extends PromiseLike<unknown> {
    on(event: 'error' | 'denied', listener: (error: unknown) => void): PouchSync;
    cancel(): void;
  }
  export interface PouchStatic {
    new (name: string, options?: { adapter?: string; prefix?: string }): PouchDatabase;
    plugin(plugin: unknown): PouchStatic;
    defaults(options: { adapter?: string; prefix?: string }): PouchStatic;
    sync(source: PouchDatabase, target: PouchDatabase, options?: PouchReplicationOptions): PouchSync;
    version: string;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-leveldb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { PouchStatic } from 'pouchdb-core';
  interface ExpressPouchApp { (request: IncomingMessage, response: ServerResponse): void }
  function expressPouchdb(PouchDB: PouchStatic, options?: { mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom'; inMemoryConfig?: boolean; logPath?: string; configPath?: string; overrideMode?: { include?: string[]; exclude?: string[] } }): ExpressPouchApp;
  export default expressPouchdb;
}
