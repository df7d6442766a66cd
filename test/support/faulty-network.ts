// A network between one device and the server that fails on a schedule: each request the device
// makes takes the next fault of the schedule (then the network is good again). Delayed requests
// are held "in the air" and reach the server later, after newer ones: the network reorders.
import { HttpError, NetworkError, type SyncTransport } from '../../src/client/sync/transport';

export const netFaults = ['ok', 'dropRequest', 'dropResponse', 'duplicate', 'serverError', 'errorAfterCommit', 'delay'] as const;
/**
 * - dropRequest: never reaches the server; dropResponse: the server commits, the answer is lost;
 * - duplicate: the server gets the request twice; serverError: a proxy answers 503 first;
 * - errorAfterCommit: the server commits, then the device gets a 500;
 * - delay: the device gives up (timeout) while the request reaches the server later.
 */
export type NetFault = (typeof netFaults)[number];

export interface FaultyNetwork {
  wrap(inner: SyncTransport): SyncTransport;
  /** Faults for the next requests, in order. */
  schedule(faults: readonly NetFault[]): void;
  /** The delayed requests reach the server now (their answers are lost). */
  deliverLate(): Promise<void>;
  /** No more faults; what is still in the air arrives. */
  heal(): Promise<void>;
}

export function createFaultyNetwork(): FaultyNetwork {
  let pending: NetFault[] = [];
  const inTheAir: (() => Promise<unknown>)[] = [];

  async function through<T>(send: () => Promise<T>): Promise<T> {
    const fault = pending.shift() ?? 'ok';
    switch (fault) {
      case 'ok':
        return send();
      case 'dropRequest':
        throw new NetworkError('Failed to fetch');
      case 'dropResponse':
        await send();
        throw new NetworkError('connection reset');
      case 'duplicate':
        await send().catch(() => undefined);
        return send();
      case 'serverError':
        throw new HttpError(503, 'http_503', 'Service Unavailable');
      case 'errorAfterCommit':
        await send();
        throw new HttpError(500, 'internal', 'Terjadi kesalahan di server.');
      case 'delay':
        inTheAir.push(send);
        throw new NetworkError('timeout');
    }
  }

  async function deliverLate(): Promise<void> {
    for (const send of inTheAir.splice(0)) await send().catch(() => undefined);
  }

  return {
    wrap: (inner) => ({
      push: (request) => through(() => inner.push(request)),
      pull: (query) => through(() => inner.pull(query)),
      ...(inner.uploadAttachment ? { uploadAttachment: inner.uploadAttachment } : {}),
    }),
    schedule(faults) {
      pending = [...faults];
    },
    deliverLate,
    async heal() {
      pending = [];
      await deliverLate();
    },
  };
}
