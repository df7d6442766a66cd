// User text in the history and the audit log cannot reorder what is around it: values isolated
// (<bdi>, FSI…PDI), stored bidi controls shown as escapes in the audit JSON.
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../../src/client/i18n/i18n-provider';
import { HistorySection } from '../../../../src/client/features/realisations/history-section';
import { AuditSection } from '../../../../src/client/features/admin/audit-section';
import { adminApi } from '../../../../src/client/features/admin/api';
import type { HistoryResponse } from '../../../../src/api/history';
import type { AuditPage } from '../../../../src/api/admin';
import { isolated, withVisibleControls } from '../../../../src/client/ui/bidi';
import { useHistoryAnswer } from '../support/history-answer';
import { buildAgreement, buildGoal, buildIndicator } from '../../../support/factories';
import { sessionUnit } from '../support/fixtures';

const answerHistory = useHistoryAnswer();

const rlo = '\u202e';

describe('bidi helpers', () => {
  it.each([
    ['isolates a value with FSI and PDI', isolated('مدرسة'), '\u2068مدرسة\u2069'],
    ['shows every embedding, override and isolate as an escape', withVisibleControls(`{"a":"x${rlo}y\u2066z"}`), '{"a":"x\\u202ey\\u2066z"}'],
    ['leaves other text alone', withVisibleControls('{"a":"مدرسة 🌾"}'), '{"a":"مدرسة 🌾"}'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('the realisation history', () => {
  it('isolates each before and after value and the person’s name', async () => {
    const response: HistoryResponse = {
      entries: [{
        rev: 7, at: '2026-04-02T03:04:05.000Z', userName: 'أحمد', username: 'operator.a', deviceId: 'device-123456', op: 'update',
        fields: [{ field: 'drivers', before: `lama ${rlo}gnitnec`, after: 'مدرسة 12' }],
      }],
    };
    answerHistory(response);
    const agreement = buildAgreement(sessionUnit);
    render(<I18nProvider><HistorySection realisationId="r1" indicator={buildIndicator(buildGoal(agreement))} /></I18nProvider>);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tampilkan riwayat' }));

    const change = await screen.findByText(/Faktor pendorong/);
    const values = [...change.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(values).toEqual([`lama ${rlo}gnitnec`, 'مدرسة 12']);
    // The arrow is outside both isolates, so neither value can move it.
    expect([...change.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).toContain('→');
    expect(screen.getByText(/operator\.a/).textContent).toContain(`${isolated('أحمد')} (${isolated('operator.a')})`);
  });
});

describe('a change made by no device (the seed, an import)', () => {
  it('names the system and no device, where it used to read "perangkat …–"', async () => {
    answerHistory({ entries: [{ rev: 1, at: '2026-04-02T03:04:05.000Z', userName: null, username: null, deviceId: null, op: 'create', fields: [{ field: 'value', before: null, after: 12 }] }] });
    render(<I18nProvider><HistorySection realisationId="r1" indicator={buildIndicator(buildGoal(buildAgreement(sessionUnit)))} /></I18nProvider>);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tampilkan riwayat' }));
    const who = await screen.findByText(/Sistem/);
    expect(who.textContent).toMatch(/ · Sistem$/);
    expect(who.textContent).not.toContain('perangkat');
  });
});

describe('the audit log', () => {
  it('shows a stored override as an escape and isolates the names and values people typed', async () => {
    const page: AuditPage = {
      total: 1, page: 1, pageSize: 50,
      entries: [{
        rev: 3, entity: 'realisation', recordId: 'r1', orgUnitId: null, op: 'update', before: { drivers: `a${rlo}b` }, after: { drivers: 'ab', quarter: 2, year: 2026 },
        userId: 'u1', username: 'ahmad', deviceId: null, createdAt: '2026-04-02T03:04:05.000Z',
        kind: 'realisationEdited', actorName: 'أحمد', actorRole: 'operator', unitName: 'Dinas A', deviceName: null, subject: 'Jumlah layanan', quarter: 2,
        fields: [{ field: 'drivers', before: `a${rlo}b`, after: 'ab' }],
      }],
    };
    vi.spyOn(adminApi, 'audit').mockResolvedValue(page);
    vi.spyOn(adminApi, 'listOrgUnits').mockResolvedValue([]);
    vi.spyOn(adminApi, 'listUsers').mockResolvedValue([]);
    render(<I18nProvider><AuditSection /></I18nProvider>);

    const sentence = await screen.findByText(/mengubah realisasi/);
    expect(sentence.textContent).toBe(`${isolated('أحمد')} (Operator) mengubah realisasi ${isolated('Jumlah layanan')} TW II 2026 (faktor pendorong)`);
    const detail = screen.getByText(/faktor pendorong:/);
    expect(detail.textContent).toBe(`faktor pendorong: ${isolated('a\\u202eb')} → ${isolated('ab')}`);
    expect(document.body.textContent).not.toContain(rlo);
  });
});
