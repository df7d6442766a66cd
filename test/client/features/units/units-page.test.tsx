import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActiveSession } from '../../../../src/client/session/active-session';
import { buildOrgUnit } from '../../../support/factories';
import { buildSessionInfo, otherUnitId, sessionTenant, sessionUnit } from '../support/fixtures';
import { setMeta } from '../../../../src/client/db/meta';
import { createSyncEngine } from '../../../../src/client/sync/sync-engine';
import { closeTestSession, offlineTransport, openTestSession, renderApp } from '../support/render-app';

let session: ActiveSession;

beforeEach(async () => {
  session = openTestSession(buildSessionInfo('leader'));
  await session.db.orgUnits.bulkPut([
    sessionUnit,
    buildOrgUnit(sessionTenant, { id: otherUnitId, code: '7.01', name: 'Kecamatan Depok', type: 'kecamatan' }),
    buildOrgUnit(sessionTenant, { code: '7.02', name: 'Kecamatan Mlati', type: 'kecamatan', active: false }),
  ]);
});
afterEach(async () => {
  await closeTestSession(session);
});

describe('the units list (tenant-wide roles)', () => {
  it('lists active units and filters them by name and by type', async () => {
    const user = userEvent.setup();
    renderApp(session, ['/units']);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Dinas Kesehatan OPD',
      'Kecamatan Depok Kecamatan',
    ]);
    expect(screen.getByText('2 unit')).toBeTruthy();

    await user.type(screen.getByLabelText('Cari nama unit'), 'depok');
    expect(within(screen.getByRole('list')).getAllByRole('link')).toHaveLength(1);
    await user.clear(screen.getByLabelText('Cari nama unit'));
    await user.selectOptions(screen.getByLabelText('Jenis unit'), 'opd');
    expect(within(screen.getByRole('list')).getByRole('link').getAttribute('href')).toMatch(/^\/units\//);
    expect(screen.getByText('1 unit')).toBeTruthy();

    await user.type(screen.getByLabelText('Cari nama unit'), 'tidak ada');
    expect(screen.getByText('Tidak ada unit yang cocok.')).toBeTruthy();
  });

  it('opens a unit without a PK with an explanation, read-only', async () => {
    // A device that has synced: before the first sync the same screen shows the download instead.
    await setMeta(session.db, 'lastSyncAt', new Date().toISOString());
    session = { ...session, engine: createSyncEngine({ db: session.db, transport: offlineTransport, userId: session.info.user.id }) };
    renderApp(session, [`/units/${otherUnitId}`]);
    expect(await screen.findByText(/Belum ada Perjanjian Kinerja tahun/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar unit' })).toBeTruthy();
  });
});
