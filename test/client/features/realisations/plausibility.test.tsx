// Plausibility at entry (issue 21): "8,5" typed for a target of 85 is questioned as the user types
// and again before saving; nothing is saved until the user confirms the value or fixes it.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { useSeededSessionEachTest } from '../support/seeded-session';
import { defaultDataChecks } from '../../../../src/domain/data-checks';
import { buildAgreement, buildGoal, buildIndicator, buildRealisation } from '../../../support/factories';

const state = useSeededSessionEachTest();

function openForm(indicatorId: string, quarter: number) {
  return renderApp(state.session, ['/', { pathname: `/indicators/${indicatorId}/quarters/${quarter}`, state: { from: '/' } }]);
}

/** The values saved for coverage's TW II (the seed filled TW I). */
const quarterTwo = async () =>
  (await state.session.db.realisations.where('indicatorId').equals(state.seeded.coverage.id).toArray()).filter((r) => r.quarter === 2).map((r) => r.value);

describe('a value far from what is expected', () => {
  it('asks "is 8,5 right?" for a target of 85, saves nothing until fixed, then saves the fixed value without asking', async () => {
    const user = userEvent.setup();
    const { router } = openForm(state.seeded.coverage.id, 2);
    const input = await screen.findByLabelText('Realisasi (%)');
    await user.type(input, '8,5');
    // As the user types, in Indonesian, the numbers the Indonesian way.
    const note = await screen.findByText('Apakah 8,5% benar? Target triwulan ini 85%; mungkin maksudnya 85%. Periksa titik dan koma.');
    expect(note.closest('[role="status"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Periksa nilai ini sebelum menyimpan' });
    expect(dialog.textContent).toMatch(/Apakah 8,5% benar\?/);
    expect(await quarterTwo()).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Perbaiki nilai' }));
    expect(document.activeElement).toBe(input);
    await user.clear(input);
    await user.type(input, '84,5');
    expect(screen.queryByText(/Apakah 84,5% benar/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await quarterTwo()).toEqual([84.5]);
  });

  it('shows a capaian far above the target as the value is typed, and saves it without asking', async () => {
    const user = userEvent.setup();
    const { router } = openForm(state.seeded.count.id, 2);
    await user.type(await screen.findByLabelText('Realisasi (puskesmas)'), '1.234');
    expect(await screen.findByText('Apakah 1.234 benar? Capaiannya 411,33% dari target 300, jauh melampaui target.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('says a capaian far below the target as a share of it, not as a value under it', async () => {
    const user = userEvent.setup();
    openForm(state.seeded.count.id, 2);
    await user.type(await screen.findByLabelText('Realisasi (puskesmas)'), '10');
    expect(await screen.findByText('Apakah 10 benar? Capaiannya hanya 3,33% dari target 300.')).toBeTruthy();
  });

  it('keeps a value the user confirms as right', async () => {
    const user = userEvent.setup();
    const { router } = openForm(state.seeded.coverage.id, 2);
    await user.type(await screen.findByLabelText('Realisasi (%)'), '8,5');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await user.click(await screen.findByRole('button', { name: 'Ya, nilai ini benar, simpan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await quarterTwo()).toEqual([8.5]);
    // The confirmation goes to the server with the value, for the entry's history; never onto the row.
    const sent = (await state.session.db.outbox.orderBy('seq').toArray()).filter((e) => e.entity === 'realisation');
    expect(sent.at(-1)?.fields).toMatchObject({ value: 8.5, confirmedChecks: ['separatorSlip'] });
    const [row] = (await state.session.db.realisations.where('indicatorId').equals(state.seeded.coverage.id).toArray()).filter((r) => r.quarter === 2);
    expect(row && 'confirmedChecks' in row).toBe(false);
  });
});

describe('a value far from the unit\'s own record', () => {
  /** Last year's PK of the unit with the same indicator (IKM-like, moving about a point a quarter), and this year's TW I at 73. */
  async function lastYearOnRecord() {
    const { db } = state.session;
    const { agreement, coverage, unit } = state.seeded;
    const lastYear = buildAgreement(unit, { year: agreement.year - 1 });
    const goal = buildGoal(lastYear);
    const earlier = buildIndicator(goal, { name: coverage.name, unit: coverage.unit, aggregation: 'last', targetType: 'percent' });
    await db.agreements.put(lastYear);
    await db.goals.put(goal);
    await db.indicators.put(earlier);
    await db.realisations.bulkPut([70, 71, 72, 72].map((value, i) => buildRealisation(earlier, { year: lastYear.year, quarter: (i + 1) as 1 | 2 | 3 | 4, value })));
    const [first] = (await db.realisations.where('indicatorId').equals(coverage.id).toArray()).filter((r) => r.quarter === 1);
    if (first) await db.realisations.put({ ...first, value: 73 });
    // The pemda asks about it (Admin → Pengaturan pemda); by default it is only shown.
    const { info } = state.session;
    const dataChecks = { ...defaultDataChecks, severity: { ...defaultDataChecks.severity, historyOutlier: 'ask' } } as const;
    state.session = { ...state.session, info: { ...info, tenant: { ...info.tenant, settings: { ...info.tenant.settings, dataChecks } } } };
  }

  it('asks about a jump far beyond the usual change of last year and this one, and not about a usual one', async () => {
    await lastYearOnRecord();
    const user = userEvent.setup();
    openForm(state.seeded.coverage.id, 2);
    const input = await screen.findByLabelText('Realisasi (%)');
    await user.type(input, '95');
    expect(await screen.findByText('Apakah 95% benar? Nilai triwulan sebelumnya 73%; di unit ini nilainya biasanya berubah sekitar 1% per triwulan (5 triwulan tercatat).')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('alertdialog', { name: 'Periksa nilai ini sebelum menyimpan' })).toBeTruthy();
    expect(await quarterTwo()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Perbaiki nilai' }));
    await user.clear(input);
    await user.type(input, '74');
    expect(screen.queryByText(/biasanya berubah/)).toBeNull();
  });
});

describe("checks the pemda refuses", () => {
  /** The pemda refuses slips and unexplained capaian (Admin → Pengaturan pemda). */
  function refusingPemda() {
    const { info } = state.session;
    const dataChecks = { ...defaultDataChecks, severity: { ...defaultDataChecks.severity, separatorSlip: 'refuse', explanationMissing: 'refuse' } } as const;
    state.session = { ...state.session, info: { ...info, tenant: { ...info.tenant, settings: { ...info.tenant.settings, dataChecks } } } };
  }

  it('are not asked but refused, with the reason, and nothing is saved until fixed', async () => {
    refusingPemda();
    const user = userEvent.setup();
    const { router } = openForm(state.seeded.coverage.id, 2);
    const input = await screen.findByLabelText('Realisasi (%)');
    await user.type(input, '8,5');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Belum dapat disimpan\. Pemda Anda mewajibkan ini diperbaiki: Apakah 8,5% benar\?/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await quarterTwo()).toEqual([]);

    // 50 of 85 (59%, below "sedang"): the obstacles and the follow-up must be written first.
    await user.clear(input);
    await user.type(input, '50');
    expect(await screen.findByText('Capaiannya 58,82%. Tuliskan faktor penghambat (kendala) dan rencana tindak lanjutnya.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Tuliskan faktor penghambat \(kendala\) dan rencana tindak lanjutnya/));
    expect(await quarterTwo()).toEqual([]);
    await user.type(screen.getByLabelText('Faktor penghambat (kendala)'), 'Tenaga kesehatan pindah tugas');
    await user.type(screen.getByLabelText('Rencana tindak lanjut'), 'Usulan formasi baru');
    expect(screen.queryByText(/Tuliskan faktor penghambat/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await quarterTwo()).toEqual([50]);
  });

  it('asks about a fraction of something counted whole: "2,5 puskesmas"', async () => {
    const user = userEvent.setup();
    openForm(state.seeded.count.id, 2);
    await user.type(await screen.findByLabelText('Realisasi (puskesmas)'), '302,5');
    expect(await screen.findByText('Apakah 302,5 benar? Satuannya puskesmas, biasanya bilangan bulat. Periksa titik dan koma.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('alertdialog', { name: 'Periksa nilai ini sebelum menyimpan' })).toBeTruthy();
  });
});

describe('bukti dukung the entry will need', () => {
  it('is said on the entry page when the PK marks the indicator wajib, and only then', async () => {
    const required = 'Wajib: realisasi ini hanya dapat diajukan dengan bukti dukung.';
    const first = openForm(state.seeded.coverage.id, 2);
    await screen.findByLabelText('Realisasi (%)');
    expect(screen.queryByText(required)).toBeNull();
    first.unmount();
    await state.session.db.indicators.update(state.seeded.coverage.id, { evidenceRequired: true });
    openForm(state.seeded.coverage.id, 2);
    expect(await screen.findByText(required)).toBeTruthy();
  });
});
