import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { openUserDatabase, type PantauDatabase } from '../../../src/client/db/database';
import { createSyncEngine, type SyncEngine } from '../../../src/client/sync/sync-engine';
import { SyncProvider, useConnectionStatus } from '../../../src/client/sync/sync-context';
import type { SyncTransport } from '../../../src/client/sync/transport';
import { saveRealisation } from '../../../src/client/db/realisation-repository';
import { buildAgreement, buildGoal, buildIndicator } from '../../support/factories';
import { operator, operatorUnit, villages } from '../db/factories';

let db: PantauDatabase;
let engine: SyncEngine;
let online = true;

const transport: SyncTransport = {
  push: async (req) => ({
    results: req.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' as const, duplicate: false, recordId: m.recordId, rev: m.seq })),
    serverTime: new Date().toISOString(),
  }),
  pull: async (q) => ({ kind: 'changes', changes: [], nextCursor: q.cursor, hasMore: false, serverTime: new Date().toISOString() }),
};

beforeEach(() => {
  online = true;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  db = openUserDatabase(crypto.randomUUID());
  engine = createSyncEngine({ db, transport, userId: 'u1' });
});
afterEach(async () => {
  engine.stop();
  db.close();
  await db.delete();
});

function Status() {
  const status = useConnectionStatus();
  return (
    <div>
      <span data-testid="online">{String(status.online)}</span>
      <span data-testid="phase">{status.phase}</span>
      <span data-testid="pending">{status.pendingCount}</span>
      <span data-testid="last">{status.lastSyncAt ?? 'never'}</span>
      <button onClick={status.syncNow}>sync</button>
    </div>
  );
}

describe('useConnectionStatus', () => {
  it('shows the browser’s connection, the pending count and the engine’s phase', async () => {
    const agreement = buildAgreement(operatorUnit, { year: 2026 });
    const indicator = buildIndicator(buildGoal(agreement), villages);
    await db.agreements.put(agreement);
    await db.indicators.put(indicator);
    render(
      <SyncProvider engine={engine} db={db}>
        <Status />
      </SyncProvider>,
    );
    expect(screen.getByTestId('online').textContent).toBe('true');
    expect(screen.getByTestId('last').textContent).toBe('never');

    await saveRealisation(db, operator, { indicatorId: indicator.id, quarter: 1, value: 3, drivers: '', obstacles: '', followUp: '' });
    await waitFor(() => expect(screen.getByTestId('pending').textContent).toBe('1'));

    act(() => {
      online = false;
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByTestId('online').textContent).toBe('false');

    act(() => {
      screen.getByRole('button').click();
    });
    await waitFor(() => expect(screen.getByTestId('pending').textContent).toBe('0'));
    await waitFor(() => expect(screen.getByTestId('phase').textContent).toBe('idle'));
    expect(screen.getByTestId('last').textContent).not.toBe('never');
  });

  it('explains itself when used outside the provider', () => {
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect(() => render(<Status />)).toThrow(/SyncProvider/);
    } finally {
      console.error = quiet;
    }
  });
});
