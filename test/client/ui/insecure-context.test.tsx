// Opened over plain http:// from another host, the app says why it cannot work instead of starting.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppShell } from '../../../src/client/app-shell';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';

const original = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
afterEach(() => {
  if (original) Object.defineProperty(window, 'isSecureContext', original);
  else delete (window as { isSecureContext?: boolean }).isSecureContext;
});

describe('a non-secure context', () => {
  it('shows what to do and does not offer the login form', () => {
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: false });
    render(<I18nProvider><AppShell /></I18nProvider>);
    expect(screen.getByRole('heading', { name: 'Aplikasi harus dibuka lewat HTTPS' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(window.location.origin);
    expect(screen.queryByLabelText(/kata sandi/i)).toBeNull();
  });

  it('starts as usual in a secure context', async () => {
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true });
    render(<I18nProvider><AppShell /></I18nProvider>);
    expect(await screen.findByLabelText(/kata sandi/i)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Aplikasi harus dibuka lewat HTTPS' })).toBeNull();
  });
});
