// The rules of the start snapshot (src/client/lib/start-snapshot.ts): whose look is kept, for which
// address, when it is not kept, and when the painted copy goes away.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearStartSnapshots, findStartSnapshot, keepStartSnapshot, showStartSnapshot } from '../../../src/client/lib/start-snapshot';

const alice = 'user-alice';
const bob = 'user-bob';

function screen(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => vi.useRealTimers());

describe('keeping a look', () => {
  it('keeps a screen with its data for its user and address, and home also for /', () => {
    expect(keepStartSnapshot(alice, '/units', true, screen('<main><h1>Unit kerja</h1><ul><li>Dinas 1</li></ul></main>'))).toBe(true);
    expect(findStartSnapshot(alice, '/units')).toContain('Dinas 1');
    expect(findStartSnapshot(alice, '/')).toContain('Dinas 1');
    expect(findStartSnapshot(bob, '/units')).toBeNull();
    expect(findStartSnapshot(alice, '/units/1')).toBeNull();
  });

  it('does not keep a screen still loading, one with a form, an alert, a chart or inline styles, or an empty one', () => {
    expect(keepStartSnapshot(alice, '/', true, screen('<p class="loading" role="status">Memuat…</p>'))).toBe(false);
    expect(keepStartSnapshot(alice, '/indicators/1/quarters/2', false, screen('<form><input name="value"></form>'))).toBe(false);
    expect(keepStartSnapshot(alice, '/', true, screen('<p role="alert">Aplikasi diperbarui di tab lain.</p>'))).toBe(false);
    expect(keepStartSnapshot(alice, '/dashboard', false, screen('<canvas></canvas>'))).toBe(false);
    expect(keepStartSnapshot(alice, '/dashboard', false, screen('<div style="width: 40%"></div>'))).toBe(false);
    expect(keepStartSnapshot(alice, '/', true, screen(''))).toBe(false);
    expect(localStorage.length).toBe(0);
  });

  it('keeps the last four addresses of one user; another user replaces them all', () => {
    for (const path of ['/a', '/b', '/c', '/d', '/e']) keepStartSnapshot(alice, path, false, screen(`<p>${path}</p>`));
    expect(findStartSnapshot(alice, '/a')).toBeNull();
    expect(findStartSnapshot(alice, '/e')).toBe('<p>/e</p>');
    expect(findStartSnapshot(alice, '/b')).toBe('<p>/b</p>');
    keepStartSnapshot(bob, '/', true, screen('<p>bob</p>'));
    expect(findStartSnapshot(alice, '/e')).toBeNull();
    expect(findStartSnapshot(bob, '/')).toBe('<p>bob</p>');
  });

  it('replaces the look of home when home is kept again, and forgets everything when cleared', () => {
    keepStartSnapshot(alice, '/', true, screen('<p>old</p>'));
    keepStartSnapshot(alice, '/', true, screen('<p>new</p>'));
    expect(findStartSnapshot(alice, '/')).toBe('<p>new</p>');
    clearStartSnapshots();
    expect(findStartSnapshot(alice, '/')).toBeNull();
  });

  it('ignores a copy of another format or one it cannot read', () => {
    localStorage.setItem('pantau-kinerja.start-snapshot', JSON.stringify({ format: 99, userId: alice, context: '', screens: [{ path: '/', home: true, html: '<p>x</p>' }] }));
    expect(findStartSnapshot(alice, '/')).toBeNull();
    localStorage.setItem('pantau-kinerja.start-snapshot', '{not json');
    expect(findStartSnapshot(alice, '/')).toBeNull();
  });
});

describe('painting a look at start', () => {
  const root = () => document.getElementById('root') as HTMLElement;
  const overlay = () => document.querySelector('.start-snapshot');

  it('paints nothing without a kept look', () => {
    expect(showStartSnapshot(alice, '/', root())).toBeNull();
    expect(overlay()).toBeNull();
  });

  it('paints an inert copy hidden from screen readers, and removes it when the live screen has its data', async () => {
    keepStartSnapshot(alice, '/', true, screen('<h1>Unit kerja</h1><a href="/units/1">Dinas 1</a>'));
    const shown = showStartSnapshot(alice, '/', root());
    expect(shown).not.toBeNull();
    expect(overlay()?.getAttribute('aria-hidden')).toBe('true');
    expect((overlay() as HTMLElement).inert).toBe(true);
    // Closed: the copy's links and headings are not in the document for queries, ids or tests.
    expect(overlay()?.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain('Dinas 1');

    root().innerHTML = '<p class="loading" role="status">Memuat…</p>';
    await Promise.resolve();
    expect(overlay()).not.toBeNull(); // still loading underneath
    root().innerHTML = '<h1>Unit kerja</h1><a href="/units/1">Dinas 1</a>';
    await Promise.resolve();
    expect(overlay()).not.toBeNull(); // ready, but the screen's later parts may still come in
    root().append(document.createElement('nav')); // they do: the wait starts again
    await new Promise((done) => setTimeout(done, 100));
    expect(overlay()).not.toBeNull();
    await new Promise((done) => setTimeout(done, 100));
    expect(overlay()).toBeNull(); // 150 ms without change
  });

  it('goes at the first tap or key, so the live screen gets the input', () => {
    keepStartSnapshot(alice, '/', true, screen('<p>kept</p>'));
    showStartSnapshot(alice, '/', root());
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(overlay()).toBeNull();
    showStartSnapshot(alice, '/', root());
    window.dispatchEvent(new Event('pointerdown'));
    expect(overlay()).toBeNull();
  });

  it('goes after three seconds at the latest, ready or not', () => {
    vi.useFakeTimers();
    keepStartSnapshot(alice, '/', true, screen('<p>kept</p>'));
    showStartSnapshot(alice, '/', root());
    vi.advanceTimersByTime(2999);
    expect(overlay()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(overlay()).toBeNull();
  });
});

describe('another build, language or quarter', () => {
  it('keeps what the controls show, not their first values', () => {
    const root = screen('<input type="search" value=""><select><option value="">Semua</option><option value="opd">OPD</option></select><input type="checkbox">');
    (root.querySelector('input[type="search"]') as HTMLInputElement).value = 'dinas';
    (root.querySelector('select') as HTMLSelectElement).value = 'opd';
    (root.querySelector('input[type="checkbox"]') as HTMLInputElement).checked = true;
    keepStartSnapshot(alice, '/units', true, root);
    const kept = screen(findStartSnapshot(alice, '/units') ?? '');
    expect((kept.querySelector('input[type="search"]') as HTMLInputElement).value).toBe('dinas');
    expect((kept.querySelector('select') as HTMLSelectElement).value).toBe('opd');
    expect((kept.querySelector('input[type="checkbox"]') as HTMLInputElement).checked).toBe(true);
  });

  it('does not show a look kept in another language', () => {
    document.documentElement.lang = 'id';
    keepStartSnapshot(alice, '/', true, screen('<p>Beranda</p>'));
    document.documentElement.lang = 'en';
    expect(findStartSnapshot(alice, '/')).toBeNull();
    document.documentElement.lang = 'id';
    expect(findStartSnapshot(alice, '/')).toBe('<p>Beranda</p>');
  });

  it('does not show a look kept in another quarter', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-31T12:00:00+07:00'));
    keepStartSnapshot(alice, '/', true, screen('<p>TW IV</p>'));
    expect(findStartSnapshot(alice, '/')).toBe('<p>TW IV</p>');
    vi.setSystemTime(new Date('2027-01-01T08:00:00+07:00'));
    expect(findStartSnapshot(alice, '/')).toBeNull();
  });

  it('does not show a look kept by another build (an app update came in between)', () => {
    document.head.innerHTML = '<link rel="stylesheet" href="/assets/index-old.css">';
    keepStartSnapshot(alice, '/', true, screen('<p>kept by the old build</p>'));
    expect(findStartSnapshot(alice, '/')).toBe('<p>kept by the old build</p>');
    document.head.innerHTML = '<link rel="stylesheet" href="/assets/index-new.css">';
    expect(findStartSnapshot(alice, '/')).toBeNull();
    document.head.innerHTML = '';
  });
});
