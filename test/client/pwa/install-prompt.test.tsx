// Installing: the browser's install prompt (Android) behind the app's own button, in settings
// and in the "ready" notice; iOS (no prompt) gets instructions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isIos } from '../../../src/client/pwa/install-offer';
import type { ActiveSession } from '../../../src/client/session/active-session';
import { buildSessionInfo } from '../features/support/fixtures';
import { closeTestSession, openTestSession, renderApp } from '../features/support/render-app';

let session: ActiveSession | null = null;
afterEach(async () => {
  if (session) await closeTestSession(session);
  session = null;
});

describe('which devices are iOS', () => {
  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1', 5, true],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15', 5, true], // iPadOS
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15', 0, false], // a Mac
    ['Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 Chrome/124.0 Safari/537.36', 5, false],
  ])('%s (%s touch points) → %s', (ua, touch, ios) => {
    expect(isIos(ua, touch)).toBe(ios);
  });
});

describe('the install offer in settings', () => {
  it('says how to install while the browser offers nothing, then offers its prompt behind a button', async () => {
    session = openTestSession(buildSessionInfo('operator'));
    renderApp(session, ['/settings']);
    const card = await screen.findByRole('region', { name: 'Pasang aplikasi' });
    expect(card.textContent).toMatch(/Tambahkan ke layar utama/);
    expect(within(card).queryByRole('button')).toBeNull();

    const prompt = vi.fn(async () => undefined);
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt, userChoice: Promise.resolve({ outcome: 'accepted' as const }) });
    act(() => { window.dispatchEvent(event); });
    expect(event.defaultPrevented).toBe(true); // the app offers it, not the browser's mini-bar
    await userEvent.setup().click(await within(card).findByRole('button', { name: 'Pasang aplikasi' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    act(() => { window.dispatchEvent(new Event('appinstalled')); });
    expect(await within(card).findByText('Aplikasi sudah terpasang di perangkat ini.')).toBeTruthy();
  });
});
