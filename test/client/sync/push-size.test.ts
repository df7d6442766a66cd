// @vitest-environment node
// A push must fit the server's body limit (1 MiB, counted after gzip is undone): a user who writes
// long kendala and tindak lanjut for weeks offline fills an outbox whose first 500 entries are
// several megabytes of JSON. Were such a batch sent whole, the server would refuse it (413) every
// time and nothing behind it would ever leave the device.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { requestBodyLimit as bodyLimit } from '../../../src/api/routes';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { useSyncDevices } from '../../support/sync-devices';
import { serverRealisation } from '../../support/server-inspect';

const sync = useSyncDevices();

/** A note at the domain's longest (4,000 characters), three bytes each in UTF-8. */
const longNote = (round: number, field: string) => `${field} ${round} ${'—'.repeat(4000)}`.slice(0, 4000);

describe('push batches and the body limit', () => {
  it('sends an outbox of long notes in batches under the limit, and every entry arrives', async () => {
    const pushed: number[] = [];
    const device = await sync.device('operator.a', {
      synced: true,
      wrapFetch: (inner) => async (input, init) => {
        if (String(input).includes('/sync/push') && typeof init?.body !== 'undefined') {
          const text = typeof init.body === 'string' ? init.body : init.body instanceof Blob ? await new Response(init.body.stream().pipeThrough(new DecompressionStream('gzip'))).text() : '';
          pushed.push(new TextEncoder().encode(text).length);
        }
        return inner(input, init);
      },
    });
    const { count } = sync.server.world.indicators;
    const rounds = 40;
    for (let round = 1; round <= rounds; round += 1) {
      await saveRealisation(device.db, device.actor, {
        indicatorId: count.id, quarter: 1, value: round,
        drivers: longNote(round, 'drivers'), obstacles: longNote(round, 'obstacles'), followUp: longNote(round, 'followUp'),
      });
    }
    expect(await device.db.outbox.count()).toBe(rounds);

    await device.engine.syncNow();

    expect(device.engine.getState()).toMatchObject({ phase: 'idle', lastErrorCode: null });
    expect(await device.db.outbox.count()).toBe(0);
    expect(pushed.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(bodyLimit); // the outbox was over one body…
    expect(pushed.length).toBeGreaterThanOrEqual(2); // …so it went in several
    expect(Math.max(...pushed)).toBeLessThanOrEqual(bodyLimit);
    const stored = await serverRealisation(sync.server, count.id, 1);
    expect(stored).toMatchObject({ value: rounds, followUp: longNote(rounds, 'followUp') });
  });
});
