// The PK import's "Mendukung" column on the import screen, over the real Dexie database
// (fake-indexeddb): each name is found among the pemda's IKU the device holds (case and spacing
// aside), shown in the preview and written as the new indicators' link; a name matching no IKU, or
// two, is a row error in Indonesian and nothing is imported.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { ActiveSession } from '../../../../../src/client/session/active-session';
import { SessionProvider } from '../../../../../src/client/session/session-provider';
import { I18nProvider } from '../../../../../src/client/i18n/i18n-provider';
import { PkImportPanel } from '../../../../../src/client/features/agreements/import/pk-import-panel';
import { buildAgreement, buildGoal, buildIndicator, buildOrgUnit } from '../../../../support/factories';
import { buildSessionInfo, sessionTenant } from '../../support/fixtures';
import { closeTestSession, openTestSession } from '../../support/render-app';
import { seedAgreement } from '../../support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

/** A draft JPT PK of the user's unit, and the pemda's signed PK of the same year with its IKU. */
async function open() {
  session = openTestSession(buildSessionInfo('head'));
  const { agreement } = await seedAgreement(session.db);
  await session.db.agreements.update(agreement.id, { status: 'draft', signedOn: null });
  const setda = buildOrgUnit(sessionTenant, { name: 'Sekretariat Daerah', type: 'setda' });
  const pemda = buildAgreement(setda, { kind: 'pemda', year: agreement.year });
  const service = buildGoal(pemda, { name: 'Meningkatnya kualitas pelayanan publik' });
  const health = buildGoal(pemda, { name: 'Meningkatnya derajat kesehatan', order: 1 });
  const satisfaction = buildIndicator(service, { name: 'Indeks Kepuasan Masyarakat' });
  // The same IKU name under two sasaran: a name cannot tell them apart.
  const twins = [buildIndicator(service, { name: 'Angka Kematian Ibu', order: 1 }), buildIndicator(health, { name: 'Angka kematian ibu' })];
  await session.db.orgUnits.put(setda);
  await session.db.agreements.put(pemda);
  await session.db.goals.bulkPut([service, health]);
  await session.db.indicators.bulkPut([satisfaction, ...twins]);
  return { session, agreement, satisfaction };
}

function renderPanel(active: ActiveSession, agreementId: string) {
  return render(
    <I18nProvider initialLanguage="id">
      <SessionProvider initialSession={active}>
        <MemoryRouter>
          <PkImportPanel agreementId={agreementId} />
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

const csv = (...rows: string[]) => new File([['Sasaran;Indikator Kinerja;Satuan;Target Tahunan;Mendukung', ...rows].join('\n')], 'pk.csv', { type: 'text/csv' });
const goal = 'Meningkatnya kualitas layanan kesehatan';
const fileField = 'Pilih berkas (satu XLSX, atau satu atau dua CSV)';

describe('PK import: the "Mendukung" column', () => {
  it('finds the IKU by its name whatever the case and spacing, shows it in the preview and links the new indicator to it', async () => {
    const { session, agreement, satisfaction } = await open();
    const user = userEvent.setup();
    renderPanel(session, agreement.id);
    await user.upload(await screen.findByLabelText(fileField), csv(
      `${goal};Persentase layanan tepat waktu;%;90;  indeks  KEPUASAN masyarakat `,
      `${goal};Jumlah inovasi pelayanan;inovasi;12;`,
    ));
    const preview = await screen.findByRole('region', { name: 'Indikator sasaran 1' });
    const names = within(preview).getAllByRole('rowheader').map((th) => th.textContent);
    expect(names).toEqual(['Persentase layanan tepat waktuMendukung: Indeks Kepuasan Masyarakat', 'Jumlah inovasi pelayanan']);

    await user.click(screen.getByRole('button', { name: 'Impor ke draf PK' }));
    expect(await screen.findByText(/Berhasil diimpor/)).toBeTruthy();
    const written = (await session.db.indicators.where('agreementId').equals(agreement.id).toArray()).filter((i) => !i.deleted);
    expect(written.map((i) => [i.name, i.supportsId]).sort()).toEqual([
      ['Jumlah inovasi pelayanan', null],
      ['Persentase layanan tepat waktu', satisfaction.id],
    ]);
    expect(written.some((i) => 'supportsName' in i || 'row' in i)).toBe(false);
  });

  it('refuses a name matching no IKU, or two, on its row, and imports nothing', async () => {
    const { session, agreement } = await open();
    const user = userEvent.setup();
    renderPanel(session, agreement.id);
    await user.upload(await screen.findByLabelText(fileField), csv(
      `${goal};Persentase layanan tepat waktu;%;90;Usia Harapan Hidup`,
      `${goal};Persalinan di faskes;%;95;angka kematian ibu`,
      `${goal};Jumlah inovasi pelayanan;inovasi;12;Indeks Kepuasan Masyarakat`,
    ));
    const errors = await screen.findByRole('list', { name: 'Lembar Indikator' });
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Baris 2, kolom Mendukung: IKU “Usia Harapan Hidup” tidak ada di PK kepala daerah ${agreement.year}.`,
      `Baris 3, kolom Mendukung: ada lebih dari satu IKU “angka kematian ibu” di PK kepala daerah ${agreement.year}; kosongkan sel ini dan pilih IKU-nya di editor PK.`,
    ]);
    expect(screen.queryByRole('button', { name: 'Impor ke draf PK' })).toBeNull();
  });
});
