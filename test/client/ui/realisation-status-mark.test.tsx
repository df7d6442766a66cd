// The status mark: the word is written (print, colour-blind readers), the glyph is hidden from
// screen readers, and the accessible text says "Status: …" in the chosen language.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realisationStatuses } from '../../../src/domain/realisation-status';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import { RealisationStatusMark } from '../../../src/client/ui/realisation-status-mark';
import { realisationStatusLabel } from '../../../src/client/ui/realisation-status-messages';

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
});
