// While the English catalogue loads on demand, the screen stays Indonesian as a whole: the
// language screens read (feature messages, quarter numbers) is the one of the words shown, so no
// render mixes them ("Achievement up to" over "TW 1", seen in CI). The settings' choice shows
// English at once.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import { useI18n } from '../../../src/client/i18n/i18n-context';
import { quarterParam } from '../../../src/client/i18n/quarter-label';

const seen: string[] = [];

function Probe() {
  const { language, chosenLanguage, t } = useI18n();
  const text = t('pk.col.quarter', { q: quarterParam(1, language) });
  seen.push(`${chosenLanguage}:${text}`);
  return <p>{text}</p>;
}

describe('choosing English', () => {
  it('shows Indonesian until the English words are there, then English, never a mix', async () => {
    render(<I18nProvider initialLanguage="en"><Probe /></I18nProvider>);
    expect(await screen.findByText('Q1')).toBeTruthy();
    expect(seen[0]).toBe('en:TW I');
    expect(seen.at(-1)).toBe('en:Q1');
    expect(seen.filter((s) => s !== 'en:TW I' && s !== 'en:Q1')).toEqual([]);
  });
});
