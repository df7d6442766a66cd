// Realisasi anggaran and fisik from the budget table, over the real Dexie database: typed the
// Indonesian way, absorption shown as it is typed, saved with one outbox entry, shown in the table.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../../src/domain/role';
import { periodOf, quarterRoman } from '../../../../src/domain/period';
import { renderApp } from '../support/render-app';
import { useSeededSessions } from '../support/seeded-session';

const openSeeded = useSeededSessions();

async function open(role: Role) {
  const { session, seeded } = await openSeeded(role);
  // The seed's kegiatan with a pagu of Rp 1.000.000.000.
  const activity = (await session.db.programs.toArray()).find((p) => p.level === 'kegiatan');
  if (!activity) throw new Error('seed kegiatan missing');
  return { session, seeded, activity };
}

const q = quarterRoman[periodOf(new Date(), 'Asia/Jakarta').quarter];

describe('budget realisation', () => {
  it('is entered from the budget table, checked, saved with one outbox entry and shown with its absorption', async () => {
    const { session, activity } = await open('operator');
    const user = userEvent.setup();
    renderApp(session, ['/']);
    await user.click(await screen.findByRole('link', { name: `Isi realisasi anggaran TW ${q}: ${activity.name}` }));
    const budget = await screen.findByLabelText(`Realisasi anggaran kumulatif s.d. TW ${q} (Rp)`);
    await user.type(budget, '250.000.000,5');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText(/rupiah utuh tanpa desimal/)).toBeTruthy();
    expect(await session.db.outbox.count()).toBe(0);

    await user.clear(budget);
    await user.type(budget, '250.000.000');
    expect(screen.getByText('Serapan anggaran: 25% dari pagu')).toBeTruthy();
    await user.type(screen.getByLabelText(`Realisasi fisik s.d. TW ${q} (%)`), '30,5');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const table = await screen.findByRole('region', { name: 'Program, kegiatan, dan anggaran' });
    const link = await within(table).findByRole('link', { name: `Ubah realisasi anggaran TW ${q}: ${activity.name}` });
    expect(link.textContent).toMatch(/^Rp\s250\.000\.000 · serapan 25% · fisik 30,5%$/);
    const [entry] = await session.db.outbox.toArray();
    expect(entry).toMatchObject({
      entity: 'programRealisation',
      fields: { programId: activity.id, quarter: periodOf(new Date(), 'Asia/Jakarta').quarter, budgetRealised: 250_000_000, physicalProgress: 30.5 },
    });
  });

  it('is read-only for a leader', async () => {
    const { session, seeded } = await open('leader');
    renderApp(session, [`/units/${seeded.unit.id}`]);
    const table = await screen.findByRole('region', { name: 'Program, kegiatan, dan anggaran' });
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
  });
});
