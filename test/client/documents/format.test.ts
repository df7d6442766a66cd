// @vitest-environment node
// How figures, dates, NIPs and file names read in the generated documents.
import { describe, expect, it } from 'vitest';
import { formatFigure, formatLongDate, formatNip, formatRealisationText, formatRupiahPlain, formatTargetText } from '../../../src/client/documents/format';
import { documentFileName } from '../../../src/client/documents/file-name';
import { pkFileName } from '../../../src/client/documents/make';
import { pkInput } from './support';

const number = { targetType: 'number' as const, scaleLevels: [] };
const scale = { targetType: 'scale' as const, scaleLevels: [{ label: 'WTP', score: 4 }] };
const text = { targetType: 'text' as const, scaleLevels: [] };

describe('document formatting', () => {
  it.each([
    [formatFigure(93.75), '93,75'],
    [formatFigure(0.125), '0,125'],
    [formatFigure(1234.5), '1.234,5'],
    [formatRupiahPlain(1_234_567_000), '1.234.567.000'],
    [formatTargetText(number, { min: 80, max: 90 }), '80–90'],
    [formatTargetText(scale, 4), 'WTP'],
    [formatTargetText(text, 'Perda ditetapkan'), 'Perda ditetapkan'],
    [formatTargetText(number, null), '—'],
    [formatRealisationText(number, 0), '0'],
    [formatRealisationText(number, null), '—'],
    [formatRealisationText(text, 1), 'Tercapai'],
    [formatLongDate('2026-01-31'), '31 Januari 2026'],
    [formatNip('197501012000031001'), '19750101 200003 1 001'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('names files the Indonesian way, without characters a file system refuses', () => {
    expect(pkFileName(pkInput(), 'pdf')).toBe('PK-2026-Dinas-Kesehatan-v2.pdf'); // fixture is version 1 (first perubahan)
    expect(pkFileName({ ...pkInput(), agreement: { ...pkInput().agreement, version: 0 } }, 'xlsx')).toBe('PK-2026-Dinas-Kesehatan-v1.xlsx');
    expect(documentFileName(['Evaluasi', 'TW2', 2026, 'Dinas Pekerjaan Umum / Penataan Ruang (PUPR)'], 'pdf')).toBe('Evaluasi-TW2-2026-Dinas-Pekerjaan-Umum-Penataan-Ruang-PUPR.pdf');
  });
});

describe('loadTenantLogo', () => {
  it('is null without a logo, the bytes when the server answers, null when offline', async () => {
    const { loadTenantLogo } = await import('../../../src/client/documents/assets');
    const logo = { sha256: 'a'.repeat(64), mimeType: 'image/png' as const };
    expect(await loadTenantLogo(null, '/api/tenant/logo')).toBeNull();
    const online = (async () => new Response(new Uint8Array([1, 2, 3]))) as unknown as typeof fetch;
    expect(await loadTenantLogo(logo, '/api/tenant/logo', online)).toEqual({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png' });
    const offline = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    expect(await loadTenantLogo(logo, '/api/tenant/logo', offline)).toBeNull();
    const notFound = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
    expect(await loadTenantLogo(logo, '/api/tenant/logo', notFound)).toBeNull();
  });
});
