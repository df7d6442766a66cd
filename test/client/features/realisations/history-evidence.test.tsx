// Evidence in an entry's history (issue 15): a file added, its caption changed and a file removed
// each read as a line with who did it, in the user's language.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../../src/client/i18n/i18n-provider';
import { HistorySection } from '../../../../src/client/features/realisations/history-section';
import type { HistoryResponse } from '../../../../src/api/history';
import { useHistoryAnswer, withoutIsolates } from '../support/history-answer';
import { buildAgreement, buildGoal, buildIndicator } from '../../../support/factories';
import { sessionUnit } from '../support/fixtures';

const answerHistory = useHistoryAnswer();

const plain = withoutIsolates;
const who = { userName: 'Siti Aminah', username: 'siti', deviceId: 'aaaa-111111', deviceName: 'Tablet Siti', fields: [] };

describe('evidence and confirmations in the history', () => {
  it('shows each added, re-captioned and removed file with its caption', async () => {
    const response: HistoryResponse = {
      entries: [
        { ...who, rev: 10, at: '2026-04-02T03:00:00.000Z', op: 'insert', fields: [{ field: 'value', before: null, after: 12 }] },
        { ...who, rev: 11, at: '2026-04-02T03:01:00.000Z', op: 'insert', evidence: { id: 'e1', change: 'added', fileName: 'rapat.jpg', captionBefore: null, caption: 'Rapat koordinasi' } },
        { ...who, rev: 12, at: '2026-04-02T03:02:00.000Z', op: 'update', evidence: { id: 'e1', change: 'caption', fileName: 'rapat.jpg', captionBefore: 'Rapat koordinasi', caption: 'Rapat TW I' } },
        { ...who, rev: 13, at: '2026-04-02T03:03:00.000Z', op: 'delete', evidence: { id: 'e2', change: 'removed', fileName: 'notulen.pdf', captionBefore: null, caption: '' } },
      ],
    };
    answerHistory(response);
    const indicator = buildIndicator(buildGoal(buildAgreement(sessionUnit)), { unit: 'kegiatan', targetType: 'number' });
    render(<I18nProvider><HistorySection realisationId="r1" indicator={indicator} /></I18nProvider>);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tampilkan riwayat' }));

    expect(plain((await screen.findByText(/^Bukti dukung ditambahkan/)).textContent)).toBe('Bukti dukung ditambahkan: rapat.jpg (Keterangan: Rapat koordinasi)');
    expect(plain(screen.getByText(/^Keterangan bukti dukung/).textContent)).toBe('Keterangan bukti dukung rapat.jpg diubah: Rapat koordinasi → Rapat TW I');
    expect(plain(screen.getByText(/^Bukti dukung dihapus/).textContent)).toBe('Bukti dukung dihapus: notulen.pdf');
    // Each with who and from which device, like every other line.
    const lines = [...document.querySelectorAll('.history__who')].map((p) => plain(p.textContent));
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/Siti Aminah \(siti\) · Tablet Siti/);
  });

  it('says which checks the person entering the value confirmed, in words', async () => {
    answerHistory({
      entries: [{
        ...who, rev: 20, at: '2026-04-02T03:00:00.000Z', op: 'insert',
        fields: [{ field: 'value', before: null, after: 250 }, { field: 'confirmedChecks', before: null, after: ['separatorSlip', 'farFromTarget', 'fromANewerServer'] }],
      }],
    });
    const indicator = buildIndicator(buildGoal(buildAgreement(sessionUnit)), { unit: 'kegiatan', targetType: 'number' });
    render(<I18nProvider><HistorySection realisationId="r2" indicator={indicator} /></I18nProvider>);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tampilkan riwayat' }));
    expect(plain((await screen.findByText(/^Dikonfirmasi pengisi/)).textContent))
      .toBe('Dikonfirmasi pengisi meski ditanyakan pemeriksaan data: salah titik atau koma, capaian jauh dari target');
  });
});
