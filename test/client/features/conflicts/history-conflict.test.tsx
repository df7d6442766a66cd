// A conflict in an entry's history: both proposals with their authors and devices (the author of
// the value that lost, not the resolver), who resolved and when, and the write of the choice.
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../../src/client/i18n/i18n-provider';
import { HistorySection } from '../../../../src/client/features/realisations/history-section';
import type { HistoryConflict, HistoryResponse } from '../../../../src/api/history';
import { useHistoryAnswer, withoutIsolates } from '../support/history-answer';
import { buildAgreement, buildGoal, buildIndicator } from '../../../support/factories';
import { sessionUnit } from '../support/fixtures';

const answerHistory = useHistoryAnswer();

const plain = withoutIsolates;

const conflict: HistoryConflict = {
  id: 'c1', field: 'value', status: 'open',
  kept: { value: 83.1, userName: 'Ahmad Fauzi', deviceId: 'aaaa-111111', deviceName: 'Tablet Ahmad' },
  other: { value: 85.5, userName: 'Budi Santoso', deviceId: 'bbbb-222222', deviceName: 'Tablet Budi' },
  resolution: null, resolvedValue: null, resolvedByName: null, resolvedAt: null,
};

describe('a conflict in the history', () => {
  it('shows both proposals with their authors, who resolved and when, and the write of the choice', async () => {
    const response: HistoryResponse = {
      entries: [
        { rev: 10, at: '2026-04-02T03:00:00.000Z', userName: 'Ahmad Fauzi', username: 'ahmad', deviceId: 'aaaa-111111', deviceName: 'Tablet Ahmad', op: 'update', fields: [{ field: 'value', before: 80, after: 83.1 }] },
        { rev: 11, at: '2026-04-02T03:01:00.000Z', userName: 'Budi Santoso', username: 'budi', deviceId: 'bbbb-222222', deviceName: 'Tablet Budi', op: 'insert', fields: [], conflict },
        { rev: 12, at: '2026-04-02T03:05:00.000Z', userName: 'Ahmad Fauzi', username: 'ahmad', deviceId: 'aaaa-111111', deviceName: 'Tablet Ahmad', op: 'update', fields: [{ field: 'value', before: 83.1, after: 85.5 }], resolvesConflict: 'c1' },
        {
          rev: 13, at: '2026-04-02T03:05:00.000Z', userName: 'Ahmad Fauzi', username: 'ahmad', deviceId: 'aaaa-111111', deviceName: 'Tablet Ahmad', op: 'update', fields: [],
          conflict: { ...conflict, status: 'resolved', resolution: 'yours', resolvedValue: 85.5, resolvedByName: 'Ahmad Fauzi', resolvedAt: '2026-04-02T03:05:00.000Z' },
        },
      ],
    };
    answerHistory(response);
    const indicator = buildIndicator(buildGoal(buildAgreement(sessionUnit)), { unit: 'persen', targetType: 'number' });
    render(<I18nProvider><HistorySection realisationId="r1" indicator={indicator} /></I18nProvider>);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tampilkan riwayat' }));

    const lines = (await screen.findAllByText(/Konflik pada Nilai/)).map((p) => plain(p.textContent));
    expect(lines[0]).toMatch(/^Konflik pada Nilai: 83,1.*, diusulkan Ahmad Fauzi dari Tablet Ahmad dipertahankan server; 85,5.*, diusulkan Budi Santoso dari Tablet Budi disimpan untuk dipilih$/);
    expect(lines[1]).toMatch(/^Konflik pada Nilai diselesaikan oleh Ahmad Fauzi, .*: dipakai 85,5/);
    // After the choice the value that lost (83,1) and both authors stay visible.
    const proposals = plain(screen.getByText(/^Usulan:/).textContent);
    expect(proposals).toMatch(/83,1.*diusulkan Ahmad Fauzi dari Tablet Ahmad/);
    expect(proposals).toMatch(/85,5.*diusulkan Budi Santoso dari Tablet Budi/);
    // The write of the choice is marked as such, with the device's name.
    const write = screen.getByText(/Menulis pilihan konflik/);
    expect(plain(write.textContent)).toMatch(/Ahmad Fauzi \(ahmad\) · Tablet Ahmad \(perangkat …111111\) · Menulis pilihan konflik/);
  });
});

describe('the admin\'s sessions list', () => {
  it('tells two tablets of one user apart by their names', async () => {
    const { adminApi } = await import('../../../../src/client/features/admin/api');
    const { UserSessions } = await import('../../../../src/client/features/admin/user-sessions');
    const session = (deviceId: string, deviceName: string | null) => ({
      id: deviceId.slice(0, 16), deviceId, deviceName, userAgent: 'Chrome', createdAt: '2026-04-01T00:00:00.000Z',
      lastSeenAt: '2026-04-02T00:00:00.000Z', expiresAt: '2026-06-01T00:00:00.000Z', revokedAt: null, active: true,
    });
    vi.spyOn(adminApi, 'listSessions').mockResolvedValue([
      session('11111111-1111-4111-8111-111111aaaaaa', 'Tablet lantai 1'),
      session('22222222-2222-4222-8222-222222bbbbbb', 'Tablet lantai 2'),
      session('33333333-3333-4333-8333-333333cccccc', null),
    ]);
    render(<I18nProvider><UserSessions userId="u1" /></I18nProvider>);
    // Each by the name its user gave it, with its browser and system in words; never an id.
    expect(await screen.findByText('Tablet lantai 1', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('Tablet lantai 2', { selector: 'strong' })).toBeTruthy();
    expect(screen.getAllByText('Perangkat tanpa nama', { selector: 'strong' })).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  });
});
