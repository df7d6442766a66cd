// The pohon kinerja from local data (real Dexie over fake-indexeddb): the pemda's sasaran and IKU
// with the unit indicators that support them, the at-risk flag pulled up from a unit that falls
// behind, the toggles a keyboard and a screen reader use, and the indicators not aligned yet.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit, buildPlanIku, buildPlanSasaran, buildRpjmdPlan, year } from '../../../support/factories';
import { otherUnitId, sessionTenant, unitId } from '../support/fixtures';
import { renderApp } from '../support/render-app';
import { useTestSessions } from '../support/seeded-session';
import { seedCascade } from '../support/seed-cascade';

const openSession = useTestSessions();

describe('the pohon kinerja', () => {
  it("shows on an IKU the RPJMD plan's end-of-period target of the IKU of the same name and satuan", async () => {
    const session = openSession('leader');
    await seedCascade(session.db);
    const plan = buildRpjmdPlan(sessionTenant);
    const tujuan = plan.misi[0]?.tujuan[0]?.id ?? '';
    const iku = buildPlanIku([year], { name: 'Indeks Kepuasan Masyarakat', satuan: 'puskesmas', endTarget: 85.5 });
    await session.db.rpjmdPlans.put({ ...plan, sasaran: [buildPlanSasaran(tujuan, { text: 'Meningkatnya kualitas pelayanan publik', iku: [iku] })] });
    renderApp(session, ['/cascade']);
    const tree = await screen.findByRole('list', { name: /Pohon kinerja/ });
    const ikuItem = (await within(tree).findByText('Indeks Kepuasan Masyarakat')).closest('li') as HTMLElement;
    expect(ikuItem.textContent).toMatch(/IKU.*Target akhir RPJMD: 85,5 puskesmas/);
  });

  it('shows the sasaran at risk because a unit under its IKU falls behind, one tap from that unit', async () => {
    const session = openSession('leader');
    await seedCascade(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/cascade']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');

    const tree = await screen.findByRole('list', { name: /Pohon kinerja/ });
    await waitFor(() => expect(tree.textContent).toMatch(/Dari pendukung: 65% \(2 dari 2 berdata\)/));
    // The sasaran takes the IKU's roll-up (the IKU has no figure of its own yet), and is at risk.
    const sasaranItem = within(tree).getByText('Meningkatnya kualitas pelayanan publik').closest('li') as HTMLElement;
    expect(sasaranItem.textContent).toMatch(/Sasaran daerah.*Berisiko: 1 dari 1 pendukung berisiko/);
    const ikuItem = within(sasaranItem).getByText('Indeks Kepuasan Masyarakat').closest('li') as HTMLElement;
    expect(ikuItem.textContent).toMatch(/IKU.*Belum diukur langsung.*Dari pendukung: 65%.*Berisiko: 1 dari 2 pendukung berisiko/);
    // At risk, so open at first: Dinas B's indicator shows with its own figure and flag, linking to its PK.
    const behind = within(ikuItem).getByRole('link', { name: 'Layanan Dinas B' });
    expect(behind.getAttribute('href')).toBe(`/units/${otherUnitId}`);
    expect(behind.closest('li')?.textContent).toMatch(/Dinas B.*Capaian sendiri: 30%.*Berisiko: proyeksi akhir tahun/);

    // The toggle says what it opens and whether it is open; a key press closes it.
    const toggle = within(sasaranItem).getByRole('button', { name: 'Tutup pendukung Indeks Kepuasan Masyarakat' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(within(sasaranItem).getByRole('button', { name: 'Buka pendukung Indeks Kepuasan Masyarakat' }).getAttribute('aria-expanded')).toBe('false');
    expect(within(sasaranItem).queryByText('Layanan Dinas B')).toBeNull();

    // Not aligned: Dinas B's second indicator, and each unit's share.
    const unaligned = screen.getByRole('region', { name: 'Indikator belum selaras' });
    expect(within(unaligned).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Dinas BKunjungan Dinas B']);
    const shares = screen.getByRole('region', { name: 'Keselarasan per unit kerja' });
    expect(within(shares).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Dinas A1 dari 1100%', 'Dinas B1 dari 250%']);
  });

  it('filters to one unit, and to what is at risk; a pemda on plan flags nothing', async () => {
    const session = openSession('evaluator');
    await seedCascade(session.db, { behind: false });
    const user = userEvent.setup();
    renderApp(session, ['/cascade']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');
    const tree = await screen.findByRole('list', { name: /Pohon kinerja/ });
    await waitFor(() => expect(tree.textContent).toMatch(/Dari pendukung: 100%/));
    expect(tree.textContent).not.toMatch(/Berisiko/);
    await user.click(screen.getByRole('button', { name: 'Buka semua' }));
    await user.selectOptions(screen.getByLabelText('Unit kerja'), 'Dinas A');
    await waitFor(() => expect(screen.getByRole('list', { name: /Pohon kinerja/ }).textContent).not.toMatch(/Dinas B/));
    expect(screen.getByRole('list', { name: /Pohon kinerja/ }).textContent).toMatch(/Layanan Dinas A/);
    await user.click(screen.getByLabelText('Hanya yang berisiko'));
    expect(await screen.findByText('Tidak ada simpul yang cocok dengan saringan ini.')).toBeTruthy();
  });

  it("puts the sasaran at risk on the leader's dashboard, with the indicator that pulls it down, one tap from its tree", async () => {
    const session = openSession('leader');
    await seedCascade(session.db);
    const user = userEvent.setup();
    renderApp(session, ['/dashboard']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');
    const section = await screen.findByRole('region', { name: 'Sasaran daerah berisiko' });
    await waitFor(() => expect(section.textContent).toMatch(/Dinas B: Layanan Dinas B/));
    expect(section.textContent).toMatch(/Keselarasan: 2 dari 3 indikator unit kerja/);
    // Each unit's share, the least aligned first: whom Bappeda should call.
    const shares = within(section).getByRole('region', { name: 'Keselarasan per unit kerja (terendah dahulu)' });
    expect(within(shares).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Dinas B1 dari 250%', 'Dinas A1 dari 1100%']);
    expect(section.textContent).not.toMatch(/Dinas A: Layanan Dinas A/);
    await user.click(within(section).getByRole('link', { name: 'Meningkatnya kualitas pelayanan publik' }));
    expect((await screen.findByLabelText('Sasaran daerah') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Meningkatnya kualitas pelayanan publik');
  });

  it('on the dashboard, nests a sasaran at risk under its misi at risk, names each pulling indicator once, and puts the list right under its heading', async () => {
    const session = openSession('leader');
    await seedCascade(session.db);
    const plan = buildRpjmdPlan(sessionTenant);
    const tujuan = plan.misi[0]?.tujuan[0]?.id ?? '';
    await session.db.rpjmdPlans.put({ ...plan, sasaran: [buildPlanSasaran(tujuan, { text: 'Meningkatnya kualitas pelayanan publik' })] });
    // The pemda's sasaran serves the misi's first tujuan: with it at risk, so are the tujuan and the misi.
    await session.db.goals.filter((g) => g.name === 'Meningkatnya kualitas pelayanan publik').modify({ tujuanId: tujuan });
    const user = userEvent.setup();
    renderApp(session, ['/dashboard']);
    await user.selectOptions(await screen.findByLabelText('Capaian sampai dengan'), 'TW I');
    const section = await screen.findByRole('region', { name: 'Misi dan sasaran daerah berisiko' });
    await waitFor(() => expect(section.textContent).toMatch(/Dinas B: Layanan Dinas B/));
    // The heading is followed by what it names, not by the alignment figures.
    expect(section.querySelector('h2')?.nextElementSibling?.classList.contains('cascade-risk')).toBe(true);
    const list = section.querySelector('.cascade-risk') as HTMLElement;
    const top = [...list.children].map((li) => li.querySelector(':scope > a')?.textContent);
    expect(top).toHaveLength(1);
    expect(top[0]).toMatch(/^Misi 1: /);
    const sasaranItem = within(list).getByRole('link', { name: 'Meningkatnya kualitas pelayanan publik' }).closest('li') as HTMLElement;
    expect(sasaranItem.parentElement?.closest('li')).toBe(list.children[0]);
    expect(list.textContent?.match(/Dinas B: Layanan Dinas B/g)).toHaveLength(1);
  });

  it('says when the device holds no pemda PK for the year, and still lists what is not aligned', async () => {
    const session = openSession('head');
    const unit = buildOrgUnit(sessionTenant, { id: unitId, name: 'Dinas A' });
    const agreement = buildAgreement(unit);
    const goal = buildGoal(agreement);
    await session.db.orgUnits.put(unit);
    await session.db.agreements.put(agreement);
    await session.db.goals.put(goal);
    await session.db.indicators.put(buildIndicator(goal, { name: 'Layanan Dinas A' }));
    renderApp(session, ['/cascade']);
    expect(await screen.findByText(/Perangkat ini belum memiliki PK kepala daerah tahun/)).toBeTruthy();
    const unaligned = screen.getByRole('region', { name: 'Indikator belum selaras' });
    expect(within(unaligned).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Dinas ALayanan Dinas A']);
  });
});
