// The status mark: the word is written (print, colour-blind readers), the glyph is hidden from
// screen readers, and the accessible text says "Status: …" in the chosen language.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realisationStatuses } from '../../../src/domain/realisation-status';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import { RealisationStatusMark } from '../../../src/client/ui/realisation-status-mark';
import { realisationStatusLabel, realisationStatusMessages, syllablePieces } from '../../../src/client/ui/realisation-status-messages';

const idWords = { draft: 'Draf', submitted: 'Diajukan', verified: 'Terverifikasi', returned: 'Dikembalikan' } as const;
const enWords = { draft: 'Draft', submitted: 'Submitted', verified: 'Verified', returned: 'Returned' } as const;

describe('RealisationStatusMark', () => {
  it.each(realisationStatuses)('writes %s in Indonesian, with an accessible "Status:" text and the glyph hidden', (status) => {
    const { container } = render(<I18nProvider initialLanguage="id"><RealisationStatusMark status={status} /></I18nProvider>);
    const mark = container.querySelector('.status-mark');
    expect(mark).not.toBeNull();
    expect(mark?.classList.contains(`status-mark--${status}`)).toBe(true);
    // What a screen reader reads: the text outside aria-hidden parts.
    const spoken = [...(mark?.childNodes ?? [])]
      .filter((n) => !(n instanceof HTMLElement && n.getAttribute('aria-hidden') === 'true'))
      .map((n) => n.textContent).join('');
    expect(spoken).toBe(`Status: ${idWords[status]}`);
    expect(screen.getByText(idWords[status], { exact: false })).toBe(mark);
  });

  it.each(realisationStatuses)('writes %s in English', async (status) => {
    render(<I18nProvider initialLanguage="en"><RealisationStatusMark status={status} /></I18nProvider>);
    // Once the English words are there (they load on demand; until then the screen is Indonesian as a whole).
    expect((await screen.findByText(enWords[status], { exact: false })).textContent).toContain(enWords[status]);
  });

  it('gives the documents the same words', () => {
    for (const status of realisationStatuses) {
      expect(realisationStatusLabel(status, 'id')).toBe(idWords[status]);
      expect(realisationStatusLabel(status, 'en')).toBe(enWords[status]);
    }
  });

  it('breaks a long word only at its marked syllable, and every marked word is a status word', () => {
    expect(syllablePieces('Terverifikasi', 'Terveri|fikasi Dikem|balikan')).toEqual(['Terveri', 'fikasi']);
    expect(syllablePieces('Draf', 'Terveri|fikasi')).toEqual(['Draf']);
    for (const language of ['id', 'en'] as const) {
      const entry = realisationStatusMessages[language]['status.breaks'];
      const breaks = typeof entry === 'string' ? entry : entry.other;
      const words = realisationStatuses.map((status) => realisationStatusLabel(status, language));
      // A word renamed in the catalogue but not here would silently lose its break.
      for (const marked of breaks.split(' ').filter(Boolean)) expect(words).toContain(marked.replaceAll('|', ''));
      // The long ones (a quarter's cell on a 768 px tablet holds about nine letters) have a break.
      for (const word of words.filter((w) => w.length >= 10)) expect(syllablePieces(word, breaks).length, `${language}: ${word}`).toBeGreaterThan(1);
    }
  });

  it('where it may break, keeps the word whole as the mark\'s own text, with the soft hyphen hidden from screen readers', () => {
    const { container } = render(<I18nProvider initialLanguage="id"><RealisationStatusMark status="verified" breakable /></I18nProvider>);
    const mark = container.querySelector('.status-mark');
    const shy = [...(mark?.querySelectorAll('span') ?? [])].find((s) => s.textContent === '\u00ad');
    expect(shy?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('Terverifikasi')).toBe(mark);
  });
});
