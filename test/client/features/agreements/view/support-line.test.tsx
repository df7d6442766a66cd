// "Mendukung: …" on the unit's PK view and on a PK version's page (issue 19, "Links"): the name of
// the pemda's IKU an indicator supports, read from the device's own data (real Dexie over
// fake-indexeddb); an indicator that supports nothing keeps "Belum selaras" and no such line.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { otherUnitId } from '../../support/fixtures';
import { renderApp } from '../../support/render-app';
import { useTestSessions } from '../../support/seeded-session';
import { seedCascade } from '../../support/seed-cascade';

const openSession = useTestSessions();
// The first table row headed by the indicator (the unit page may list it again further down).
const rowOf = async (name: string) => (await screen.findAllByRole('rowheader', { name: new RegExp(`^${name}`) }))[0]?.closest('tr') as HTMLTableRowElement;

describe('the link of an indicator on the PK', () => {
  it('shows under the name what the indicator supports, beside "Belum selaras" on the one that supports nothing', async () => {
    const session = openSession('evaluator');
    await seedCascade(session.db);
    renderApp(session, [`/units/${otherUnitId}`]);
    const linked = await rowOf('Layanan Dinas B');
    expect(await screen.findByText('Mendukung: Indeks Kepuasan Masyarakat')).toBeTruthy();
    expect(linked.textContent).toContain('Mendukung: Indeks Kepuasan Masyarakat');
    expect(linked.textContent).not.toContain('Belum selaras');
    const unlinked = await rowOf('Kunjungan Dinas B');
    expect(unlinked.textContent).toContain('Belum selaras');
    expect(unlinked.textContent).not.toContain('Mendukung:');
  });

  it('shows it on the version page too, and nothing when the device does not hold the IKU', async () => {
    const session = openSession('evaluator');
    await seedCascade(session.db);
    const agreement = (await session.db.agreements.toArray()).find((a) => a.orgUnitId === otherUnitId);
    renderApp(session, [`/agreements/${agreement?.id ?? ''}`]);
    await screen.findByText('Mendukung: Indeks Kepuasan Masyarakat');
    expect((await rowOf('Layanan Dinas B')).textContent).toContain('Mendukung: Indeks Kepuasan Masyarakat');

    const iku = (await session.db.indicators.toArray()).find((i) => i.name === 'Indeks Kepuasan Masyarakat');
    await session.db.indicators.delete(iku?.id ?? '');
    await waitFor(() => expect(screen.queryByText(/Mendukung:/)).toBeNull());
    expect((await rowOf('Layanan Dinas B')).textContent).not.toContain('Mendukung');
  });
});
