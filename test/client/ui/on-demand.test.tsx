// A part loaded on demand whose file cannot be had (offline before the app's files were all stored)
// must not blank the app: a screen says why and how to get it, a part of a screen is left out, and
// what is around it stays.
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/client/i18n/i18n-provider';
import { onDemand, ScreenNotStored } from '../../../src/client/ui/on-demand';

const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('onDemand', () => {
  it('shows the loaded component with its props', async () => {
    const Greeting = onDemand(() => Promise.resolve((props: { name: string }) => <p>Halo {props.name}</p>));
    render(<Suspense fallback={null}><Greeting name="Ahmad" /></Suspense>);
    expect(await screen.findByText('Halo Ahmad')).toBeTruthy();
  });

  it('a screen whose file is missing says so in Indonesian, with a reload button, and the rest stays', async () => {
    const Screen = onDemand<(props: { id: string }) => null>(offline, ScreenNotStored);
    render(<I18nProvider><h1>Pantau Kinerja</h1><Suspense fallback={null}><Screen id="x" /></Suspense></I18nProvider>);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/belum tersimpan di perangkat.*Data Anda aman/);
    expect(screen.getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Pantau Kinerja' })).toBeTruthy();
  });

  it('a part whose file is missing is left out, and the screen around it stays', async () => {
    const Part = onDemand<() => null>(offline);
    render(<main><p>Tabel PK</p><Suspense fallback={<p>memuat</p>}><Part /></Suspense></main>);
    await expect.poll(() => screen.queryByText('memuat')).toBeNull();
    expect(screen.getByText('Tabel PK')).toBeTruthy();
  });
});
