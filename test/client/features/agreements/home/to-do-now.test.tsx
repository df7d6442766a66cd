// Home on a portrait tablet: what to do now comes before the PK table — the quarter's empty
// entries, entries the evaluator returned with the note, each with a 44 px button to act on it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { Language } from '../../../../../src/api/error-codes';
import type { Role } from '../../../../../src/domain/role';
import type { ActiveSession } from '../../../../../src/client/session/active-session';
import { year } from '../../../../support/factories';
import { buildSessionInfo } from '../../support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../../support/render-app';
import { seedAgreement } from '../../support/seed';

let session: ActiveSession | null = null;
afterEach(async () => {
  vi.useRealTimers();
  if (session) await closeTestSession(session);
  session = null;
});

async function home(language: Language, role: Role = 'operator') {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${year}-05-10T03:00:00Z`) }); // TW II
  session = openTestSession(buildSessionInfo(role));
  const seeded = await seedAgreement(session.db);
  const first = (await session.db.realisations.toArray()).find((r) => r.indicatorId === seeded.count.id);
  if (!first) throw new Error('seed changed');
  await session.db.realisations.put({ ...first, status: 'returned', reviewNote: 'Lampirkan rekap puskesmas.' });
  renderApp(session, ['/'], language);
  return seeded;
}

describe('what to do now, on the home screen', () => {
  it('lists the quarter\'s empty entries and the returned ones with the note, before the PK table', async () => {
    const seeded = await home('id');
    const card = await screen.findByRole('region', { name: 'Yang perlu dikerjakan sekarang' });
    // TW II has a target for four indicators, none filled.
    expect(within(card).getByRole('heading', { name: 'TW II: 4 indikator belum diisi' })).toBeTruthy();
    const fill = within(card).getByRole('link', { name: `Isi sekarang TW II: ${seeded.coverage.name}` });
    expect(fill.getAttribute('href')).toBe(`/indicators/${seeded.coverage.id}/quarters/2`);
    expect(within(card).getByRole('heading', { name: '1 isian dikembalikan verifikator' })).toBeTruthy();
    expect(within(card).getByText('Catatan verifikator: Lampirkan rekap puskesmas.')).toBeTruthy();
    expect(within(card).getByRole('link', { name: `Perbaiki sekarang TW I: ${seeded.count.name}` }).getAttribute('href'))
      .toBe(`/indicators/${seeded.count.id}/quarters/1`);
    // First the work, then the PK.
    const table = document.querySelector('.pk-table');
    expect(table).not.toBeNull();
    expect(card.compareDocumentPosition(table as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The PK table marks each filled entry with its status: the returned one, and the two drafts.
    await waitFor(() => expect(table?.querySelectorAll('.realisation-cell .status-mark:not(.status-mark--loading)')).toHaveLength(3));
    // (In the table's narrow cells the word may break at its syllable: a soft hyphen marks where.)
    expect(table?.querySelector('.status-mark--returned')?.textContent?.replace('\u00ad', '')).toContain('Dikembalikan');
    expect(table?.querySelectorAll('.status-mark--draft')).toHaveLength(2);
  });

  it('puts the returned entries first, with their status; the head may also keep one with a reply', async () => {
    for (const role of ['operator', 'head'] as const) {
      const seeded = await home('id', role);
      const card = await screen.findByRole('region', { name: 'Yang perlu dikerjakan sekarang' });
      const headings = within(card).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
      expect(headings[0], role).toBe('1 isian dikembalikan verifikator');
      const item = within(card).getByText(/Catatan verifikator: Lampirkan rekap puskesmas\./).closest('li') as HTMLElement;
      expect(item.querySelector('.status-mark--returned')?.textContent, role).toContain('Dikembalikan');
      const reply = within(item).queryByRole('link', { name: `Ajukan lagi tanpa perubahan, dengan balasan, TW I: ${seeded.count.name}` });
      if (role === 'head') expect(reply?.getAttribute('href')).toBe('/submit');
      else expect(reply).toBeNull();
      if (session) await closeTestSession(session);
      session = null;
      cleanup();
    }
  });

  it('speaks English with plurals', async () => {
    await home('en');
    const card = await screen.findByRole('region', { name: 'What to do now' }, { timeout: 5000 });
    expect(within(card).getByRole('heading', { name: 'QII: 4 indicators not filled yet' })).toBeTruthy();
    expect(within(card).getByRole('heading', { name: '1 entry returned by the reviewer' })).toBeTruthy();
  });
});
