import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { buildIndicator } from '../../../../support/factories';
import { buildSessionInfo } from '../../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../../support/render-app';
import { useSeededSessionEachTest } from '../../support/seeded-session';
import { seedAgreement } from '../../support/seed';


const state = useSeededSessionEachTest();

// The name also shows in "what to do now" above the PK (a list, not a table row).
const rowOf = (name: string) => screen.getAllByText(name).map((e) => e.closest('tr')).find((tr) => tr !== null) as HTMLTableRowElement;
const cells = (row: HTMLTableRowElement) => Array.from(row.cells).map((c) => c.textContent?.trim());
/** A quarter column holds the realisation (cells 3–6) and, beneath it, that quarter's target. */
const quarterCell = (row: HTMLTableRowElement, quarter: number) => {
  const cell = row.cells[2 + quarter] as HTMLTableCellElement;
  const target = cell.querySelector('.quarter-target');
  return {
    realisation: cell.firstElementChild?.textContent?.trim(),
    target: target?.textContent?.replace(/^T:\s*Target\s*/, '').trim(),
  };
};

describe('the PK view (home of an operator)', () => {
  it('shows the header, targets by type, realisations and achievement with its category', async () => {
    renderApp(state.session, ['/']);
    expect(await screen.findByRole('heading', { level: 1, name: /Perjanjian Kinerja Tahun/ })).toBeTruthy();
    expect(screen.getByText('PK murni')).toBeTruthy();
    expect(screen.getByText('Ditandatangani')).toBeTruthy();
    expect(screen.getByText('PIHAK PERTAMA')).toBeTruthy();
    expect(screen.getByText(/Harda Kiswaya/)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Capaian s.d. TW I' })).toBeTruthy();

    // 285 of 300 = 95%: Sangat Tinggi; thousands grouped the Indonesian way.
    const countRow = rowOf(state.seeded.count.name);
    const count = cells(countRow);
    expect(count[1]).toContain('Satuan: puskesmas');
    expect(count[2]).toBe('1.200');
    expect([1, 2, 3, 4].map((q) => quarterCell(countRow, q).target)).toEqual(['300', '300', '300', '300']);
    expect(quarterCell(countRow, 1).realisation).toBe('285');
    expect(quarterCell(countRow, 2).realisation).toBe('—');
    expect(count[7]).toBe('95% Sangat Tinggi');

    // A realisation of 0 is a value, shown as 0, and it is judged.
    const coverageRow = rowOf(state.seeded.coverage.name);
    expect(cells(coverageRow)[2]).toBe('95%');
    expect(quarterCell(coverageRow, 1)).toEqual({ realisation: '0%', target: '80%' });
    expect(cells(coverageRow)[7]).toBe('0% Sangat Rendah');

    expect(cells(rowOf(state.seeded.zeroTarget.name))[7]).toBe('Target 0: capaian tidak dapat dihitung');
    const statementRow = rowOf(state.seeded.statement.name);
    expect(cells(statementRow)[2]).toBe('Perda ditetapkan');
    expect(quarterCell(statementRow, 1).target).toBe('—');
    expect(cells(statementRow)[7]).toBe('Belum ada realisasi');
    expect(cells(rowOf(state.seeded.range.name))[2]).toBe('80–90');
    expect(cells(rowOf(state.seeded.scale.name))[2]).toBe('BB');
  });

  it('offers to enter each quarter and totals only program-level budget lines', async () => {
    renderApp(state.session, ['/']);
    const enter = await screen.findByRole('link', { name: `Isi realisasi TW II: ${state.seeded.count.name}: belum diisi` });
    expect(enter.getAttribute('href')).toBe(`/indicators/${state.seeded.count.id}/quarters/2`);
    expect(screen.getByRole('link', { name: `Ubah realisasi TW I: ${state.seeded.count.name}: 285` })).toBeTruthy();

    const programs = screen.getByRole('table', { name: 'Program, kegiatan, dan anggaran' });
    const total = within(programs).getByRole('rowheader', { name: 'TOTAL' }).closest('tr') as HTMLTableRowElement;
    expect(total.textContent).toMatch(/2\.000\.000\.000/);
    expect(within(programs).getByText(/1\.000\.000\.000/)).toBeTruthy();
  });

  it('is read-only for a tenant-wide role, reached from the units list', async () => {
    await closeTestSession(state.session);
    state.session = openTestSession(buildSessionInfo('evaluator'));
    state.seeded = await seedAgreement(state.session.db);
    const { router } = renderApp(state.session, ['/']);
    expect(await screen.findByRole('heading', { name: 'Unit kerja' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/units');
    (await screen.findByRole('link', { name: /Dinas Kesehatan/ })).click();
    expect(await screen.findByText('Tampilan baca saja')).toBeTruthy();
    expect(screen.queryAllByRole('link', { name: /^Isi realisasi/ })).toHaveLength(0);
    expect(quarterCell(rowOf(state.seeded.count.name), 1).realisation).toBe('285');
  });

  it('shows the bounds of a realisation value and bukti dukung wajib under the name, only where set', async () => {
    const { goal } = state.seeded;
    await state.session.db.indicators.bulkPut([
      buildIndicator(goal, { order: 6, name: 'Jumlah kunjungan rawat jalan', minValue: 1250.5, maxValue: 20000, evidenceRequired: true }),
      buildIndicator(goal, { order: 7, name: 'Indeks kepuasan layanan', minValue: 25 }),
      buildIndicator(goal, { order: 8, name: 'Persentase keluhan selesai', maxValue: 100 }),
      buildIndicator(goal, { order: 9, name: 'Jumlah dokumen terverifikasi', evidenceRequired: true }),
    ]);
    renderApp(state.session, ['/']);
    await screen.findByRole('heading', { level: 1, name: /Perjanjian Kinerja Tahun/ });
    const rules = (name: string) => Array.from(rowOf(name).querySelectorAll('th .indicator-unit'), (e) => e.textContent).slice(1);
    expect(rules('Jumlah kunjungan rawat jalan')).toEqual(['Batas nilai 1.250,5–20.000 · Bukti dukung wajib']);
    expect(rules('Indeks kepuasan layanan')).toEqual(['Batas nilai ≥ 25']);
    expect(rules('Persentase keluhan selesai')).toEqual(['Batas nilai ≤ 100']);
    expect(rules('Jumlah dokumen terverifikasi')).toEqual(['Bukti dukung wajib']);
    expect(rules(state.seeded.count.name)).toEqual([]);
    expect(rowOf(state.seeded.count.name).textContent).not.toMatch(/Batas nilai|Bukti dukung/);
  });
});
