// A stand-in for the server's push and upload rules, in memory, for volume tests of the device:
// per-device seq (a known seq answers its stored outcome, a gap is refused), an evidence row only
// after its file, files re-hashed, chunks resumed. It counts how often each mutation was applied.
// The real server app answers these rules too (fault-scenarios.test.ts, convergence.test.ts); it
// is left out only where its push throughput (docs/performance.md) would make a test take minutes.
import { createHash } from 'node:crypto';
import type { MutationResult, PushResponse } from '../../src/api/sync';
import type { SyncTransport } from '../../src/client/sync/transport';

export interface MemorySyncServer {
  transport: SyncTransport;
  /** Mutation id → times applied. */
  applied: Map<string, number>;
  /** sha256 → bytes received, for verified files. */
  files: Map<string, number>;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createMemorySyncServer(): MemorySyncServer {
  const devices = new Map<string, { lastSeq: number; outcomes: Map<number, MutationResult> }>();
  const applied = new Map<string, number>();
  const files = new Map<string, number>();
  const partial = new Map<string, Uint8Array[]>();
  let rev = 0;

  const transport: SyncTransport = {
    async push(request) {
      await turn(); // the request on the wire
      const device = devices.get(request.deviceId) ?? { lastSeq: 0, outcomes: new Map() };
      devices.set(request.deviceId, device);
      const results: MutationResult[] = [];
      let gap: PushResponse['gap'];
      for (const m of [...request.mutations].sort((a, b) => a.seq - b.seq)) {
        if (m.seq <= device.lastSeq) {
          const stored = device.outcomes.get(m.seq);
          if (stored?.id === m.id) results.push({ ...stored, duplicate: true });
          continue;
        }
        if (m.seq > device.lastSeq + 1) {
          gap = { expectedSeq: device.lastSeq + 1 };
          break;
        }
        const missing = m.entity === 'evidence' && typeof m.fields.sha256 === 'string' && !files.has(m.fields.sha256);
        const result: MutationResult = missing
          ? { id: m.id, seq: m.seq, status: 'rejected', duplicate: false, recordId: m.recordId, rev: null, reason: { code: 'attachment_missing', message: '' } }
          : { id: m.id, seq: m.seq, status: 'applied', duplicate: false, recordId: m.recordId, rev: (rev += 1) };
        if (!missing) applied.set(m.id, (applied.get(m.id) ?? 0) + 1);
        device.outcomes.set(m.seq, result);
        device.lastSeq = m.seq;
        results.push(result);
      }
      await turn(); // the answer on the wire
      return { results, ...(gap ? { gap } : {}), serverTime: new Date().toISOString() };
    },
    async pull(query) {
      await turn();
      return { kind: 'changes', changes: [], nextCursor: query.cursor, hasMore: false, serverTime: new Date().toISOString() };
    },
    async uploadAttachment(sha256, body, range) {
      await turn();
      const bytes = new Uint8Array(await body.arrayBuffer());
      const parts = range ? [...(partial.get(sha256) ?? []), bytes] : [bytes];
      const received = parts.reduce((n, p) => n + p.byteLength, 0);
      if (range && received < range.total) {
        partial.set(sha256, parts);
        return { status: 'partial', received };
      }
      const hash = createHash('sha256');
      for (const part of parts) hash.update(part);
      if (hash.digest('hex') !== sha256) throw new Error('hash_mismatch');
      partial.delete(sha256);
      files.set(sha256, received);
      return { status: 'stored', sha256, size: received, mimeType: 'image/jpeg' };
    },
  };
  return { transport, applied, files };
}
